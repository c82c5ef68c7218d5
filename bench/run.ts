/**
 * The benchmark harness: `npm run bench`.
 *
 * 1. `next build` (skipped with BENCH_SKIP_BUILD=1 when .next has a build).
 * 2. For each size (BENCH_SIZES, default "10k,1m"): a fresh PostgreSQL
 *    database filled by bench/data/generate.ts, `next start` on it with
 *    MAALBAR_BENCH=1 (which lets /api/health show the query counter), a real
 *    sign-in as the bench organization's owner, then for every target:
 *    a check that it answers the real page, SQL queries per request (the
 *    server's Drizzle counter read through /api/health around
 *    BENCH_QUERY_SAMPLES requests sent one at a time), a warm-up and the
 *    measured run with autocannon at BENCH_CONNECTIONS connections.
 *    Lighthouse runs against the last size's dashboard.
 * 3. The CSV import bench and the first-load JS bench.
 * 4. bench/results/bench-<timestamp>.json and latest.json, a table on stdout
 *    and the section between the bench markers of docs/PERFORMANCE.md.
 * The databases are dropped at the end, also on failure and Ctrl-C.
 *
 * Env: DATABASE_URL (admin URL, default postgres://postgres@127.0.0.1:5432/postgres),
 * BENCH_SIZES, BENCH_DURATION (10 s), BENCH_WARMUP (2 s), BENCH_CONNECTIONS (10),
 * BENCH_QUERY_SAMPLES (10), BENCH_PORT (3400), BENCH_SKIP_BUILD, BENCH_SKIP_CSV,
 * BENCH_SKIP_JS, BENCH_SKIP_LIGHTHOUSE, BENCH_NO_DOC (do not touch docs/PERFORMANCE.md).
 */
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import postgres from "postgres";
import { type Dataset, generateDataset } from "./data/generate";
import { actionBody, actionSucceeded } from "./lib/action-body";
import { script, tsxScript } from "./lib/script";
import {
  budgetsTable,
  evaluateBudgets,
  type Measured,
  queriesPer,
  replaceSection,
  resultsTable,
  type SizeResult,
  summarize,
  TARGET_LABELS,
} from "./lib/stats";
import { type LighthouseResult, lighthouseTable, runLighthouse } from "./lighthouse";
import { type PlatformRun, platformRunsIn } from "./platform-sizes";
import { actionId, signIn } from "./nlw/http";
import { type Server, startServer } from "./nlw/server";

const root = process.cwd();
const env = process.env;
const adminUrl = env.DATABASE_URL || "postgres://postgres@127.0.0.1:5432/postgres";
const SIZES = (env.BENCH_SIZES || "10k,1m")
  .split(",")
  .map((s) => s.trim())
  .filter(Boolean);
const DURATION = Number(env.BENCH_DURATION || 10);
const WARMUP = Number(env.BENCH_WARMUP ?? 2);
const CONNECTIONS = Number(env.BENCH_CONNECTIONS || 10);
const QUERY_SAMPLES = Number(env.BENCH_QUERY_SAMPLES || 10);
const PORT = Number(env.BENCH_PORT || 3400);
const on = (name: string) => env[name] === "1";

type Request = { method: "GET" | "POST"; path: string; headers: Record<string, string>; body?: string };
type Target = {
  key: keyof typeof TARGET_LABELS;
  /** A fresh request each time (the action writes a different series and date every time). */
  request: () => Request;
  /** Whether a 2xx answer is the real thing, not a login page or an error shown with 200. */
  ok: (body: string) => boolean;
};

