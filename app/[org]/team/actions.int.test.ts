import { and, eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { auditEvents, invitations, memberships, users } from "@/db/schema";
import { form, makeTeam } from "@/test/fixtures";

// The signed session cookie is the only thing not real here: which person is
// calling. Membership and role are then read from the real database.
const session = vi.hoisted(() => ({ claims: null as { uid: string; sv: number } | null }));
vi.mock("@/lib/auth/session", async () => (await import("@/test/session-rows")).claimsDouble(() => session.claims));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const { changeMemberRole, inviteMember, removeTeamMember, revokeInvite } = await import("./actions");

type Team = Awaited<ReturnType<typeof makeTeam>>;
let a: Team;
let b: Team;

const as = (userId: string | null, sv = 1) => {
  session.claims = userId ? { uid: userId, sv } : null;
};

async function snapshot(team: Team) {
  const db = getDb();
  return {
    invitations: await db.select().from(invitations).where(eq(invitations.orgId, team.org.id)),
    memberships: await db.select().from(memberships).where(eq(memberships.orgId, team.org.id)),
    audit: await db.$count(auditEvents, eq(auditEvents.orgId, team.org.id)),
  };
}

beforeAll(async () => {
  a = await makeTeam();
  b = await makeTeam();
});
beforeEach(() => as(null));

describe("team actions refuse callers without the owner role", () => {
  const calls = (t: Team) =>
    [
      ["inviteMember", () => inviteMember(undefined, form({ org: t.slug, role: "owner", days: "7" }))],
      ["changeMemberRole", () => changeMemberRole(undefined, form({ org: t.slug, userId: t.memberId, role: "owner" }))],
      ["removeTeamMember", () => removeTeamMember(undefined, form({ org: t.slug, userId: t.ownerId }))],
    ] as const;

  it.each([
    ["anonymous", () => null, "errors.unauthenticated"],
    ["a member", () => a.memberId, "errors.forbidden"],
    ["a manager", () => a.managerId, "errors.forbidden"],
    // Organization B's owner with organization A's slug and ids: the same answer as a slug that doesn't exist.
    ["another organization's owner", () => b.ownerId, "errors.notFound"],
  ])("%s is refused and nothing changes", async (_who, caller, error) => {
    for (const [, call] of calls(a)) {
      as(caller());
      const before = await snapshot(a);
      const result = await call();
      expect(result).toMatchObject({ ok: false, error });
      expect(await snapshot(a)).toEqual(before);
    }
  });

  it("answers an unknown slug exactly like another organization's", async () => {
    as(b.ownerId);
    const foreign = await inviteMember(undefined, form({ org: a.slug, role: "member", days: "7" }));
    const missing = await inviteMember(undefined, form({ org: "finnes-ikke", role: "member", days: "7" }));
    // Identical but for the echoed slug itself.
    expect(foreign).toEqual({ ok: false, error: "errors.notFound", fieldErrors: {}, values: { org: a.slug, role: "member", days: "7" } });
    expect(missing).toEqual({
      ok: false,
      error: "errors.notFound",
      fieldErrors: {},
      values: { org: "finnes-ikke", role: "member", days: "7" },
    });
  });

  it("treats a token from before a password change as signed out", async () => {
    await getDb().update(users).set({ sessionVersion: 2 }).where(eq(users.id, a.ownerId));
    as(a.ownerId, 1);
    expect(await inviteMember(undefined, form({ org: a.slug, role: "member", days: "7" }))).toMatchObject({
      ok: false,
      error: "errors.unauthenticated",
    });
    await getDb().update(users).set({ sessionVersion: 1 }).where(eq(users.id, a.ownerId));
  });
});

describe("the owner manages the team", () => {
  it("invites with a role and expiry, and can revoke the invitation", async () => {
    as(a.ownerId);
    const result = await inviteMember(undefined, form({ org: a.slug, role: "manager", email: "Ny@Test.no", days: "3" }));
    expect(result?.ok).toBe(true);
    const path = result?.ok ? result.data.path : "";
    expect(path).toMatch(/^\/invite\/[\w-]{20,}$/);
    const [row] = await getDb().select().from(invitations).where(eq(invitations.orgId, a.org.id));
    expect(row).toMatchObject({ role: "manager", email: "ny@test.no", revokedAt: null });
    // Only a hash of the token is stored.
    expect(row!.tokenHash).not.toContain(path.split("/").pop());
    const days = (row!.expiresAt.getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(2.9);
    expect(days).toBeLessThan(3.1);

    as(b.ownerId);
    expect(await revokeInvite(undefined, form({ org: b.slug, id: row!.id }))).toMatchObject({ ok: false, error: "errors.notFound" });
    as(a.ownerId);
    expect(await revokeInvite(undefined, form({ org: a.slug, id: row!.id }))).toEqual({ ok: true, data: undefined });
  });

  it("shows bad input next to the fields and writes nothing", async () => {
    as(a.ownerId);
    const before = await snapshot(a);
    const result = await inviteMember(undefined, form({ org: a.slug, role: "boss", email: "not-an-email", days: "90" }));
    expect(result).toMatchObject({
      ok: false,
      error: "errors.validation",
      fieldErrors: { role: ["validation.invalid"], email: ["validation.email"], days: ["team.invite.daysRange"] },
    });
    expect(await snapshot(a)).toEqual(before);
    expect(await revokeInvite(undefined, form({ org: a.slug, id: "not-a-uuid" }))).toMatchObject({ ok: false, error: "errors.validation" });
  });

  it("changes a role, and never removes or demotes the last owner", async () => {
    as(a.ownerId);
    expect(await changeMemberRole(undefined, form({ org: a.slug, userId: a.memberId, role: "manager" }))).toMatchObject({ ok: true });
    const [m] = await getDb()
      .select()
      .from(memberships)
      .where(and(eq(memberships.orgId, a.org.id), eq(memberships.userId, a.memberId)));
    expect(m!.role).toBe("manager");
    expect(await changeMemberRole(undefined, form({ org: a.slug, userId: a.ownerId, role: "member" }))).toMatchObject({
      ok: false,
      error: "team.errors.lastOwner",
    });
    expect(await removeTeamMember(undefined, form({ org: a.slug, userId: a.ownerId }))).toMatchObject({
      ok: false,
      error: "team.errors.lastOwner",
    });
    // A person of another organization is not a member here: not found.
    expect(await removeTeamMember(undefined, form({ org: a.slug, userId: b.memberId }))).toMatchObject({
      ok: false,
      error: "errors.notFound",
    });
  });

  it("removes a member, who is refused at once on their next call", async () => {
    as(a.ownerId);
    expect(await removeTeamMember(undefined, form({ org: a.slug, userId: a.managerId }))).toMatchObject({ ok: true });
    as(a.managerId);
    expect(await inviteMember(undefined, form({ org: a.slug, role: "member", days: "7" }))).toMatchObject({
      ok: false,
      error: "errors.notFound",
    });
  });
});
