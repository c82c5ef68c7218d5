/**
 * EXPLAIN (ANALYZE, BUFFERS) of every query the measured pages run, captured
 * from the data layer itself (db/client's query hook), on a generated dataset:
 *
 *   npm run bench:explain                  (1 000 000 snapshots, dropped after)
 *   npx tsx bench/explain.ts --size 10k
 *   npx tsx bench/explain.ts --url postgres://…/maalbar_bench_1m_…   (a database kept by generate.ts --keep)
 *   … --plans                              (print every plan, not only the flagged ones)
 *
 * A query is flagged when its plan has a Seq Scan on a table of more than
 * 10 000 rows, or when it runs for more than 20 ms. Exits 1 when any is.
 */
import path from "node:path";
import postgres from "postgres";

type Captured = { page: string; query: string; params: unknown[] };
type PlanNode = {
  "Node Type": string;
  "Relation Name"?: string;
  "Index Name"?: string;
  "Actual Rows"?: number;
  "Actual Loops"?: number;
  Plans?: PlanNode[];
};

const args = process.argv.slice(2);
const arg = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const BIG_TABLE_ROWS = 10_000;
const SLOW_MS = 20;

function nodes(plan: PlanNode): PlanNode[] {
  return [plan, ...(plan.Plans ?? []).flatMap(nodes)];
}