const cleanups: (() => Promise<unknown>)[] = [];
async function cleanup() {
  while (cleanups.length) await cleanups.pop()!().catch((error: unknown) => console.error("cleanup:", error));
}
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping the server and dropping the bench databases …`);
    void cleanup().finally(() => process.exit(130));
  });
}

function targets(data: Dataset, cookie: string, base: string, recordId: string): Target[] {
  const { slug, goalId, goalTitle, series } = data.bench;
  const page = (path: string, marker: string) => ({
    request: () => ({ method: "GET" as const, path, headers: { cookie } }),
    ok: (b: string) => b.includes(marker),
  });
  const escaped = goalTitle.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  let n = 0;
  return [
    { key: "health", request: () => ({ method: "GET", path: "/api/health", headers: {} }), ok: (b) => b.includes('"status":"ok"') },
    // A server-rendered page that reads nothing: what rendering any page through Next costs on this machine.
    { key: "login", request: () => ({ method: "GET", path: "/login", headers: {} }), ok: (b) => b.includes('name="password"') },
    { key: "dashboard", ...page(`/${slug}`, 'id="active-goals"') },
    { key: "goal", ...page(`/${slug}/goals/${goalId}`, escaped) },
    { key: "goalChart", ...page(`/api/orgs/${slug}/goals/${goalId}/chart?range=all`, '"measurements":[{') },
    { key: "benchmarks", ...page(`/${slug}/benchmarks`, 'id="benchmark-table-heading"') },
    { key: "reviews", ...page(`/${slug}/reviews`, 'id="upcoming-heading"') },
    {
      key: "record",
      // Posted from the goal page, as its quick entry does; each request a different series and a date
      // in the last three years (mostly corrections of stored values, so history rows too) and a new value.
      request: () => {
        n += 1;
        const s = series[n % series.length]!;
        const date = new Date(Date.parse(data.today) - (1 + ((n * 7919) % 1094)) * 86_400_000).toISOString().slice(0, 10);
        const { body, contentType } = actionBody(
          { org: slug, channelId: s.channelId, metricId: s.metricId, date, value: String(100 + ((n * 37) % 5000) + 0.5), note: "" },
          `----maalbar${n.toString(36)}`,
        );
        return {
          method: "POST",
          path: `/${slug}/goals/${goalId}`,
          headers: { cookie, origin: base, accept: "text/x-component", "next-action": recordId, "content-type": contentType },
          body,
        };
      },
      ok: actionSucceeded,
    },
  ];
}

async function once(base: string, r: Request): Promise<{ status: number; body: string }> {
  const res = await fetch(`${base}${r.path}`, {
    method: r.method,
    headers: r.headers,
    body: r.body,
    redirect: "manual",
    signal: AbortSignal.timeout(60_000),
  });
  return { status: res.status, body: await res.text() };
}

async function healthQueries(base: string): Promise<number> {
  const { body } = await once(base, { method: "GET", path: "/api/health", headers: {} });
  const q = (JSON.parse(body) as { queries?: number }).queries;
  if (typeof q !== "number") throw new Error("/api/health shows no query counter: was the server started with MAALBAR_BENCH=1?");
  return q;
}

/** autocannon for `seconds`; latencies of every answer, and the errors (non-2xx, wrong page, timeouts, socket errors). */
async function load(base: string, t: Target, seconds: number): Promise<{ latencies: number[]; errors: number; seconds: number }> {
  const latencies: number[] = [];
  let bad = 0;
  const instance = autocannon({
    url: base,
    connections: CONNECTIONS,
    duration: seconds,
    timeout: 30,
    requests: [
      {
        setupRequest: (req: Record<string, unknown>) => Object.assign(req, t.request()),
        onResponse: (status: number, body: string) => {
          if (status < 200 || status >= 300 || !t.ok(body)) bad += 1;
        },
      },
    ],
  });
  instance.on("response", (_client: unknown, _status: number, _bytes: number, ms: number) => latencies.push(ms));
  const result = await instance;
  return { latencies, errors: bad + result.errors + result.timeouts, seconds: result.duration };
}

async function measure(base: string, t: Target): Promise<Measured & { load1: number }> {
  // Other work on the machine shows here: figures taken at a high load average are not comparable.
  const load1 = Math.round(os.loadavg()[0]! * 100) / 100;
  // The page must be the real one before anything is timed.
  const first = await once(base, t.request());
  if (first.status < 200 || first.status >= 300 || !t.ok(first.body))
    throw new Error(`${t.key}: HTTP ${first.status}, not the expected answer: ${first.body.slice(0, 300)}`);
  const before = await healthQueries(base);
  for (let i = 0; i < QUERY_SAMPLES; i++) await once(base, t.request());
  const after = await healthQueries(base);
  // /api/health's own query is the only one it makes: its per-request count is the reading's own.
  const perRequest = t.key === "health" ? queriesPer(before, after, QUERY_SAMPLES + 1, 0) : queriesPer(before, after, QUERY_SAMPLES);
  if (WARMUP > 0) await load(base, t, WARMUP);
  const run = await load(base, t, DURATION);
  const m = summarize(run.latencies, run.seconds, run.errors, perRequest);
  console.log(
    `  ${t.key.padEnd(11)} ${m.rps.toFixed(1).padStart(7)} rps  p50 ${m.p50.toFixed(1).padStart(6)}  p95 ${m.p95.toFixed(1).padStart(6)}  p99 ${m.p99.toFixed(1).padStart(6)} ms  errors ${m.errors}  SQL/request ${m.queriesPerRequest?.toFixed(1)}  load ${load1}`,
  );
  return { ...m, load1 };
}

async function machine(): Promise<Record<string, string | number>> {
  const sql = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    const [row] = await sql<{ v: string }[]>`select current_setting('server_version') as v`;
    return {
      cpu: os.cpus()[0]?.model ?? "unknown",
      cores: os.cpus().length,
      ramGb: Math.round(os.totalmem() / 1024 ** 3),
      node: process.version,
      postgres: row?.v ?? "?",
      os: `${os.type()} ${os.release()}`,
      loadAtStart: os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(" "),
    };
  } finally {
    await sql.end({ timeout: 5 });
  }
}

function build() {
  if (on("BENCH_SKIP_BUILD") && existsSync(path.join(root, ".next", "BUILD_ID")))
    return console.log("BENCH_SKIP_BUILD=1: using the existing .next build");
  console.log("next build …");
  const r = spawnSync(process.execPath, [path.join(root, "node_modules", "next", "dist", "bin", "next"), "build"], {
    cwd: root,
    stdio: "inherit",
    env: { ...env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (r.status !== 0) throw new Error(`next build failed (${r.status})`);
}

async function runSize(
  size: string,
  recordId: string,
  lighthouse: boolean,
): Promise<{ result: SizeResult; dataset: Record<string, unknown>; lighthouse?: LighthouseResult | { error: string } }> {
  console.log(`\n== ${size}: generating …`);
  const data = await generateDataset(adminUrl, size);
  cleanups.push(data.drop);
  const s = data.seconds;
  console.log(
    `${data.name}: ${data.snapshots.toLocaleString("en")} snapshots, ${data.orgs} organizations, ${data.goals} goals in ${(s.migrate + s.rows + s.snapshots + s.analyze).toFixed(1)} s (snapshots ${s.snapshots.toFixed(1)} s)`,
  );
  let server: Server | undefined;
  try {
    server = await startServer(root, PORT, { DATABASE_URL: data.url, AUTH_SECRET: randomBytes(33).toString("base64"), MAALBAR_BENCH: "1" });
    const stop = server.stop;
    cleanups.push(stop);
    const cookie = await signIn(server.url, data.bench.email, data.bench.password);
    const out: Record<string, Measured> = {};
    console.log(`measuring at ${CONNECTIONS} connections, ${WARMUP} s warm-up + ${DURATION} s each:`);
    for (const t of targets(data, cookie, server.url, recordId)) out[t.key] = await measure(server.url, t);
    let lh: LighthouseResult | { error: string } | undefined;
    if (lighthouse) {
      console.log("lighthouse …");
      // A Lighthouse failure is reported, not fatal: the load figures above are the main result.
      lh = await runLighthouse(`${server.url}/${data.bench.slug}`, cookie, root).catch((error: unknown) => ({ error: String(error) }));
      console.log(
        "error" in lh ? `  lighthouse failed: ${lh.error}` : `  performance ${lh.performance}, accessibility ${lh.accessibility}`,
      );
    }
    return {
      result: { size, snapshots: data.snapshots, targets: out },
      dataset: { size, snapshots: data.snapshots, organizations: data.orgs, goals: data.goals, generateSeconds: data.seconds },
      lighthouse: lh,
    };
  } catch (error) {
    if (server) console.error(server.output().slice(-4000));
    throw error;
  } finally {
    await server?.stop();
    await data.drop();
  }
}

async function main() {
  const started = new Date();
  const host = await machine();
  console.log(
    `machine: ${host.cpu}, ${host.cores} cores, ${host.ramGb} GB, Node ${host.node}, PostgreSQL ${host.postgres}, load ${host.loadAtStart}`,
  );
  build();
  const recordId = actionId(root, "app/[org]/measurements/actions.ts", "recordMeasurementAction");
  const sizes: Awaited<ReturnType<typeof runSize>>[] = [];
  for (const [i, size] of SIZES.entries())
    sizes.push(await runSize(size, recordId, i === SIZES.length - 1 && !on("BENCH_SKIP_LIGHTHOUSE")));

  let csv: {
    commitSeconds: number | null;
    previewSeconds: number | null;
    reimportSeconds: number | null;
    /** The platform import (five sources' files, one child per size): timings, CPU and memory. */
    platformImport: PlatformRun[];
  } | null = null;
  if (!on("BENCH_SKIP_CSV")) {
    console.log("\n== CSV import (bench/csv-import.ts)");
    const { code, output } = await script(root, tsxScript(root, "bench/csv-import.ts"));
    const secs = (label: string) => {
      const m = new RegExp(`^${label.replace(/[()]/g, "\\$&")}\\s+([\\d.]+) s`, "m").exec(output);
      return m ? Number(m[1]) : null;
    };
    if (code !== 0) console.error(`csv-import exited with ${code}`);
    csv = {
      previewSeconds: secs("previewImport"),
      commitSeconds: secs("commitImport (new rows)"),
      reimportSeconds: secs("commitImport (same again)"),
      platformImport: platformRunsIn(output),
    };
  }
  let js: { dashboardKb: number | null; budgetKb: number | null; measuredAt: string; exitCode: number; routes: unknown[] } | null = null;
  if (!on("BENCH_SKIP_JS")) {
    console.log("\n== first-load JS (bench/js-budget.mjs)");
    const { code } = await script(root, [process.execPath, "bench/js-budget.mjs"]);
    const file = path.join(root, "bench", "results", "js-budget.json");
    if (existsSync(file)) {
      // bench/js-budget.mjs's own report; kB there are 1 024 bytes.
      const report = JSON.parse(readFileSync(file, "utf8")) as {
        measuredAt: string;
        routes?: { route: string; gzipBytes: number | null; budgetBytes: number | null }[];
      };
      const dash = report.routes?.find((r) => r.route === "/[org]");
      const kb = (b: number | null | undefined) => (b == null ? null : b / 1024);
      js = {
        dashboardKb: kb(dash?.gzipBytes),
        budgetKb: kb(dash?.budgetBytes),
        measuredAt: report.measuredAt,
        exitCode: code,
        routes: report.routes ?? [],
      };
    }
  }

  const small = sizes[0]?.result;
  const large = sizes.length > 1 ? sizes.at(-1)!.result : undefined;
  const budgets = evaluateBudgets(small, large, {
    csvCommitSeconds: csv?.commitSeconds,
    platformImportSeconds: csv?.platformImport.find((r) => r.mode === "timing")?.totalSeconds,
    dashboardFirstLoadKb: js?.dashboardKb,
    dashboardJsBudgetKb: js?.budgetKb,
  });
  const lh = sizes.at(-1)?.lighthouse;
  const report = {
    startedAt: started.toISOString(),
    finishedAt: new Date().toISOString(),
    machine: host,
    settings: { connections: CONNECTIONS, durationSeconds: DURATION, warmupSeconds: WARMUP, querySamples: QUERY_SAMPLES },
    datasets: sizes.map((s) => s.dataset),
    results: sizes.map((s) => s.result),
    budgets,
    csvImport: csv,
    firstLoadJs: js,
    lighthouse: lh ?? null,
  };
  const dir = path.join(root, "bench", "results");
  mkdirSync(dir, { recursive: true });
  const stamp = started.toISOString().replace(/[:.]/g, "-").slice(0, 19);
  writeFileSync(path.join(dir, `bench-${stamp}.json`), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(path.join(dir, "latest.json"), `${JSON.stringify(report, null, 2)}\n`);

  const table = resultsTable(small, large);
  const section = [
    `Written by \`npm run bench\` on ${started.toISOString().slice(0, 16).replace("T", " ")} UTC (bench/results/bench-${stamp}.json).`,
    "",
    `**Machine:** ${host.cpu}, ${host.cores} cores, ${host.ramGb} GB RAM, ${host.os}, Node ${host.node}, PostgreSQL ${host.postgres} on the same host; load average at start ${host.loadAtStart}.`,
    `**Load:** autocannon, ${CONNECTIONS} connections, ${WARMUP} s warm-up then ${DURATION} s per target; SQL/request from the server's Drizzle counter over ${QUERY_SAMPLES} requests one at a time; "load" is the 1-minute load average as the target began (figures at a load well above 1 were shared with other work).`,
    `**Data:** ${sizes.map((s) => `${String(s.dataset.size)} = ${Number(s.dataset.snapshots).toLocaleString("en")} snapshots, ${String(s.dataset.organizations)} organizations, ${String(s.dataset.goals)} goals`).join("; ")}.`,
    "",
    table,
    "",
    budgetsTable(budgets),
    ...(csv
      ? [
          "",
          `CSV import (bench/csv-import.ts, 100 000 rows): preview ${csv.previewSeconds ?? "–"} s, commit ${csv.commitSeconds ?? "–"} s, the same file again ${csv.reimportSeconds ?? "–"} s.`,
          ...csv.platformImport.map((r) =>
            r.mode === "timing"
              ? `Platform import, one year from five sources (${r.rows} rows): preview ${r.previewSeconds} s + commit ${r.commitSeconds} s (CPU ${(r.nodeCpuSeconds + r.dbCpuSeconds).toFixed(2)} s), the same files again ${r.againSeconds} s (${r.againChanged} values changed); peak RSS ${r.peakRssMb} MB.`
              : `Platform import memory, ${r.years} year(s) (${(r.fileBytes / 1024 / 1024).toFixed(1)} MB of files, lean GC flags): peak heap ${r.peakHeapMb} MB from ${r.baseHeapMb} MB, peak RSS ${r.peakRssMb} MB from ${r.baseRssMb} MB.`,
          ),
        ]
      : []),
    ...(lh ? ["", "error" in lh ? `Lighthouse failed: ${lh.error}` : lighthouseTable(lh)] : []),
  ].join("\n");
  console.log(`\n${section}\n`);
  if (!on("BENCH_NO_DOC")) {
    const doc = path.join(root, "docs", "PERFORMANCE.md");
    writeFileSync(doc, replaceSection(readFileSync(doc, "utf8"), "<!-- bench:start -->", "<!-- bench:end -->", section));
    console.log("wrote docs/PERFORMANCE.md and bench/results/latest.json");
  }
}

main()
  .then(cleanup)
  .then(
    () => process.exit(0),
    async (error: unknown) => {
      console.error(error);
      await cleanup();
      process.exit(1);
    },
  );
