/**
 * The CPU one dashboard request spends in `dashboardData` (issue 20's budget:
 * ≤ 2 ms at 1 000 000 snapshots), measured in-process: the Node process's own
 * CPU time (process.cpuUsage: the queries' encoding and parsing, the trends,
 * verdicts and pitfalls), not PostgreSQL's, and the wall time beside it.
 *
 *   npx tsx bench/dashboard-cpu.ts                         (1 000 000 snapshots, dropped after)
 *   npx tsx bench/dashboard-cpu.ts --url postgres://…/maalbar_bench_1m_…   (kept by generate.ts --keep)
 *   … --calls 200 --warmup 100
 *   … --miss        (every call after the organization's insight cache is emptied: the cost of the first read after a write)
 *   … --money       (as the owner sees it: with every channel's economics)
 *   … --json        (one line of JSON at the end: what `npm run bench` reads, bench/lib/side-benches.ts)
 *   … --quiet       (first wait, up to two minutes, until the rest of the machine is below 15 % busy: after
 *                    the bench's load rounds PostgreSQL goes on vacuuming and writing, and on two cores that
 *                    work raises this process's own CPU time for the same calls; `npm run bench` passes it)
 *
 * Add `node --cpu-prof` (NODE_OPTIONS) to see where the CPU goes. The machine's
 * load is printed beside the figures; docs/PERFORMANCE.md has the results.
 */
import { loadavg } from "node:os";
import postgres from "postgres";
import { type DashboardCpu, JSON_MARK } from "./lib/dashboard-cpu-result";
import { cpuReading, othersBusyShare, waitForQuiet } from "./lib/proc";

const args = process.argv.slice(2);
const arg = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

async function main() {
  const adminUrl = process.env.DATABASE_URL || "postgres://postgres@127.0.0.1:5432/postgres";
  let url = arg("--url");
  let drop: (() => Promise<void>) | undefined;
  if (!url) {
    const { generateDataset } = await import("./data/generate");
    const data = await generateDataset(adminUrl, arg("--size") ?? "1m");
    url = data.url;
    drop = data.drop;
  }
  // Before the app's modules load: db/client reads it once.
  process.env.DATABASE_URL = url;
  const { BENCH_EMAIL, BENCH_SLUG } = await import("./data/plan");
  const { closeDb } = await import("@/db/client");
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const [me] = await sql<{ org: string; user: string }[]>`
      select o.id as org, u.id as "user" from organizations o join memberships m on m.org_id = o.id join users u on u.id = m.user_id
      where o.slug = ${BENCH_SLUG} and u.email = ${BENCH_EMAIL}`;
    if (!me) throw new Error("no bench organization in this database");
    const [count] = await sql<{ snapshots: number }[]>`select count(*)::int as snapshots from kpi_snapshots`;
    const snapshots = count?.snapshots ?? 0;
    const { todayIn } = await import("@/lib/format");
    const { dashboardData } = await import("@/lib/data/goals");
    const ctx = { orgId: me.org, userId: me.user, role: "owner" as const };
    const today = todayIn("Europe/Oslo");
    const calls = Number(arg("--calls") ?? 100);
    const miss = args.includes("--miss");
    const money = args.includes("--money");
    // Calls before the measured ones, so that the JIT has compiled the hot paths.
    const warmup = Number(arg("--warmup") ?? 100);
    const quiet = args.includes("--quiet") ? await waitForQuiet(0.15, 120) : null;
    let goals = 0;
    for (let i = 0; i < warmup; i++) goals = (await dashboardData(ctx, today, undefined, { money })).goals.length;
    const cpu: number[] = [];
    const wall: number[] = [];
    const load = loadavg()[0]!;
    const before = cpuReading();
    for (let i = 0; i < calls; i++) {
      // Every goal misses, as on the first read after a write to each goal's series (lib/data/goals/insight-cache.ts).
      if (miss) await sql`delete from goal_insight_cache where org_id = ${me.org}`;
      const c0 = process.cpuUsage();
      const w0 = performance.now();
      await dashboardData(ctx, today, undefined, { money });
      const c = process.cpuUsage(c0);
      wall.push(performance.now() - w0);
      cpu.push((c.user + c.system) / 1000);
    }
    const othersBusy = othersBusyShare(before, cpuReading());
    cpu.sort((a, b) => a - b);
    wall.sort((a, b) => a - b);
    const fmt = (n: number) => n.toFixed(2);
    const result: DashboardCpu = {
      calls,
      goals,
      snapshots,
      money,
      miss,
      cpuMedianMs: quantile(cpu, 0.5),
      cpuP90Ms: quantile(cpu, 0.9),
      wallMedianMs: quantile(wall, 0.5),
      othersBusyPct: Math.round(othersBusy * 100),
      waitedSeconds: quiet ? Math.round(quiet.seconds) : 0,
    };
    console.log(
      `dashboardData${money ? " with money" : ""}${miss ? " (insight cache emptied before each call)" : ""}, ${snapshots.toLocaleString("en")} snapshots, ${goals} goals, ${calls} calls (load ${load.toFixed(1)} → ${loadavg()[0]!.toFixed(1)}):\n` +
        `  CPU  median ${fmt(result.cpuMedianMs)} ms, p90 ${fmt(result.cpuP90Ms)} ms\n` +
        `  wall median ${fmt(result.wallMedianMs)} ms, p90 ${fmt(quantile(wall, 0.9))} ms\n` +
        `  the rest of the machine ${result.othersBusyPct} % busy meanwhile (PostgreSQL answering included)` +
        (quiet ? `; waited ${result.waitedSeconds} s for it to quieten (${Math.round(quiet.busy * 100)} % busy then)` : ""),
    );
    if (args.includes("--json")) console.log(`${JSON_MARK}${JSON.stringify(result)}`);
  } finally {
    await sql.end();
    await closeDb();
    await drop?.();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