async function main(): Promise<number> {
  const adminUrl = process.env.DATABASE_URL || "postgres://postgres@127.0.0.1:5432/postgres";
  const { generateDataset } = await import("./data/generate");
  const { BENCH_EMAIL, BENCH_SLUG } = await import("./data/plan");
  let url = arg("--url");
  let drop: (() => Promise<void>) | undefined;
  if (!url) {
    const data = await generateDataset(adminUrl, arg("--size") ?? "1m");
    url = data.url;
    drop = data.drop;
    console.log(`${data.name}: ${data.snapshots.toLocaleString("en")} snapshots`);
  }
  const captured: Captured[] = [];
  let page = "";
  const { captureQueries } = await import("@/db/query-counter");
  captureQueries((query, params) => captured.push({ page, query, params }));
  // Before the app's modules load: db/client reads it once.
  process.env.DATABASE_URL = url;
  const { closeDb } = await import("@/db/client");
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  // The captured parameters are as Drizzle's postgres-js driver sends them: JSON (and dates) already as text.
  // Without this, a JSON parameter would be encoded a second time (a JSON string, not the array it holds).
  for (const type of ["114", "3802", "1082", "1114", "1184"]) sql.options.serializers[type as unknown as number] = (x: unknown) => x;
  let flagged = 0;
  try {
    const { todayIn } = await import("@/lib/format");
    const [me] = await sql<{ org: string; user: string }[]>`
      select o.id as org, u.id as "user" from organizations o join memberships m on m.org_id = o.id join users u on u.id = m.user_id
      where o.slug = ${BENCH_SLUG} and u.email = ${BENCH_EMAIL}`;
    if (!me) throw new Error("no bench organization in this database");
    const ctx = { orgId: me.org, userId: me.user, role: "owner" as const };
    const today = todayIn("Europe/Oslo");
    const { dashboardData } = await import("@/lib/data/goals");
    const { onboardingStatus } = await import("@/lib/data/team");
    const { membershipsOfUser } = await import("@/lib/data/team");
    const { getGoal, listGoals, listRevisions } = await import("@/lib/data/goals");
    const { evaluateGoal } = await import("@/lib/data/goals");
    const { goalInsights } = await import("@/lib/data/goals");
    const { recentPoints } = await import("@/lib/data/measurements");
    const { listMembers } = await import("@/lib/data/team");
    const { goalChartData } = await import("@/lib/data/goals");
    const { benchmarkComparison } = await import("@/lib/data/benchmarks");
    const { listMeetings } = await import("@/lib/data/reviews");
    const [goal] = (await listGoals(ctx)).filter((g) => g.status === "active");

    // The pages' reads, as the pages make them (the session and membership reads are lib/auth's: one row by key each).
    captured.length = 0;
    page = "layout";
    await membershipsOfUser(ctx.userId);
    page = "dashboard";
    await dashboardData(ctx, today);
    await onboardingStatus(ctx, today);
    page = "goal";
    const g = await getGoal(ctx, goal!.id);
    const [, , all, members] = await Promise.all([
      evaluateGoal(ctx, g, { today, isNew: false }),
      listRevisions(ctx, g.id),
      listGoals(ctx),
      listMembers(ctx),
      recentPoints(ctx, g, 8),
    ]);
    await goalInsights(ctx, all, { today, memberCount: members.length });
    page = "goal chart";
    await goalChartData(ctx, g.id, "all", today);
    page = "benchmarks";
    await benchmarkComparison(ctx, today);
    page = "reviews";
    await listMeetings(ctx);
    const pageOf = [...captured];

    const sizes = new Map(
      (
        await sql<
          { name: string; rows: number }[]
        >`select relname as name, reltuples::bigint::int as rows from pg_class where relkind = 'r' and relnamespace = 'public'::regnamespace`
      ).map((r) => [r.name, r.rows]),
    );
    console.log(
      `\n${pageOf.length} queries; flagged: Seq Scan on a table over ${BIG_TABLE_ROWS.toLocaleString("en")} rows, or over ${SLOW_MS} ms\n`,
    );
    for (const [i, c] of pageOf.entries()) {
      const [row] = await sql
        .unsafe<{ "QUERY PLAN": [{ Plan: PlanNode; "Execution Time": number; "Planning Time": number }] }[]>(
          `explain (analyze, buffers, format json) ${c.query}`,
          c.params as never[],
        )
        .catch((error: unknown) => {
          throw new Error(
            `EXPLAIN of query #${i + 1} (${c.page}) failed: ${String(error)}\n${c.query}\n${JSON.stringify(c.params).slice(0, 500)}`,
          );
        });
      const { Plan: plan, "Execution Time": ms } = row!["QUERY PLAN"][0];
      const seq = nodes(plan).filter((n) => n["Node Type"] === "Seq Scan" && (sizes.get(n["Relation Name"] ?? "") ?? 0) > BIG_TABLE_ROWS);
      const bad = seq.length > 0 || ms > SLOW_MS;
      if (bad) flagged += 1;
      const used = [
        ...new Set(
          nodes(plan).flatMap((n) =>
            n["Index Name"] ? [n["Index Name"]] : n["Node Type"] === "Seq Scan" ? [`seq:${n["Relation Name"]}`] : [],
          ),
        ),
      ];
      console.log(
        `${bad ? "FLAG" : "ok  "} #${String(i + 1).padStart(2)} ${c.page.padEnd(11)} ${ms.toFixed(2).padStart(8)} ms  ${c.query.replace(/\s+/g, " ").slice(0, 90)}`,
      );
      console.log(
        `          uses ${used.join(", ") || "no table"}${seq.length ? `; SEQ SCAN on ${seq.map((n) => `${n["Relation Name"]} (${sizes.get(n["Relation Name"]!)} rows)`).join(", ")}` : ""}`,
      );
      if (bad || args.includes("--plans")) {
        const [text] = await sql
          .unsafe<{ "QUERY PLAN": string }[]>(`explain (analyze, buffers) ${c.query}`, c.params as never[])
          .then((r) => [r.map((x) => x["QUERY PLAN"]).join("\n")]);
        console.log(`${text!.replace(/^/gm, "          ")}\n`);
      }
    }
    console.log(`\n${flagged} of ${pageOf.length} queries flagged`);
    return flagged ? 1 : 0;
  } finally {
    await sql.end({ timeout: 5 });
    await closeDb();
    await drop?.();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename ?? "")) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error);
      process.exit(2);
    },
  );
}
