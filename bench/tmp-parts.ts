import { loadavg } from "node:os";
process.env.DATABASE_URL = process.argv[2];
async function main() {
  const { BENCH_EMAIL, BENCH_SLUG } = await import("./data/plan");
  const { getDb, closeDb, rowsOf } = await import("@/db/client");
  const { sql } = await import("drizzle-orm");
  const r = rowsOf<{ org: string; user: string }>(await getDb().execute(sql`select o.id as org, u.id as "user" from organizations o join memberships m on m.org_id = o.id join users u on u.id = m.user_id where o.slug = ${BENCH_SLUG} and u.email = ${BENCH_EMAIL}`));
  const ctx = { orgId: r[0]!.org, userId: r[0]!.user, role: "owner" as const };
  const { todayIn } = await import("@/lib/format");
  const today = todayIn("Europe/Oslo");
  const { listGoals, dashboardData, goalInsights } = await import("@/lib/data/goals");
  const { readInsightCache } = await import("@/lib/data/goals/insight-cache");
  const goals = await listGoals(ctx);
  const time = async (label: string, f: () => Promise<unknown>) => {
    for (let i = 0; i < 20; i++) await f();
    const cpu: number[] = [];
    for (let i = 0; i < 150; i++) { const c0 = process.cpuUsage(); await f(); const c = process.cpuUsage(c0); cpu.push((c.user + c.system) / 1000); }
    cpu.sort((a, b) => a - b);
    console.log(label.padEnd(20), cpu[75]!.toFixed(2), "ms median", `load ${loadavg()[0]!.toFixed(1)}`);
  };
  const { createHash } = await import("node:crypto");
  await time("keys", async () => goals.map((g) => createHash("sha256").update(JSON.stringify(g)).digest("hex")));
  const insightsJson = await getDb().execute(sql`select insight from goal_insight_cache where org_id = ${ctx.orgId}`);
  await time("insight rows", () => getDb().execute(sql`select insight from goal_insight_cache where org_id = ${ctx.orgId}`));
  console.log(JSON.stringify(rowsOf(insightsJson)).length, "bytes of insights");
  const { sql: dsql } = await import("drizzle-orm");
  await time("counts-like", () => getDb().execute(dsql`select (select count(*)::int from memberships m where m.org_id = ${ctx.orgId}) as a, (select max(s.date)::text from kpi_snapshots s where s.org_id = ${ctx.orgId}) as b`));
  await time("select 1", () => getDb().execute(sql`select 1`));
  await time("listGoals", () => listGoals(ctx));
  await time("readInsightCache", () => readInsightCache(ctx, goals, { today, from: "2025-12-01" }));
  await time("goalInsights", () => goalInsights(ctx, goals, { today, memberCount: 3 }));
  await time("dashboardData", () => dashboardData(ctx, today));
  await closeDb();
}
main();
