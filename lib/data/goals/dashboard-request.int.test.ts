import { beforeAll, describe, expect, it, vi } from "vitest";
import { eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { queryCount } from "@/db/query-counter";
import { users } from "@/db/schema/index";
import { currentSession } from "@/lib/auth/current";
import { addActiveGoals, makeTeam } from "@/test/fixtures";
import { signInAs } from "@/test/security/session-double";
import { dashboardData } from "./dashboard";
import { onboardingStatus } from "@/lib/data/team";

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

async function requestQueries(team: Team): Promise<{ queries: number; goals: number; orgs: number }> {
  signInAs(team.ownerId);
  const before = queryCount();
  const session = await currentSession();
  const membership = session!.memberships.find((m) => m.org.id === team.org.id)!;
  const ctx = { orgId: membership.org.id, userId: session!.user.id, role: membership.role };
  const [data] = await Promise.all([dashboardData(ctx, today), onboardingStatus(ctx, today)]);
  return { queries: queryCount() - before, goals: data.goals.length, orgs: session!.memberships.length };
}

let one: Team;
let thirty: Team;
beforeAll(async () => {
  [one, thirty] = await Promise.all([makeTeam(), makeTeam()]);
  await Promise.all([addActiveGoals(one, 1, today), addActiveGoals(thirty, 30, today)]);
});

describe("a dashboard request", () => {
  it("reads at most 6 queries, the same for 1 goal and for 30", async () => {
    const small = await requestQueries(one);
    const large = await requestQueries(thirty);
    expect([small.goals, large.goals]).toEqual([1, 30]);
    expect(large.queries).toBe(small.queries);
    expect(small.queries).toBeLessThanOrEqual(6);
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
