import { periodStartMs } from "@/lib/domain/series";
import { randomUUID } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { benchmarks, channels, goals, kpiSnapshots, metrics } from "@/db/schema";
import type { GoalChartData } from "@/lib/data/goals";
import { addMonths } from "@/lib/domain/dates";
import { todayIn } from "@/lib/format";
import { makeTeam } from "@/test/fixtures";

// The signed session cookie is the only thing not real here: which person is
// calling. Membership and role are then read from the real database.
const session = vi.hoisted(() => ({ claims: null as { uid: string; sv: number } | null }));
vi.mock("@/lib/auth/session", async () => (await import("@/test/session-rows")).claimsDouble(() => session.claims));

const { GET } = await import("./route");

type Team = Awaited<ReturnType<typeof makeTeam>>;
let a: Team;
let b: Team;
let ids: { channelId: string; metricId: string };
let goalA: string;
let goalOpen: string;
let goalB: string;

const as = (userId: string | null) => {
  session.claims = userId ? { uid: userId, sv: 1 } : null;
};
const chart = (slug: string, id: string, query = "") =>
  GET(new Request(`http://localhost/api/orgs/${slug}/goals/${id}/chart${query}`), { params: Promise.resolve({ org: slug, id }) });

// The route reads "today" in the organization's time zone; the fixtures are placed around it.
const today = todayIn("Europe/Oslo");
const monthsAgo = (n: number) => addMonths(today, -n)!;
const startsOnMonday = (date: string) => periodStartMs("week", Date.parse(date)) === Date.parse(date);

async function insertGoal(team: Team, values: Partial<typeof goals.$inferInsert>) {
  const [row] = await getDb()
    .insert(goals)
    .values({ orgId: team.org.id, title: "Flere følgere", ...ids, unit: "count", direction: "increase", ...values })
    .returning({ id: goals.id });
  return row!.id;
}

beforeAll(async () => {
  [a, b] = await Promise.all([makeTeam(), makeTeam()]);
  const db = getDb();
  const [facebook] = await db
    .select()
    .from(channels)
    .where(and(eq(channels.key, "facebook"), isNull(channels.orgId)));
  const [followers] = await db
    .select()
    .from(metrics)
    .where(and(eq(metrics.channelId, facebook!.id), eq(metrics.key, "followers"), isNull(metrics.orgId)));
  ids = { channelId: facebook!.id, metricId: followers!.id };
  // Whole months back; none on the 3, 6 or 12 month edges.
  const history: [number, number][] = [
    [72, 100],
    [36, 300],
    [10, 380],
    [7, 400],
    [4, 430],
    [2, 460],
    [1, 480],
  ];
  await db.insert(kpiSnapshots).values(history.map(([months, value]) => ({ orgId: a.org.id, ...ids, date: monthsAgo(months), value })));
  // Organization A's own Facebook benchmark: +40 % after 6 months instead of the default 15 %.
  await db.insert(benchmarks).values({
    orgId: a.org.id,
    ...ids,
    upliftPct: 40,
    typicalGoalNb: "Egen",
    typicalGoalEn: "Own",
    source: "Vårt eget tall",
  });
  goalA = await insertGoal(a, {
    baselineValue: 400,
    baselineDate: monthsAgo(7),
    startDate: monthsAgo(7),
    deadline: addMonths(today, 5)!,
    targetValue: 700,
  });
  // No start and no baseline date: "all" is the five years.
  goalOpen = await insertGoal(a, { baselineValue: 400, targetValue: 700 });
  goalB = await insertGoal(b, { baselineValue: 10, startDate: monthsAgo(1), deadline: addMonths(today, 5)!, targetValue: 20 });
});
beforeEach(() => as(null));

