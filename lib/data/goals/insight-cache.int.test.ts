import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { queryCount } from "@/db/query-counter";
import { goalInsightCache, goals, kpiSnapshots, seriesVersions } from "@/db/schema/index";
import { deleteOrganization } from "@/lib/data/privacy";
import { channelCatalog, updateBenchmark } from "@/lib/data/benchmarks";
import { commitFileImport, undoImport } from "@/lib/data/imports";
import { correctMeasurement, deleteMeasurement, recordMeasurements } from "@/lib/data/measurements";
import { addOneOffCost, setResultMetrics } from "@/lib/data/money";
import { addDays as addDaysOrNull } from "@/lib/domain/dates";
import { makeTeam } from "@/test/fixtures";
import { dashboardData } from "./dashboard";
import { goalInsights } from "./goal-insights";
import { setGoalPath } from "./goal-path";
import { changeGoalStatus } from "./goal-writes";
import { listGoals } from "./goals";
import { createObjective } from "./objectives";
import { readInsightCache } from "./insight-cache";

/**
 * The insight cache is right only if no input change can leave a stale
 * insight behind. A team with a year of weekly values on several series, spend
 * and leads, and goals of every kind (a total, a level, a rate, cost per
 * result and ROAS); each input is changed in turn through the app's own write
 * paths, and after each the cached goalInsights and dashboardData (the first
 * read after the change, then a second one from the cache) must equal the
 * result computed with the cache bypassed — and that result must have moved,
 * so the step could have caught a stale entry.
 */
const addDays = (date: string, days: number) => addDaysOrNull(date, days)!;
type Team = Awaited<ReturnType<typeof makeTeam>>;
let team: Team;
let other: Team;
let today = "2026-11-26";
const owner = (t: Team) => ({ orgId: t.org.id, userId: t.ownerId, role: "owner" as const });
const ids: Record<string, string> = {};
const goalIds: Record<string, string> = {};
const mondays = Array.from({ length: 48 }, (_, i) => addDays("2026-11-16", -7 * (47 - i)));
const lastMonday = "2026-11-23";

type Insights = Awaited<ReturnType<typeof goalInsights>>;

/** Cached (twice) and bypassed, for goalInsights and dashboardData; answers the bypassed goalInsights. */
async function agreed(t: Team = team): Promise<Insights> {
  const ctx = owner(t);
  const all = await listGoals(ctx);
  const opts = { today, memberCount: 3, money: true };
  const first = await goalInsights(ctx, all, opts);
  const second = await goalInsights(ctx, all, opts);
  const bypassed = await goalInsights(ctx, all, { ...opts, cache: false });
  expect(first).toEqual(bypassed);
  expect(second).toEqual(bypassed);
  const dashboard = await dashboardData(ctx, today, undefined, { money: true });
  expect(dashboard).toEqual(await dashboardData(ctx, today, undefined, { money: true, cache: false }));
  return bypassed;
}

async function goalOn(key: string, channel: string, metric: string, period: "week" | "month", baseline: number, target: number) {
  const ctx = owner(team);
  const objective = await createObjective(ctx, { title: `Mål for ${key}`, description: "" });
  const [row] = await getDb()
    .insert(goals)
    .values({
      orgId: team.org.id,
      title: `${channel} ${metric}`,
      channelId: ids[channel]!,
      metricId: ids[`${channel}.${metric}`]!,
      unit: "count",
      direction: target > baseline ? "increase" : "decrease",
      baselineValue: baseline,
      baselineDate: "2026-06-01",
      targetValue: target,
      startDate: "2026-06-01",
      deadline: "2027-06-30",
      measurePeriod: period,
      objectiveId: objective.id,
      ownerId: team.ownerId,
      status: "active",
    })
    .returning({ id: goals.id });
  goalIds[key] = row!.id;
}

const versionOf = async (key: string) =>
  (await getDb().select({ version: goals.version }).from(goals).where(eq(goals.id, goalIds[key]!)))[0]!.version;
const snapshotId = async (series: string, date: string) =>
  (
    await getDb()
      .select({ id: kpiSnapshots.id })
      .from(kpiSnapshots)
      .where(and(eq(kpiSnapshots.orgId, team.org.id), eq(kpiSnapshots.metricId, ids[series]!), eq(kpiSnapshots.date, date)))
  )[0]!.id;

