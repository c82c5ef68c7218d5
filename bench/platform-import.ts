/**
 * Platform import through the database, in a process of its own (run by
 * bench/csv-import.ts, one child per file size): the five sources' files of
 * bench/import-parse.ts, `BENCH_YEARS` years of daily data each, previewed and
 * committed the way the import route does it (readGrid, previewFileImport,
 * readGrid again, commitFileImport), then committed a second time, for a new
 * organization in the migrated database `DATABASE_URL` names.
 *
 * Memory: the files are written to a temporary folder first and read back per
 * request, as the route reads its spooled upload; the baseline is taken after
 * that (with a forced GC when run with --expose-gc) and RSS and heap are
 * sampled every 20 ms while the imports run. The last line of the output is
 * `platform-import-json <JSON>` for the parent.
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import { closeDb, getDb, rowsOf } from "@/db/client";
import { fiveSources } from "./import-parse";
import { procStat, TICKS_PER_SECOND } from "./lib/proc";

const YEARS = Number(process.env.BENCH_YEARS ?? 1);
/** How many times the rows of each day (BENCH_PER_DAY): the file grows, the days and values do not. */
const PER_DAY = Number(process.env.BENCH_PER_DAY ?? 1);
const TODAY = "2026-11-26";
const DAY_MS = 86_400_000;

/**
 * CPU seconds used so far by this process and by the PostgreSQL backends serving
 * this database (read from /proc, as the server runs on this host; 0 for a backend
 * it cannot read). On a busy machine the wall clock mostly measures the neighbours;
 * this sum is the work itself.
 */
async function cpuSeconds() {
  const pids = rowsOf<{ pid: number }>(
    await getDb().execute(sql`select pid from pg_stat_activity where datname = current_database() and backend_type = 'client backend'`),
  );
  // A backend on another host, or one that just ended, counts nothing.
  const ticks = pids.reduce((sum, { pid }) => sum + (procStat(pid)?.ticks ?? 0), 0);
  const own = process.cpuUsage();
  return { node: (own.user + own.system) / 1e6, db: ticks / TICKS_PER_SECOND };
}

type SourceResult = {
  name: string;
  rows: number;
  values: number;
  previewSeconds: number;
  commitSeconds: number;
  againSeconds: number;
  /** CPU seconds of preview + commit: this process and the database's backends. */
  nodeCpuSeconds: number;
  dbCpuSeconds: number;
  created: number;
  corrected: number;
  /** Values the second commit of the same file changed (created or corrected): 0 when re-import changes nothing. */
  againChanged: number;
};

const gc = (globalThis as { gc?: () => void }).gc;
const mb = (bytes: number) => bytes / 1024 / 1024;

async function main() {
  if (!process.env.DATABASE_URL) throw new Error("DATABASE_URL must name the migrated bench database");
  const days = Math.round(365 * YEARS);
  // The last day is the day before "today": nothing in the future.
  const first = new Date(Date.parse(`${TODAY}T00:00:00Z`) - days * DAY_MS).toISOString().slice(0, 10);
  const dir = mkdtempSync(path.join(os.tmpdir(), "maalbar-platform-"));
  const files = fiveSources(days, first, PER_DAY).map((f) => {
    const file = path.join(dir, f.name);
    writeFileSync(file, f.text);
    // Rows as the reader counts them: the generated files have no line breaks inside quotes.
    return { name: f.name, file, bytes: statSync(file).size, rows: f.text.split("\n").length };
  });
  try {
    const { registerAccount } = await import("@/lib/data/accounts");
    const { commitFileImport, previewFileImport } = await import("@/lib/data/imports");
    const { readRows } = await import("@/lib/domain/import");
    const tag = randomBytes(4).toString("hex");
    const { userId, slug } = await registerAccount({
      name: "Bench",
      email: `platform-${tag}@maalbar.no`,
      password: "bryllupskake-2026",
      locale: "nb",
      organizationName: `Plattformbakeriet ${tag}`,
      emailVerified: true,
    });
    const org = await getDb().query.organizations.findFirst({ where: (o, { eq }) => eq(o.slug, slug) });
    const ctx = { orgId: org!.id, userId, role: "owner" as const };
    // The same steps as app/api/orgs/[org]/measurements/import/file/route.ts: each request reads the spooled file.
    const rowsOf = async (f: (typeof files)[number]) => readRows(new Uint8Array(await readFile(f.file)), f.name);

    gc?.();
    const base = process.memoryUsage();
    let peakRss = base.rss;
    let peakHeap = base.heapUsed;
    const sample = () => {
      const m = process.memoryUsage();
      peakRss = Math.max(peakRss, m.rss);
      peakHeap = Math.max(peakHeap, m.heapUsed);
    };
    const timer = setInterval(sample, 20);
    const results: SourceResult[] = [];
    try {
      for (const f of files) {
        const cpu = await cpuSeconds();
        let started = performance.now();
        const preview = await previewFileImport(ctx, await rowsOf(f), f.name, {}, TODAY);
        const previewSeconds = (performance.now() - started) / 1000;
        if (preview.problems.length) throw new Error(`${f.name}: ${JSON.stringify(preview.problems.slice(0, 3))}`);
        const unconfirmed = preview.channels.filter((c) => !c.channelId);
        if (unconfirmed.length) throw new Error(`${f.name}: no channel proposed for ${unconfirmed.map((c) => c.proposed).join(", ")}`);
        // The person confirms every proposed channel and creates each metric the organization lacks.
        const plan = {
          channels: Object.fromEntries(preview.channels.map((c) => [c.proposed, c.channelId!])),
          newMetrics: Object.fromEntries(preview.metrics.filter((m) => !m.metricId).map((m) => [`${m.channel}|${m.metric}`, m.kind])),
        };
        const rows = f.rows;
        sample();
        started = performance.now();
        const commit = await commitFileImport(ctx, await rowsOf(f), f.name, plan, TODAY);
        const commitSeconds = (performance.now() - started) / 1000;
        const cpuAfter = await cpuSeconds();
        sample();
        started = performance.now();
        const again = await commitFileImport(ctx, await rowsOf(f), f.name, plan, TODAY);
        const againSeconds = (performance.now() - started) / 1000;
        results.push({
          name: f.name,
          rows,
          values: commit.rows,
          previewSeconds,
          commitSeconds,
          againSeconds,
          nodeCpuSeconds: cpuAfter.node - cpu.node,
          dbCpuSeconds: cpuAfter.db - cpu.db,
          created: commit.created,
          corrected: commit.corrected,
          againChanged: again.created + again.corrected,
        });
      }
    } finally {
      clearInterval(timer);
      sample();
    }
    report(files, results, { base, peakRss, peakHeap, days });
  } finally {
    await closeDb();
    rmSync(dir, { recursive: true, force: true });
  }
}

