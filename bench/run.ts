/**
 * The benchmark harness: `npm run bench` (flags after `--`).
 *
 * 1. `next build` of Målbar and of the floor app, bench/floor (skipped with
 *    BENCH_SKIP_BUILD=1 when both have a build).
 * 2. For each size (BENCH_SIZES or --size, default "10k,1m"): a fresh PostgreSQL
 *    database filled by bench/data/generate.ts, `next start` of Målbar on it
 *    with MAALBAR_BENCH=1 (which lets /api/health show the query counter) and
 *    of the floor app beside it, a real sign-in as the bench organization's
 *    owner, then for every target: a check that it answers the real page, SQL
 *    queries per request (the server's Drizzle counter read through
 *    /api/health around BENCH_QUERY_SAMPLES requests sent one at a time), and
 *    in rounds (--rounds, default 3), the floor's page and the target measured
 *    one after the other with autocannon at BENCH_CONNECTIONS connections
 *    (bench/lib/alternate.ts). Every target's rps is reported as the median
 *    over the rounds of its ratio to the floor's. Lighthouse runs against the
 *    last size's dashboard, and bench/dashboard-cpu.ts measures `dashboardData`'s
 *    own CPU per call in a process of its own on the last size's database.
 * 3. With --instances 2, at the last size: a second `next start` on the same
 *    database behind bench/proxy.mjs, the dashboard and the record action
 *    measured through it; then the no-lost-writes bench and the live-meeting
 *    e2e spec through the proxy over two instances (bench/lib/scale-out.ts).
 * 4. The CSV import bench and the first-load JS bench (against the floor app's).
 * 5. bench/results/bench-<timestamp>.json and latest.json, tables on stdout
 *    and the section between the bench markers of docs/PERFORMANCE.md.
 * The databases are dropped at the end, also on failure and Ctrl-C.
 *
 * Flags: --size 10k[,1m] (BENCH_SIZES), --rounds N (3), --instances 1|2 (1),
 * --quick (1 round of 3 s after a 1 s warm-up, 3 query samples, no CSV bench,
 * no Lighthouse: for development, e.g. `npm run bench -- --size 10k --quick`).
 * Env: DATABASE_URL (admin URL, default postgres://postgres@127.0.0.1:5432/postgres),
 * BENCH_SIZES, BENCH_DURATION (10 s), BENCH_WARMUP (2 s), BENCH_CONNECTIONS (10),
 * BENCH_QUERY_SAMPLES (10), BENCH_PORT (3400; the floor is on +1, the second
 * instance and the proxies on +2…+5), BENCH_SKIP_BUILD, BENCH_SKIP_CSV,
 * BENCH_SKIP_JS, BENCH_SKIP_LIGHTHOUSE, BENCH_SKIP_DASHBOARD_CPU, BENCH_NO_DOC (do not touch docs/PERFORMANCE.md).
 */
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import postgres from "postgres";
import { generateDataset } from "./data/generate";
import { type LighthouseResult, runLighthouse } from "./lighthouse";
import { alternate } from "./lib/alternate";
import { buildFloor, startFloor } from "./lib/floor";
import { type AgainstFloor, combineRounds, floorBudgets } from "./lib/floor-ratios";
import { check, type LoadSettings, queriesPerRequest, type Target } from "./lib/load";
import { benchSection, type Report, type SizeRun, toSize } from "./lib/report";
import { measureScaleOut, reliabilityThroughProxy, type ScaleOut } from "./lib/scale-out";
import { csvBench, dashboardCpuBench, jsBench } from "./lib/side-benches";
import { evaluateBudgets, replaceSection } from "./lib/stats";
import { floorSized, floorTarget, targets } from "./lib/targets";
import { actionId, signIn } from "./nlw/http";
import { type Server, startServer } from "./nlw/server";

/** The sized floor page with about `bytes` of HTML: its size is measured at two row counts and the rows scaled to it. */
async function sizeFloor(base: string, key: string, slug: string, bytes: number, behind = ""): Promise<Target> {
  const at = async (rows: number) => Buffer.byteLength(await check(base, floorSized(key, slug, rows, behind)));
  const [none, ten] = [await at(0), await at(10)];
  const rows = Math.max(0, Math.round((10 * (bytes - none)) / Math.max(1, ten - none)));
  return floorSized(key, slug, rows, behind);
}

const { values: flags } = parseArgs({
  options: {
    size: { type: "string" },
    rounds: { type: "string" },
    instances: { type: "string", default: "1" },
    quick: { type: "boolean", default: false },
  },
});
const root = process.cwd();
const env = process.env;
const on = (name: string) => env[name] === "1";
const QUICK = flags.quick;
const adminUrl = env.DATABASE_URL || "postgres://postgres@127.0.0.1:5432/postgres";
const SIZES = (flags.size ?? env.BENCH_SIZES ?? "10k,1m")
  .split(",")
  .map((s) => s.trim())
  .filter(Boolean);
