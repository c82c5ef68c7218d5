import type { PlatformRun } from "../platform-sizes";
import { type LighthouseResult, lighthouseTable } from "../lighthouse";
import type { DashboardCpu } from "./dashboard-cpu-result";
import { type AgainstFloor, floorTable, type JsRoute } from "./floor-ratios";
import type { Reliability, ScaleOut } from "./scale-out";
import { type Budget, budgetsTable, type Measured, resultsTable, type SizeResult, TARGET_LABELS } from "./stats";

/** What bench/run.ts writes to bench/results/*.json, and the Markdown it puts in docs/PERFORMANCE.md. */
export type SizeRun = {
  size: string;
  dataset: Record<string, unknown>;
  against: Record<string, AgainstFloor>;
  dashboardHtml: { bytes: number; gzipBytes: number };
  /** `dashboardData`'s in-process CPU per call (the last size only). */
  dashboardCpu?: DashboardCpu | null;
  scaleOut?: ScaleOut;
  lighthouse?: LighthouseResult | { error: string };
};
export type Report = {
  startedAt: string;
  finishedAt: string;
  machine: Record<string, string | number>;
  settings: {
    connections: number;
    duration: number;
    warmup: number;
    querySamples: number;
    rounds: number;
    instances: number;
    quick: boolean;
  };
  sizes: SizeRun[];
  floorBudgets: Budget[];
  budgets: Budget[];
  reliability: Reliability[] | null;
  csvImport: {
    commitSeconds: number | null;
    previewSeconds: number | null;
    reimportSeconds: number | null;
    /** The platform import (five sources' files, one child per size): timings, CPU and memory. */
    platformImport: PlatformRun[];
  } | null;
  firstLoadJs: { measuredAt: string; exitCode: number; floorBytes: number | null; routes: JsRoute[] } | null;
};

const kB = (b: number) => `${(b / 1024).toFixed(1)} kB`;
const f = (n: number | null | undefined, d = 1) => (n == null || !Number.isFinite(n) ? "–" : n.toFixed(d));

function scaleOutTable(size: string, direct: Record<string, AgainstFloor>, s: ScaleOut): string {
  const cells = (m: Measured | undefined) => (m ? `${f(m.rps)} rps, p95 ${f(m.p95, 0)} ms, ${m.errors} errors` : "–");
  const rows = Object.entries(s.against).map(
    ([key, a]) =>
      `| ${TARGET_LABELS[key] ?? key} | ${size} | ${cells(direct[key]?.target)} | ${cells(a.floor)} | ${cells(a.target)} | ${f(a.rpsRatio, 2)} |`,
  );
  return [
    "| target | size | one instance, direct | one instance, through the proxy | two instances, through the proxy | rps two ÷ one (proxy) |",
    "|---|---|---|---|---|---:|",
    ...rows,
    "",
    `Proxy (bench/proxy.mjs, round robin) over the two instances: ${s.perBackend || "–"}.`,
  ].join("\n");
}

