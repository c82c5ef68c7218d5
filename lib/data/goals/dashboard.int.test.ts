import { beforeAll, describe, expect, it } from "vitest";
import { queryCount } from "@/db/query-counter";
import { addActiveGoals, makeTeam } from "@/test/fixtures";
import { dashboardData } from "./dashboard";
import { setGoalPath } from "./goal-path";

type Team = Awaited<ReturnType<typeof makeTeam>>;
const today = "2026-11-26";
const ctxOf = (t: Team) => ({ orgId: t.org.id, userId: t.ownerId, role: "owner" as const });

/**
 * An organization with `n` active goals on different metrics, each with a few
 * measurements; every third follows milestones and every third after it a
 * seasonal path, so the milestones' read is counted too.
 */
async function teamWithGoals(n: number): Promise<Team> {
  const team = await makeTeam();
  const rows = await addActiveGoals(team, n, today);
  for (const [i, g] of rows.entries()) {
    const up = g.direction === "increase";
    if (i % 3 === 0)
      await setGoalPath(ctxOf(team), g.id, 1, { kind: "milestones", milestones: [{ date: "2026-12-26", value: up ? 115 : 85 }] });
    else if (i % 3 === 1) await setGoalPath(ctxOf(team), g.id, 1, { kind: "seasonal", milestones: [] });
  }
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

  it("gives each goal its verdict, forecast, needed change per week and measurement age", async () => {
    const data = await dashboardData(ctxOf(one), today);
    const [goal] = data.goals;
    // 100 → 110 of 100 → 130 at half time, against milestones asking 115 by 26 Dec: 100 + 15 × 92 / 122 ≈ 111.3
    // expected today (0.377 of the way), and 110 (0.333) is on it.
    expect(goal).toMatchObject({ latestValue: 110, measuredDaysAgo: 25, pace: "on_track" });
    expect(goal!.insight?.verdict.reason.key).toBe("onPath.none");
    expect(goal!.expected).toBeCloseTo((15 * 92) / 122 / 30, 10);
    // Measured per week: read in the week of 26 Oct, the milestone's week (21 Dec) is 8 weeks on: 5 / 8 a week.
    expect(goal!.insight?.neededPerPeriod).toBeCloseTo(5 / 8, 10);
    // Three measured weeks are too few to forecast.
    expect(goal!.insight?.forecast).toBeNull();
    expect(data.counts).toEqual({ on_track: 1, at_risk: 0, off_track: 0, achieved: 0, no_data: 0, too_early: 0 });
    expect(data.lastMeasuredOn).toBe("2026-11-01");
  });
});