beforeAll(async () => {
  [team, other] = await Promise.all([makeTeam(), makeTeam()]);
  for (const c of await channelCatalog(owner(team), undefined, { derived: true })) {
    ids[c.key] = c.id;
    for (const m of c.metrics) ids[`${c.key}.${m.key}`] = m.id;
  }
  const weekly = (series: string, covers: "day" | "week", value: (i: number) => number) =>
    mondays.map((date, i) => ({ channelId: ids[series.split(".")[0]!]!, metricId: ids[series]!, date, covers, value: value(i) }));
  await recordMeasurements(
    owner(team),
    [
      ...weekly("website.organic_visits", "week", (i) => 400 + 6 * i + (i % 4) * 9),
      ...weekly("facebook.followers", "day", (i) => 1200 + 11 * i),
      ...weekly("email.open_rate", "day", (i) => 30 + (i % 5)),
      ...weekly("facebook.spend", "week", (i) => 700 + 40 * (i % 3)),
      ...weekly("facebook.leads", "week", (i) => 6 + (i % 4)),
      ...weekly("facebook.revenue", "week", (i) => 2000 + 100 * (i % 5)),
      ...weekly("facebook.engagement", "week", (i) => 50 + (i % 7)),
    ],
    { source: "manual", today },
  );
  await goalOn("visits", "website", "organic_visits", "week", 400, 700);
  await goalOn("followers", "facebook", "followers", "month", 1200, 2000);
  await goalOn("openRate", "email", "open_rate", "month", 30, 40);
  await goalOn("costPerLead", "facebook", "cost_per_result", "week", 120, 80);
  await goalOn("roas", "facebook", "roas", "month", 2, 4);
});