export function benchSection(r: Report, file: string): string {
  const { machine: host, settings: s } = r;
  const judged = r.sizes.at(-1)!;
  const small: SizeResult | undefined = r.sizes[0] && toSize(r.sizes[0]);
  const large: SizeResult | undefined = r.sizes.length > 1 ? toSize(judged) : undefined;
  const out = [
    `Written by \`npm run bench\` on ${r.startedAt.slice(0, 16).replace("T", " ")} UTC (${file})${s.quick ? ", **short run (--quick)**" : ""}.`,
    "",
    `**Machine:** ${host.cpu}, ${host.cores} cores, ${host.ramGb} GB RAM, ${host.os}, Node ${host.node}, PostgreSQL ${host.postgres} on the same host; load average at start ${host.loadAtStart}.`,
    `**Load:** autocannon, ${s.connections} connections, ${s.duration} s per measurement (${s.warmup} s warm-up in the first round); the floor app (bench/floor: a bare Next page running one \`select\` through postgres.js) and each target measured one after the other, ${s.rounds} round${s.rounds > 1 ? "s" : ""}; figures are medians over the rounds, "÷ floor" the median of each round's ratio. SQL/request from the server's Drizzle counter over ${s.querySamples} requests one at a time; "load" is the 1-minute load average (figures at a load well above 1 were shared with other work; the ratios cancel most of it).`,
    `**Data:** ${r.sizes.map((x) => `${String(x.dataset.size)} = ${Number(x.dataset.snapshots).toLocaleString("en")} snapshots, ${String(x.dataset.organizations)} organizations, ${String(x.dataset.goals)} goals`).join("; ")}.`,
    "",
    ...r.sizes.flatMap((x) => [floorTable(x.size, x.against, TARGET_LABELS), ""]),
    `Dashboard HTML for the bench organization: ${r.sizes.map((x) => `${x.size} ${kB(x.dashboardHtml.bytes)} (${kB(x.dashboardHtml.gzipBytes)} gzipped)`).join(", ")}.${r.firstLoadJs?.floorBytes != null ? ` The floor app's first-load JS: ${kB(r.firstLoadJs.floorBytes)} gzipped.` : ""}`,
    "",
    `**Issue 20's budgets** (judged at ${judged.size}${judged.size === "1m" ? "" : "; the issue's figures are for 1m"}):`,
    "",
    budgetsTable(r.floorBudgets),
  ];
  for (const x of r.sizes)
    if (x.scaleOut) out.push("", `**Scale-out** (\`--instances 2\`, ${x.size}):`, "", scaleOutTable(x.size, x.against, x.scaleOut));
  if (r.reliability)
    out.push(
      "",
      "**Reliability through the proxy over two instances:**",
      "",
      "| check | command | result |",
      "|---|---|---|",
      ...r.reliability.map(
        (c) => `| ${c.name} | \`${c.command}\` | ${c.passed == null ? "not run" : c.passed ? "passed" : "**failed**"}: ${c.summary} |`,
      ),
    );
  out.push(
    "",
    "**Every target's own figures** (medians over the rounds) and the earlier budgets:",
    "",
    resultsTable(small, large),
    "",
    budgetsTable(r.budgets),
  );
  const csv = r.csvImport;
  if (csv)
    out.push(
      "",
      `CSV import (bench/csv-import.ts, 100 000 rows): preview ${csv.previewSeconds ?? "–"} s, commit ${csv.commitSeconds ?? "–"} s, the same file again ${csv.reimportSeconds ?? "–"} s.`,
      ...csv.platformImport.map((r) =>
        r.mode === "timing"
          ? `Platform import, one year from five sources (${r.rows} rows): preview ${r.previewSeconds} s + commit ${r.commitSeconds} s (CPU ${(r.nodeCpuSeconds + r.dbCpuSeconds).toFixed(2)} s), the same files again ${r.againSeconds} s (${r.againChanged} values changed); peak RSS ${r.peakRssMb} MB.`
          : `Platform import memory, ${r.years} year(s) (${(r.fileBytes / 1024 / 1024).toFixed(1)} MB of files, lean GC flags): peak heap ${r.peakHeapMb} MB from ${r.baseHeapMb} MB, peak RSS ${r.peakRssMb} MB from ${r.baseRssMb} MB.`,
      ),
    );
  const lh = judged.lighthouse;
  if (lh) out.push("", "error" in lh ? `Lighthouse failed: ${lh.error}` : lighthouseTable(lh));
  return out.join("\n");
}

/** A size's medians in the shape of the earlier tables (bench/lib/stats.ts). */
export function toSize(x: SizeRun): SizeResult {
  return {
    size: x.size,
    snapshots: Number(x.dataset.snapshots),
    targets: Object.fromEntries(Object.entries(x.against).map(([k, a]) => [k, a.target])),
  };
}
