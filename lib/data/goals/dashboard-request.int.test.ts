import { beforeAll, describe, expect, it, vi } from "vitest";
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { queryCount } from "@/db/query-counter";
import { channels, goalConfidences, goalInsightCache, users } from "@/db/schema/index";
import { currentSession } from "@/lib/auth/current";
import { addActiveGoals, makeTeam } from "@/test/fixtures";
import { signInAs } from "@/test/security/session-double";
import { dashboardData } from "./dashboard";
import { onboardingStatus } from "@/lib/data/team";
import { addOneOffCost, setBudget } from "@/lib/data/money";

vi.mock("@/lib/auth/session", () => import("@/test/security/session-double"));

/**
 * The query budget of a whole dashboard request (≤ 6, whatever the number of
 * goals): what app/[org]/layout.tsx and app/[org]/page.tsx read. The session
 * (the person with every membership: the tenant and the switcher's list) is
 * one query, cached per request by lib/auth/page; then the dashboard's data
 * and the onboarding checklist. The bench counts the same through the
 * running server (`npm run bench`, column "queries/req").
 */
type Team = Awaited<ReturnType<typeof makeTeam>>;
const today = "2026-11-26";

async function requestQueries(
  team: Team,
  money = false,
): Promise<{ queries: number; goals: number; confidences: number; orgs: number; channels: number }> {
  signInAs(team.ownerId);
  const before = queryCount();
  const session = await currentSession();
  const membership = session!.memberships.find((m) => m.org.id === team.org.id)!;
  const ctx = { orgId: membership.org.id, userId: session!.user.id, role: membership.role };
  // The money card, each goal's cost per result and pitfall 8 in kroner: read with the dashboard, for people who see money (app/[org]/page.tsx).
  const [data] = await Promise.all([dashboardData(ctx, today, undefined, { money }), onboardingStatus(ctx, today)]);
  const economics = data.economics;
  return {
    queries: queryCount() - before,
    goals: data.goals.length,
    // Goals showing the newest check-in ("low" of the two).
    confidences: data.goals.filter((g) => g.confidence?.level === "low").length,
    orgs: session!.memberships.length,
    channels: economics?.channels.length ?? 0,
  };
}

let one: Team;
let thirty: Team;
beforeAll(async () => {
  [one, thirty] = await Promise.all([makeTeam(), makeTeam()]);
  const [oneGoals, thirtyGoals] = await Promise.all([addActiveGoals(one, 1, today), addActiveGoals(thirty, 30, today)]);
  // Two confidence check-ins per goal: the dashboard shows the newest beside each status, read with the goals.
  await getDb()
    .insert(goalConfidences)
    .values(
      [...oneGoals.map((g) => [one, g.id] as const), ...thirtyGoals.map((g) => [thirty, g.id] as const)].flatMap(([t, goalId]) => [
        { orgId: t.org.id, goalId, level: "high" as const, createdAt: new Date("2026-11-01T09:00:00Z") },
        { orgId: t.org.id, goalId, level: "low" as const, comment: "Usikker", createdAt: new Date("2026-11-20T09:00:00Z") },
      ]),
    );
  // Money on one channel for the small team, on five for the large one: a budget and a one-off cost each.
  const catalogue = await getDb()
    .select({ id: channels.id })
    .from(channels)
    .where(and(isNull(channels.orgId), sql`${channels.key} <> 'sales'`))
    .limit(5);
  const owner = (t: Team) => ({ orgId: t.org.id, userId: t.ownerId, role: "owner" as const });
  const spendOn = async (t: Team, channelId: string) => {
    await setBudget(owner(t), { channelId, month: today, amount: 5_000 });
    await addOneOffCost(owner(t), { channelId, date: "2026-11-10", amount: 1_200, note: "kampanje" });
  };
  await spendOn(one, catalogue[0]!.id);
  for (const c of catalogue) await spendOn(thirty, c.id);
});

describe("a dashboard request", () => {
  it("reads at most 6 queries, the same for 1 goal and for 30", async () => {
    const small = await requestQueries(one);
    const large = await requestQueries(thirty);
    expect([small.goals, large.goals]).toEqual([1, 30]);
    expect([small.confidences, large.confidences]).toEqual([1, 30]);
    expect(large.queries).toBe(small.queries);
    expect(small.queries).toBeLessThanOrEqual(6);
  });

  it("answers a second request's goals from the insight cache: one query fewer, the same for 1 goal and for 30", async () => {
    // Emptied, so the first request misses whatever ran before.
    await getDb()
      .delete(goalInsightCache)
      .where(inArray(goalInsightCache.orgId, [one.org.id, thirty.org.id]));
    const [firstSmall, firstLarge] = [await requestQueries(one), await requestQueries(thirty)];
    const small = await requestQueries(one);
    const large = await requestQueries(thirty);
    expect(large.queries).toBe(small.queries);
    // The first request stored the insights (one upsert); the second reads them with the goals' inputs in one query, no series.
    expect(small.queries).toBe(firstSmall.queries - 1);
    expect(large.queries).toBe(firstLarge.queries - 1);
    expect(firstSmall.queries).toBeLessThanOrEqual(6);
    expect(small.queries).toBeLessThanOrEqual(5);
  });

  it("with money, reads at most 3 queries more, the same for 1 goal and 1 channel with money as for 30 goals and 5 channels; 1 once the economics are cached", async () => {
    const without = await requestQueries(one);
    const small = await requestQueries(one, true);
    const large = await requestQueries(thirty, true);
    expect([small.channels, large.channels]).toEqual([1, 5]);
    expect(large.queries).toBe(small.queries);
    expect(small.queries - without.queries).toBeLessThanOrEqual(3);
    // The economics cache's hit brings the money channels with it (lib/data/money/economics-cache.ts): 6 in all.
    const [smallAgain, largeAgain] = [await requestQueries(one, true), await requestQueries(thirty, true)];
    expect([smallAgain.queries - without.queries, largeAgain.queries - without.queries]).toEqual([1, 1]);
    expect(largeAgain.queries).toBeLessThanOrEqual(6);
  });

  it("reads the session, the tenant and the switcher's list in one query", async () => {
    signInAs(one.ownerId);
    const before = queryCount();
    const session = await currentSession();
    expect(queryCount() - before).toBe(1);
    expect(session!.memberships.map((m) => [m.org.id, m.role])).toEqual([[one.org.id, "owner"]]);
  });

  it("treats a token from before a password change as signed out", async () => {
    signInAs(one.ownerId);
    await getDb()
      .update(users)
      .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, one.ownerId));
    expect(await currentSession()).toBeNull();
  });
});
