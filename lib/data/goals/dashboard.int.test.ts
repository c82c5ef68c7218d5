import { and, isNull, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { queryCount } from "@/db/query-counter";
import { actionItems, channels, reviewMeetings } from "@/db/schema/index";
import { addOneOffCost, setBudget } from "@/lib/data/money";
import { addActiveGoals, makeTeam } from "@/test/fixtures";
import { dashboardData, MY_TASKS_LIMIT } from "./dashboard";
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
    const base = g.unit === "percent" ? 50 : 100;
    if (i % 3 === 0)
      await setGoalPath(ctxOf(team), g.id, 1, {
        kind: "milestones",
        milestones: [{ date: "2026-12-26", value: base * (up ? 1.15 : 0.85) }],
      });
    else if (i % 3 === 1) await setGoalPath(ctxOf(team), g.id, 1, { kind: "seasonal", milestones: [] });
  }
  return team;
}

async function queriesFor(team: Team, money = false): Promise<{ queries: number; goals: number; channels: number; tasks: number }> {
  const before = queryCount();
  const data = await dashboardData(ctxOf(team), today, undefined, { money });
  return {
    queries: queryCount() - before,
    goals: data.goals.length,
    channels: data.economics?.channels.length ?? 0,
    tasks: data.myTasks.length,
  };
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

/** An organization's own channel that cost 1 200 kr in October (last month) and has nothing it counts as results. */
async function channelWithoutResults(team: Team, name: string): Promise<string> {
  const [own] = await getDb()
    .insert(channels)
    .values({ orgId: team.org.id, key: `own_${name.toLowerCase()}_${team.org.id.slice(0, 8)}`, nameNb: name, nameEn: name })
    .returning();
  await setBudget(ctxOf(team), { channelId: own!.id, month: "2026-10-01", amount: 2_000 });
  await addOneOffCost(ctxOf(team), { channelId: own!.id, date: "2026-10-12", amount: 1_200, note: "Plakater" });
  return own!.key;
}

let one: Team;
let thirty: Team;
let posters: string;
beforeAll(async () => {
  [one, thirty] = await Promise.all([teamWithGoals(1), teamWithGoals(30)]);
  // Money on one channel for the small team; on six for the large one (five of the catalogue's, a budget and a cost each).
  posters = await channelWithoutResults(one, "Plakater");
  await channelWithoutResults(thirty, "Plakater");
  const catalogue = await getDb()
    .select({ id: channels.id })
    .from(channels)
    .where(and(isNull(channels.orgId), sql`${channels.key} <> 'sales'`))
    .limit(5);
  for (const c of catalogue) {
    await setBudget(ctxOf(thirty), { channelId: c.id, month: today, amount: 5_000 });
    await addOneOffCost(ctxOf(thirty), { channelId: c.id, date: "2026-10-10", amount: 900, note: "kampanje" });
  }
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

  it("with money, reads 1 goal and 1 channel with spend in as many queries as 30 goals and 6 channels, at most 4 more", async () => {
    const without = await queriesFor(one);
    const small = await queriesFor(one, true);
    const large = await queriesFor(thirty, true);
    expect([small.goals, small.channels, large.goals, large.channels]).toEqual([1, 1, 30, 6]);
    expect(large.queries).toBe(small.queries);
    expect(small.queries - without.queries).toBeLessThanOrEqual(4);
  });

  it("names a channel that cost money last month without results (pitfall 8), for people who see money only", async () => {
    const seen = await dashboardData(ctxOf(one), today, undefined, { money: true });
    const money = seen.pitfalls.filter((p) => p.id === "moneyWithoutResults");
    expect(money.map((p) => [p.number, p.values?.channelKey, p.values?.reason])).toEqual([[8, posters, "noResults"]]);
    expect(seen.economics?.channels.map((c) => c.key)).toEqual([posters]);
    const hidden = await dashboardData(ctxOf(one), today);
    expect(hidden.pitfalls.filter((p) => p.id === "moneyWithoutResults")).toEqual([]);
    expect(hidden.economics).toBeNull();
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
