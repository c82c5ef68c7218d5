import { and, count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { memberships } from "@/db/schema";
import { ConflictError } from "@/lib/errors";
import { unique } from "@/test/fixtures";
import { createOrganizationWithOwner } from "./organizations";
import { changeRole, removeMember } from "./team";
import { insertUser } from "@/lib/data/accounts";

/**
 * Two owners changing each other at the same moment (each request on its own
 * connection on PostgreSQL): whatever order the database picks, the
 * organization keeps at least one owner and the refused request is told why.
 * On the old code (owners counted without a lock) most rounds ended with none.
 */
const ROUNDS = 20;

async function twoOwners() {
  const db = getDb();
  const a = await insertUser(db, { email: `${unique("eier-a")}@test.no`, name: "Eier A", passwordHash: null });
  const b = await insertUser(db, { email: `${unique("eier-b")}@test.no`, name: "Eier B", passwordHash: null });
  const org = await createOrganizationWithOwner(db, a.id, { name: unique("Eierbakeriet"), locale: "nb" });
  await db.insert(memberships).values({ orgId: org.id, userId: b.id, role: "owner" });
  const as = (userId: string) => ({ orgId: org.id, userId, role: "owner" as const });
  return { orgId: org.id, a: a.id, b: b.id, as };
}

async function owners(orgId: string): Promise<number> {
  const [row] = await getDb()
    .select({ n: count() })
    .from(memberships)
    .where(and(eq(memberships.orgId, orgId), eq(memberships.role, "owner")));
  return row!.n;
}

type Race = (t: Awaited<ReturnType<typeof twoOwners>>) => Promise<unknown>[];
const races: [string, Race][] = [
  ["demote each other", (t) => [changeRole(t.as(t.a), t.b, "member"), changeRole(t.as(t.b), t.a, "member")]],
  ["remove each other", (t) => [removeMember(t.as(t.a), t.b), removeMember(t.as(t.b), t.a)]],
  ["one demotes the other while leaving", (t) => [changeRole(t.as(t.a), t.b, "manager"), removeMember(t.as(t.a), t.a)]],
  [
    "one demotes themself while the other demotes them",
    (t) => [changeRole(t.as(t.a), t.a, "member"), changeRole(t.as(t.b), t.b, "member")],
  ],
];

describe("owner-changing writes at the same moment", () => {
  it.each(races)("%s: at least one owner always remains, the loser gets a conflict", async (_name, race) => {
    for (let round = 0; round < ROUNDS; round++) {
      const team = await twoOwners();
      const results = await Promise.allSettled(race(team));
      expect(await owners(team.orgId)).toBeGreaterThanOrEqual(1);
      // Exactly one of the two may win; the other is refused with a reason.
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
      expect(refused.reason).toBeInstanceOf(ConflictError);
      expect(["team.errors.lastOwner", "team.errors.noLongerOwner"]).toContain((refused.reason as ConflictError).messageKey);
    }
  });

  it("refuses a change by someone who is no longer an owner, like the last owner's removal", async () => {
    const team = await twoOwners();
    await changeRole(team.as(team.a), team.b, "member");
    // B's request was authorized as an owner a moment ago; it arrives after the demotion.
    await expect(changeRole(team.as(team.b), team.a, "member")).rejects.toMatchObject({ messageKey: "team.errors.noLongerOwner" });
    await expect(removeMember(team.as(team.a), team.a)).rejects.toMatchObject({ messageKey: "team.errors.lastOwner" });
    expect(await owners(team.orgId)).toBe(1);
  });
});
