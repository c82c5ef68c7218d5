import { beforeAll, describe, expect, it } from "vitest";
import { getDb, queryCount } from "@/db/client";
import { goals } from "@/db/schema";
import { makeTeam } from "@/lib/testing/fixtures";
import { channelCatalog } from "./catalog";
import { dashboardData } from "./dashboard";
import { recordMeasurements } from "./measurements";

type Team = Awaited<ReturnType<typeof makeTeam>>;
const today = "2026-11-26";
const ctxOf = (t: Team) => ({ orgId: t.org.id, userId: t.ownerId, role: "owner" as const });

/** An organization with `n` active goals on different metrics, each with a few measurements. */
async function teamWithGoals(n: number): Promise<Team> {
  const team = await makeTeam();
  const ctx = ctxOf(team);
  const series = (await channelCatalog(ctx)).flatMap((c) => c.metrics.filter((m) => !m.custom).map((m) => ({ channelId: c.id, metricId: m.id, unit: m.unit, direction: m.direction })));
  const chosen = Array.from({ length: n }, (_, i) => series[i % series.length]!);
  await getDb().insert(goals).values(
    chosen.map((s, i) => ({
      orgId: team.org.id,
      title: `Mål ${i + 1}`,
      channelId: s.channelId,
      metricId: s.metricId,
      unit: s.unit,
      direction: s.direction,
      baselineValue: 100,
      targetValue: s.direction === "increase" ? 130 : 70,
      startDate: "2026-08-26",
      deadline: "2027-02-26",
      ownerId: i % 2 ? team.memberId : team.managerId,
      status: "active" as const,
    })),
  );
  const dates = ["2026-09-01", "2026-10-01", "2026-11-01"];
  await recordMeasurements(ctx, [...new Map(chosen.map((s) => [s.metricId, s])).values()].flatMap((s) => dates.map((date, j) => ({ ...s, date, value: 100 + j * 5 }))), { source: "manual", today });
  return team;
}

async function queriesFor(team: Team): Promise<{ queries: number; goals: number }> {
  const before = queryCount();
  const data = await dashboardData(ctxOf(team), today);
  return { queries: queryCount() - before, goals: data.goals.length };
}

let one: Team;
let thirty: Team;
beforeAll(async () => {
  [one, thirty] = await Promise.all([teamWithGoals(1), teamWithGoals(30)]);
});

describe("dashboardData", () => {
  it("reads 1 goal and 30 goals in the same number of queries", async () => {
    const small = await queriesFor(one);
    const large = await queriesFor(thirty);
    expect(small.goals).toBe(1);
    expect(large.goals).toBe(30);
    expect(large.queries).toBe(small.queries);
    expect(small.queries).toBeLessThanOrEqual(6);
  });

  it("gives each goal its pace, forecast, needed rate and measurement age", async () => {
    const data = await dashboardData(ctxOf(one), today);
    const [goal] = data.goals;
    // 100 → 110 of 100 → 130 at half time: behind; the trend of +5 a month ends just short of 130.
    expect(goal).toMatchObject({ latestValue: 110, measuredDaysAgo: 25, pace: "at_risk" });
    expect(goal!.expected).toBeCloseTo(0.5, 1);
    expect(goal!.neededPerMonth).toBeCloseTo(20 / 3, 0);
    expect(goal!.insight?.forecastAtDeadline).toBeGreaterThan(128);
    expect(goal!.insight?.forecastAtDeadline).toBeLessThan(130);
    expect(data.counts).toEqual({ on_track: 0, at_risk: 1, off_track: 0, no_data: 0 });
    expect(data.lastMeasuredOn).toBe("2026-11-01");
  });
});
