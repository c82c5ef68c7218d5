import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { queryCount } from "@/db/query-counter";
import { actionItems, reviewMeetings } from "@/db/schema/index";
import { addActiveGoals, makeTeam } from "@/test/fixtures";
import { dashboardData, MY_TASKS_LIMIT } from "./dashboard";

type Team = Awaited<ReturnType<typeof makeTeam>>;
const today = "2026-11-26";
const ctxOf = (t: Team) => ({ orgId: t.org.id, userId: t.ownerId, role: "owner" as const });

/** An organization with `n` active goals on different metrics, each with a few measurements. */
async function teamWithGoals(n: number): Promise<Team> {
  const team = await makeTeam();
  await addActiveGoals(team, n, today);
  return team;
}

/** `n` open action items for the team's owner, due on the days given in turn (from a meeting). */
async function addItems(team: Team, n: number, due: (string | null)[] = ["2026-11-20"]): Promise<void> {
  const [meeting] = await getDb()
    .insert(reviewMeetings)
    .values({ orgId: team.org.id, title: "Novembermøtet", scheduledFor: "2026-11-10" })
    .returning({ id: reviewMeetings.id });
  await getDb()
    .insert(actionItems)
    .values(
      Array.from({ length: n }, (_, i) => ({
        orgId: team.org.id,
        meetingId: meeting!.id,
        title: `Oppgave ${i + 1}`,
        ownerId: team.ownerId,
        dueOn: due[i % due.length]!,
      })),
    );
}

async function queriesFor(team: Team): Promise<{ queries: number; goals: number; tasks: number }> {
  const before = queryCount();
  const data = await dashboardData(ctxOf(team), today);
  return { queries: queryCount() - before, goals: data.goals.length, tasks: data.myTasks.length };
}

let one: Team;
let thirty: Team;
beforeAll(async () => {
  [one, thirty] = await Promise.all([teamWithGoals(1), teamWithGoals(30)]);
  await addItems(one, 1);
  await addItems(thirty, 30, ["2026-11-20", null, "2026-12-24"]);
});

describe("dashboardData", () => {
  it("reads 1 goal and 30 goals, 1 open action item and 30, in the same number of queries", async () => {
    const small = await queriesFor(one);
    const large = await queriesFor(thirty);
    expect(small.goals).toBe(1);
    expect(large.goals).toBe(30);
    expect(small.tasks).toBe(1);
    expect(large.tasks).toBe(MY_TASKS_LIMIT);
    expect(large.queries).toBe(small.queries);
    expect(small.queries).toBeLessThanOrEqual(6);
  });

  it("gives each goal its verdict, forecast, needed change per week and measurement age", async () => {
    const data = await dashboardData(ctxOf(one), today);
    const [goal] = data.goals;
    // 100 → 110 of 100 → 130 at half time: a third of the way, behind the path.
    expect(goal).toMatchObject({ latestValue: 110, measuredDaysAgo: 25, pace: "at_risk" });
    expect(goal!.insight?.verdict.reason.key).toBe("behind.none");
    expect(goal!.expected).toBeCloseTo(0.5, 1);
    // Measured per week: read in the week of 26 Oct, the deadline's week (22 Feb) is 17 weeks on: 20 / 17 a week.
    expect(goal!.insight?.neededPerPeriod).toBeCloseTo(20 / 17, 10);
    // Three measured weeks are too few to forecast.
    expect(goal!.insight?.forecast).toBeNull();
    expect(data.counts).toEqual({ on_track: 0, at_risk: 1, off_track: 0, achieved: 0, no_data: 0, too_early: 0 });
    expect(data.lastMeasuredOn).toBe("2026-11-01");
  });
});