function report(
  files: { bytes: number }[],
  results: SourceResult[],
  m: { base: NodeJS.MemoryUsage; peakRss: number; peakHeap: number; days: number },
) {
  const sum = (f: (r: SourceResult) => number) => results.reduce((s, r) => s + f(r), 0);
  const s = (x: number) => x.toFixed(2).padStart(6);
  const load = os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(" ");
  console.log(
    `platform import, ${m.days} days from five sources (${process.env.BENCH_YEARS ?? 1} × one year, ${PER_DAY} × the rows per day); load average now ${load}:`,
  );
  const head = `${"file".padEnd(16)} ${"rows".padStart(7)} ${"values".padStart(7)}  preview   commit  preview+commit  CPU Node + PostgreSQL  again (changed)`;
  const line = (name: string, r: Omit<SourceResult, "name" | "created" | "corrected">) =>
    console.log(
      `${name.padEnd(16)} ${String(r.rows).padStart(7)} ${String(r.values).padStart(7)} ${s(r.previewSeconds)} s ${s(r.commitSeconds)} s ${s(r.previewSeconds + r.commitSeconds)} s       ${s(r.nodeCpuSeconds)} s + ${s(r.dbCpuSeconds)} s ${s(r.againSeconds)} s (${r.againChanged})`,
    );
  console.log(head);
  for (const r of results) line(r.name, r);
  const preview = sum((r) => r.previewSeconds);
  const commit = sum((r) => r.commitSeconds);
  const summary = {
    years: Number(process.env.BENCH_YEARS ?? 1),
    perDay: PER_DAY,
    days: m.days,
    fileBytes: files.reduce((t, f) => t + f.bytes, 0),
    rows: sum((r) => r.rows),
    values: sum((r) => r.values),
    created: sum((r) => r.created),
    previewSeconds: Number(preview.toFixed(3)),
    commitSeconds: Number(commit.toFixed(3)),
    totalSeconds: Number((preview + commit).toFixed(3)),
    againSeconds: Number(sum((r) => r.againSeconds).toFixed(3)),
    againChanged: sum((r) => r.againChanged),
    nodeCpuSeconds: Number(sum((r) => r.nodeCpuSeconds).toFixed(3)),
    dbCpuSeconds: Number(sum((r) => r.dbCpuSeconds).toFixed(3)),
    loadAverage: os.loadavg()[0]!,
    baseRssMb: Number(mb(m.base.rss).toFixed(1)),
    peakRssMb: Number(mb(m.peakRss).toFixed(1)),
    baseHeapMb: Number(mb(m.base.heapUsed).toFixed(1)),
    peakHeapMb: Number(mb(m.peakHeap).toFixed(1)),
    maxRssMb: Number((process.resourceUsage().maxRSS / 1024).toFixed(1)),
    sources: results,
    // Which run this is (bench/platform-sizes.ts sets it), so a reader of the raw output (bench/run.ts) can tell them apart.
    ...(process.env.BENCH_PLATFORM_MODE ? { mode: process.env.BENCH_PLATFORM_MODE } : {}),
  };
  line("total", summary);
  console.log(
    `memory: RSS ${summary.baseRssMb} MB before, peak ${summary.peakRssMb} MB; heap ${summary.baseHeapMb} MB before, peak ${summary.peakHeapMb} MB; files ${mb(summary.fileBytes).toFixed(1)} MB`,
  );
  console.log(`platform-import-json ${JSON.stringify(summary)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