const ROUNDS = Number(flags.rounds ?? (QUICK ? 1 : 3));
const INSTANCES = Number(flags.instances);
const settings: LoadSettings = {
  duration: Number(env.BENCH_DURATION || (QUICK ? 3 : 10)),
  warmup: Number(env.BENCH_WARMUP ?? (QUICK ? 1 : 2)),
  connections: Number(env.BENCH_CONNECTIONS || 10),
  querySamples: Number(env.BENCH_QUERY_SAMPLES || (QUICK ? 3 : 10)),
};
const PORT = Number(env.BENCH_PORT || 3400);
const skip = (name: string) => on(`BENCH_SKIP_${name}`) || (QUICK && (name === "CSV" || name === "LIGHTHOUSE"));
if (!(ROUNDS >= 1) || ![1, 2].includes(INSTANCES)) throw new Error("--rounds must be at least 1 and --instances 1 or 2");

const cleanups: (() => Promise<unknown>)[] = [];
async function cleanup() {
  while (cleanups.length) await cleanups.pop()!().catch((error: unknown) => console.error("cleanup:", error));
}
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping the servers and dropping the bench databases …`);
    void cleanup().finally(() => process.exit(130));
  });
}

async function machine(): Promise<Record<string, string | number>> {
  const sql = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    const [row] = await sql<{ v: string }[]>`select current_setting('server_version') as v`;
    const load = os.loadavg().map((l) => l.toFixed(2));
    return {
      cpu: os.cpus()[0]?.model ?? "unknown",
      cores: os.cpus().length,
      ramGb: Math.round(os.totalmem() / 1024 ** 3),
      node: process.version,
      postgres: row?.v ?? "?",
      os: `${os.type()} ${os.release()}`,
      loadAtStart: load.join(" "),
    };
  } finally {
    await sql.end({ timeout: 5 });
  }
}

function build() {
  const reuse = on("BENCH_SKIP_BUILD");
  if (reuse && existsSync(path.join(root, ".next", "BUILD_ID"))) console.log("BENCH_SKIP_BUILD=1: using the existing .next build");
  else {
    console.log("next build …");
    const r = spawnSync(process.execPath, [path.join(root, "node_modules", "next", "dist", "bin", "next"), "build"], {
      cwd: root,
      stdio: "inherit",
      env: { ...env, NEXT_TELEMETRY_DISABLED: "1" },
    });
    if (r.status !== 0) throw new Error(`next build failed (${r.status})`);
  }
  buildFloor(root, reuse);
}

async function runSize(size: string, recordId: string, last: boolean): Promise<SizeRun> {
  console.log(`\n== ${size}: generating …`);
  const data = await generateDataset(adminUrl, size);
  cleanups.push(data.drop);
  const s = data.seconds;
  console.log(
    `${data.name}: ${data.snapshots.toLocaleString("en")} snapshots, ${data.orgs} organizations, ${data.goals} goals in ${(s.migrate + s.rows + s.snapshots + s.analyze).toFixed(1)} s (snapshots ${s.snapshots.toFixed(1)} s)`,
  );
  const servers: Server[] = [];
  try {
    const appEnv = { DATABASE_URL: data.url, AUTH_SECRET: randomBytes(33).toString("base64"), MAALBAR_BENCH: "1" };
    const app = await startServer(root, PORT, appEnv);
    const floor = await startFloor(root, PORT + 1, data.url);
    servers.push(app, floor);
    cleanups.push(app.stop, floor.stop);
    const cookie = await signIn(app.url, data.bench.email, data.bench.password);
    const ts = targets(data, cookie, app.url, recordId);
    const floorT = floorTarget(data.bench.slug);
    await check(floor.url, floorT);
    const queries: Record<string, number> = {};
    let dashboardHtml = "";
    let loginHtml = "";
    for (const t of ts) {
      const body = await check(app.url, t);
      if (t.key === "dashboard") dashboardHtml = body;
      if (t.key === "login") loginHtml = body;
      queries[t.key] = await queriesPerRequest(app.url, t, settings.querySamples);
    }
    const html = { bytes: Buffer.byteLength(dashboardHtml), gzipBytes: gzipSync(dashboardHtml).length };
    console.log(`dashboard HTML ${(html.bytes / 1024).toFixed(1)} kB (${(html.gzipBytes / 1024).toFixed(1)} kB gzipped)`);
    console.log(
      `measuring the floor (:${PORT + 1}) and Målbar (:${PORT}) alternately at ${settings.connections} connections, ${settings.duration} s each (${settings.warmup} s warm-up in round 1):`,
    );
    // Bare Next.js at the size of two of Målbar's pages: what the framework itself reaches for that much HTML;
    // and the same behind a proxy that gives each request a nonce and Målbar's CSP (which Målbar may not trade away).
    const sizedAs = { floorAsLogin: loginHtml, floorAsDashboard: dashboardHtml };
    const sized = [
      floorTarget(data.bench.slug, "floorSecure", "/secure"),
      ...(await Promise.all(
        Object.entries(sizedAs).flatMap(([key, body]) => [
          sizeFloor(floor.url, key, data.bench.slug, Buffer.byteLength(body)),
          sizeFloor(floor.url, `${key}Secure`, data.bench.slug, Buffer.byteLength(body), "/secure"),
        ]),
      )),
    ];
    const groups = [
      ...ts.map((t) => [
        { label: "floor", base: floor.url, target: floorT, queries: null },
        { label: t.key, base: app.url, target: t, queries: queries[t.key] ?? null },
      ]),
      ...sized.map((t) => [
        { label: "floor", base: floor.url, target: floorT, queries: null },
        { label: t.key, base: floor.url, target: t, queries: null },
      ]),
    ];
    const measured = await alternate(groups, settings, ROUNDS);
    const against: Record<string, AgainstFloor> = {};
    for (const [i, t] of [...ts, ...sized].entries())
      against[t.key] = combineRounds(measured[i]![0]!.map((f, r) => ({ floor: f, target: measured[i]![1]![r]! })));

    let scaleOut: ScaleOut | undefined;
    if (INSTANCES === 2 && last)
      scaleOut = await measureScaleOut(
        root,
        { port: PORT, env: appEnv },
        { b: PORT + 2, one: PORT + 3, two: PORT + 4 },
        data,
        cookie,
        recordId,
        settings,
        ROUNDS,
        cleanups,
      );
    let lighthouse: LighthouseResult | { error: string } | undefined;
    if (last && !skip("LIGHTHOUSE")) {
      console.log("lighthouse …");
      // A Lighthouse failure is reported, not fatal: the load figures above are the main result.
      lighthouse = await runLighthouse(`${app.url}/${data.bench.slug}`, cookie, root).catch((error: unknown) => ({ error: String(error) }));
      console.log(
        "error" in lighthouse
          ? `  lighthouse failed: ${lighthouse.error}`
          : `  performance ${lighthouse.performance}, accessibility ${lighthouse.accessibility}`,
      );
    }
    // dashboardData's own CPU, in a process of its own beside the idle servers (issue 20: ≤ 2 ms at 1M).
    const dashboardCpu = last && !skip("DASHBOARD_CPU") ? await dashboardCpuBench(root, data.url, QUICK ? 100 : 500) : undefined;
    return {
      size,
      dataset: { size, snapshots: data.snapshots, organizations: data.orgs, goals: data.goals, generateSeconds: data.seconds },
      against,
      dashboardHtml: html,
      dashboardCpu,
      scaleOut,
      lighthouse,
    };
  } catch (error) {
    for (const server of servers) console.error(server.output().slice(-4000));
    throw error;
  } finally {
    for (const server of servers) await server.stop();
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
  const sizes: SizeRun[] = [];
  for (const [i, size] of SIZES.entries()) sizes.push(await runSize(size, recordId, i === SIZES.length - 1));
  const reliability = INSTANCES === 2 ? await reliabilityThroughProxy(root, PORT, adminUrl, QUICK) : null;
  const csv = skip("CSV") ? null : await csvBench(root);
  const js = skip("JS") ? null : await jsBench(root);

  const small = sizes[0] && toSize(sizes[0]);
  const large = sizes.length > 1 ? toSize(sizes.at(-1)!) : undefined;
  const judged = sizes.at(-1)!;
  const report: Report = {
    startedAt: started.toISOString(),
    finishedAt: new Date().toISOString(),
    machine: host,
    settings: { ...settings, rounds: ROUNDS, instances: INSTANCES, quick: QUICK },
    sizes,
    floorBudgets: floorBudgets({
      size: judged.size,
      against: judged.against,
      dashboardHtmlBytes: judged.dashboardHtml.bytes,
      dashboardCpu: judged.dashboardCpu,
      js,
    }),
    budgets: evaluateBudgets(small, large, {
      csvCommitSeconds: csv?.commitSeconds,
      platformImportSeconds: csv?.platformImport.find((r) => r.mode === "timing")?.totalSeconds,
    }),
    reliability,
    csvImport: csv,
    firstLoadJs: js,
  };
  const dir = path.join(root, "bench", "results");
  mkdirSync(dir, { recursive: true });
  const stamp = started.toISOString().replace(/[:.]/g, "-").slice(0, 19);
  writeFileSync(path.join(dir, `bench-${stamp}.json`), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(path.join(dir, "latest.json"), `${JSON.stringify(report, null, 2)}\n`);
  const section = benchSection(report, `bench/results/bench-${stamp}.json`);
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