describe("GET /api/orgs/[org]/goals/[id]/chart", () => {
  it.each([
    ["3m", [460, 480]],
    ["6m", [430, 460, 480]],
    ["12m", [380, 400, 430, 460, 480]],
    // Since the goal's start seven months ago: weeks that start inside the range. The week of the start
    // (and its 400) is one of them only when the start falls on a Monday, as it does on some days this runs.
    ["all", startsOnMonday(monthsAgo(7)) ? [400, 430, 460, 480] : [430, 460, 480]],
  ])("returns the measurements within %s, oldest first", async (range, values) => {
    as(a.memberId);
    const response = await chart(a.slug, goalA, `?range=${range}`);
    expect(response.status).toBe(200);
    const data = (await response.json()) as GoalChartData;
    expect(data.measurements.map((p) => p.value)).toEqual(values);
    expect(data.measurements.every((p) => p.date >= data.from)).toBe(true);
    expect(data.range).toBe(range);
  });

  it("bounds 'all' at five years when the goal has no start", async () => {
    as(a.memberId);
    const data = (await (await chart(a.slug, goalOpen, "?range=all")).json()) as GoalChartData;
    expect(data.from).toBe(monthsAgo(60));
    // The measurement six years ago is left out, the one three years ago is in.
    expect(data.measurements.map((p) => p.value)).toEqual([300, 380, 400, 430, 460, 480]);
    expect(data.target).toEqual([]);
    expect(data.benchmark).toBeNull();
  });

  it("draws the target path, the organization's own benchmark and the forecast", async () => {
    as(a.memberId);
    const data = (await (await chart(a.slug, goalA)).json()) as GoalChartData;
    expect(data.unit).toBe("count");
    expect(data.range).toBe("all");
    expect(data.target).toEqual([
      { date: monthsAgo(7), value: 400 },
      { date: addMonths(today, 5), value: 700 },
    ]);
    expect(data.benchmarkUpliftPct).toBe(40);
    expect(data.source).toBe("Vårt eget tall");
    // Twelve months at +40 % per six: 400 × 1.4² = 784.
    expect(data.benchmark?.at(-1)?.date).toBe(addMonths(today, 5));
    expect(data.benchmark?.at(-1)?.value).toBeCloseTo(784, 6);
    expect(data.benchmark).toHaveLength(13);
    // Fitted on the four measured weeks since the start (7, 4, 2 and 1 months ago; not the one 10 months ago),
    // drawn from the week of the last measurement (its Monday) to the deadline, with the 80 % range around it.
    const lastWeek = new Date(periodStartMs("week", Date.parse(monthsAgo(1)))).toISOString().slice(0, 10);
    expect(data.forecast?.[0]?.date).toBe(lastWeek);
    expect(data.forecast?.[1]?.date).toBe(addMonths(today, 5));
    expect(data.forecast![1]!.value).toBeGreaterThan(480);
    expect(data.forecastAt?.basis).toBe("goal");
    expect(data.forecastBand?.low.map((p) => p.date)).toEqual([lastWeek, addMonths(today, 5)]);
    expect(data.forecastAt!.low).toBeLessThanOrEqual(data.forecastAt!.likely);
    expect(data.forecastAt!.high).toBeGreaterThanOrEqual(data.forecastAt!.likely);
  });

  it("uses the default benchmark for an organization without its own row", async () => {
    as(b.ownerId);
    const data = (await (await chart(b.slug, goalB, "?range=3m")).json()) as GoalChartData;
    expect(data.benchmarkUpliftPct).toBe(15);
    expect(data.benchmark?.at(-1)?.value).toBeCloseTo(10 * 1.15, 6);
    // Organization A's measurements of the same series never show.
    expect(data.measurements).toEqual([]);
    expect(data.forecast).toBeNull();
  });

  it("answers another organization's goal exactly like a missing one", async () => {
    as(b.ownerId);
    const foreign = await chart(b.slug, goalA, "?range=3m");
    const missing = await chart(b.slug, randomUUID(), "?range=3m");
    expect(foreign.status).toBe(404);
    expect(missing.status).toBe(404);
    expect(await foreign.json()).toEqual(await missing.json());
    expect((await chart(b.slug, "not-a-uuid")).status).toBe(404);
    // A's slug with B's owner: no membership, the same 404.
    expect((await chart(a.slug, goalA)).status).toBe(404);
  });

  it("refuses an unknown range and an anonymous caller", async () => {
    as(a.memberId);
    const bad = await chart(a.slug, goalA, "?range=24m");
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: "errors.validation", fieldErrors: { range: ["validation.invalid"] } });
    as(null);
    expect((await chart(a.slug, goalA, "?range=3m")).status).toBe(401);
  });
});