describe("the insight cache", () => {
  let before: Insights;
  const moved = (after: Insights, goal: string) => {
    expect(after.byGoal.get(goalIds[goal]!)).not.toEqual(before.byGoal.get(goalIds[goal]!));
    before = after;
  };

  it("agrees with the computation before any change", async () => {
    before = await agreed();
    expect(before.byGoal.size).toBe(5);
    expect(before.byGoal.get(goalIds.costPerLead!)!.current).not.toBeNull();
  });

  // Values in the middle of the series: the goal row (with its latest value) stays the same, only the series' version moves.
  it("a value corrected, deleted and recorded again, and a new latest value", async () => {
    const id = await snapshotId("website.organic_visits", "2026-10-26");
    await correctMeasurement(owner(team), id, { value: 90, note: null }, { anyValue: true, today });
    moved(await agreed(), "visits");
    await deleteMeasurement(owner(team), id, { anyValue: true });
    moved(await agreed(), "visits");
    const at = { channelId: ids.website!, metricId: ids["website.organic_visits"]!, covers: "week" as const };
    await recordMeasurements(owner(team), [{ ...at, date: "2026-10-26", value: 1500 }], { source: "manual", today });
    moved(await agreed(), "visits");
    await recordMeasurements(owner(team), [{ ...at, date: lastMonday, value: 900 }], { source: "manual", today });
    moved(await agreed(), "visits");
  });

  it("an import and its undo", async () => {
    const sheet = [["Dag", "Følgere"], ...["05.10.2026", "12.10.2026"].map((d, i) => [d, String(300 + i)])];
    const plan = {
      channels: { facebook: ids.facebook! },
      mapping: {
        headerRow: 0,
        dateColumn: 0,
        dateFormat: "dmy" as const,
        columns: [{ column: 1, channel: "facebook", metric: "followers", combine: "last" as const }],
      },
    };
    const { importId } = await commitFileImport(owner(team), sheet, "følgere.csv", plan, today);
    moved(await agreed(), "followers");
    await undoImport(owner(team), importId);
    moved(await agreed(), "followers");
  });

  it("a goal edited, milestones set, the seasonal path chosen", async () => {
    await getDb()
      .update(goals)
      .set({ targetValue: 800, version: (await versionOf("visits")) + 1 })
      .where(eq(goals.id, goalIds.visits!));
    moved(await agreed(), "visits");
    await setGoalPath(owner(team), goalIds.followers!, await versionOf("followers"), {
      kind: "milestones",
      milestones: [{ date: "2027-01-31", value: 1900 }],
    });
    moved(await agreed(), "followers");
    await setGoalPath(owner(team), goalIds.visits!, await versionOf("visits"), { kind: "seasonal", milestones: [] });
    moved(await agreed(), "visits");
  });

  it("a team benchmark set, then changed", async () => {
    const values = { typicalGoalNb: "Mer åpning", typicalGoalEn: "More opens", source: "Egen erfaring" };
    await updateBenchmark(owner(team), ids["email.open_rate"]!, { upliftPct: 42, ...values });
    moved(await agreed(), "openRate");
    await updateBenchmark(owner(team), ids["email.open_rate"]!, { upliftPct: 5, ...values });
    moved(await agreed(), "openRate");
  });

  it("money on the goal's channel: spend, revenue, a one-off cost, the result choice", async () => {
    // The last whole week, which the weekly cost per lead is read from.
    const at = { channelId: ids.facebook!, date: "2026-11-16", covers: "week" as const };
    await recordMeasurements(owner(team), [{ ...at, metricId: ids["facebook.spend"]!, value: 2400 }], { source: "manual", today });
    moved(await agreed(), "costPerLead");
    // October, the last whole month the monthly ROAS is read from.
    const october = { ...at, date: "2026-10-26", metricId: ids["facebook.revenue"]!, value: 9000 };
    await recordMeasurements(owner(team), [october], { source: "manual", today });
    moved(await agreed(), "roas");
    await addOneOffCost(owner(team), { channelId: ids.facebook!, date: "2026-11-17", amount: 5000, note: "kampanje" });
    moved(await agreed(), "costPerLead");
    await setResultMetrics(owner(team), ids.facebook!, [ids["facebook.engagement"]!]);
    moved(await agreed(), "costPerLead");
  });

  it("the day changing", async () => {
    today = addDays(today, 1);
    moved(await agreed(), "visits");
  });

  it("a goal achieved and another archived", async () => {
    const listed = async () => (await dashboardData(owner(team), today, undefined, { cache: false })).goals.map((g) => g.id);
    await changeGoalStatus(owner(team), goalIds.openRate!, await versionOf("openRate"), "achieved", "Nådd", today);
    await changeGoalStatus(owner(team), goalIds.roas!, await versionOf("roas"), "archived", "Lagt bort", today);
    await agreed();
    expect(await listed()).not.toContain(goalIds.openRate);
    expect(await listed()).not.toContain(goalIds.roas);
  });

  it("answers a second read from the cache in one query, reading no series", async () => {
    const ctx = owner(team);
    const all = await listGoals(ctx);
    await goalInsights(ctx, all, { today, memberCount: 3 });
    const entries = await readInsightCache(ctx, all, { today, from: addDays(today, -365) });
    expect([...entries.values()].every((e) => e.insight !== null && e.points === null)).toBe(true);
    const queries = queryCount();
    await goalInsights(ctx, all, { today, memberCount: 3 });
    expect(queryCount() - queries).toBe(1);
  });

  it("never reads another organization's cache rows", async () => {
    const ctx = owner(team);
    const all = await listGoals(ctx);
    const goalId = goalIds.visits!;
    const entries = await readInsightCache(ctx, all, { today, from: addDays(today, -365) });
    const bogus = { ...entries.get(goalId)!.insight!, progress: 0.123456 };
    // Another organization's row for this goal, under the very fingerprint the goal has now; the goal's own row gone.
    await getDb()
      .delete(goalInsightCache)
      .where(and(eq(goalInsightCache.orgId, team.org.id), eq(goalInsightCache.goalId, goalId)));
    await getDb()
      .insert(goalInsightCache)
      .values({ orgId: other.org.id, goalId, fingerprint: entries.get(goalId)!.fingerprint, insight: bogus });
    const read = await readInsightCache(ctx, all, { today, from: addDays(today, -365) });
    expect(read.get(goalId)!.insight).toBeNull();
    await agreed();
    const [kept] = await getDb().select().from(goalInsightCache).where(eq(goalInsightCache.orgId, other.org.id));
    expect(kept!.insight).toEqual(bogus);
  });

  it("goes with the organization: deleting it removes its series versions and cached insights", async () => {
    const rowsOf = async (orgId: string) => [
      (await getDb().select().from(seriesVersions).where(eq(seriesVersions.orgId, orgId))).length,
      (await getDb().select().from(goalInsightCache).where(eq(goalInsightCache.orgId, orgId))).length,
    ];
    expect((await rowsOf(team.org.id)).every((n) => n > 0)).toBe(true);
    // Its measurements cascade too; their delete trigger must not write versions for an organization being deleted.
    await deleteOrganization(owner(team), team.org.name);
    expect(await rowsOf(team.org.id)).toEqual([0, 0]);
    // The other organization's planted row named one of its goals: it goes with the goal.
    expect(await rowsOf(other.org.id)).toEqual([0, 0]);
  });
});
