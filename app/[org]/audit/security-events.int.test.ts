import { and, desc, eq, sql } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { type AuditEvent, auditEvents, memberships } from "@/db/schema";
import { insertUser } from "@/lib/data/accounts";
import { form, makeTeam, TEST_PASSWORD, unique } from "@/test/fixtures";

// Security events, each caused by its real entry point: next-auth's handlers
// for sign-in, the server actions for the team and the API tokens. Only the
// session claims (who is calling) are stood in for.
const session = vi.hoisted(() => ({ claims: null as { uid: string; sv: number } | null }));
vi.mock("@/lib/auth/session", async () => (await import("@/test/session-rows")).claimsDouble(() => session.claims));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const { handlers } = await import("@/lib/auth/config");
const team = await import("../team/actions");
const tokens = await import("../measurements/api/actions");
const { acceptInvite } = await import("@/app/(auth)/invite/actions");

type Team = Awaited<ReturnType<typeof makeTeam>>;
let a: Team;
let b: Team;
const as = (userId: string | null) => {
  session.claims = userId ? { uid: userId, sv: 1 } : null;
};
const events = (orgId: string, action: string): Promise<AuditEvent[]> =>
  getDb()
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.orgId, orgId), eq(auditEvents.action, action)))
    .orderBy(desc(auditEvents.id));

/** A credentials sign-in as the browser posts it; the status and where it sends the browser. */
async function signIn(email: string, password: string, ip: string): Promise<{ status: number; location: string | null }> {
  const base = "http://localhost:3000";
  const csrf = await handlers.GET(new Request(`${base}/api/auth/csrf`) as never);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = csrf.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const response = await handlers.POST(
    new Request(`${base}/api/auth/callback/credentials`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar, "x-forwarded-for": ip },
      body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${base}/` }),
    }) as never,
  );
  return { status: response.status, location: response.headers.get("location") };
}

beforeAll(async () => {
  [a, b] = await Promise.all([makeTeam(), makeTeam()]);
});
beforeEach(() => as(null));

describe("sign-in events", () => {
  it("a sign-in is recorded in every organization of the account, with the person as actor", async () => {
    // The owner of A is also a member of B.
    await getDb().insert(memberships).values({ orgId: b.org.id, userId: a.ownerId, role: "member" });
    const before = (await events(b.org.id, "auth.login")).length;
    expect((await signIn(a.ownerEmail, TEST_PASSWORD, "198.51.100.1")).status).toBe(302);
    const [inA] = await events(a.org.id, "auth.login");
    expect(inA).toMatchObject({ actorId: a.ownerId, targetType: "user", targetId: a.ownerId, data: { method: "password" } });
    expect(await events(b.org.id, "auth.login")).toHaveLength(before + 1);
  });

  it("a failed sign-in of an existing account: no actor, the account as target, the address kept", async () => {
    await signIn(a.ownerEmail, "feil-passord-123", "198.51.100.2");
    const [failed] = await events(a.org.id, "auth.login_failed");
    expect(failed).toMatchObject({
      actorId: null,
      targetType: "user",
      targetId: a.ownerId,
      data: { method: "password", ip: "198.51.100.2" },
    });
  });

  it("an unknown e-mail is recorded nowhere and answers exactly like a wrong password", async () => {
    const ip = "198.51.100.3";
    const unknown = await signIn(`${unique("ingen")}@test.no`, "feil-passord-123", ip);
    const wrong = await signIn(a.ownerEmail, "feil-passord-123", "198.51.100.4");
    expect(unknown).toEqual(wrong);
    const anywhere = await getDb().$count(auditEvents, sql`${auditEvents.data}->>'ip' = ${ip}`);
    expect(anywhere).toBe(0);
  });
});

describe("team events", () => {
  it("invitation created, accepted and revoked; role changed; member removed", async () => {
    as(a.ownerId);
    const invited = await team.inviteMember(undefined, form({ org: a.slug, role: "manager", email: "", days: "7" }));
    expect(invited).toMatchObject({ ok: true });
    const [created] = await events(a.org.id, "invitation.created");
    expect(created).toMatchObject({ actorId: a.ownerId, targetType: "invitation", data: { role: "manager" } });

    const joiner = await insertUser(getDb(), { email: `${unique("ny")}@test.no`, name: "Ola Hansen", passwordHash: null });
    as(joiner.id);
    const token = (invited as { data: { path: string } }).data.path.split("/").pop()!;
    await acceptInvite(undefined, form({ token })).catch((e: unknown) => e);
    const [accepted] = await events(a.org.id, "invitation.accepted");
    expect(accepted).toMatchObject({ actorId: joiner.id, targetType: "invitation", targetId: created!.targetId });

    as(a.ownerId);
    const second = await team.inviteMember(undefined, form({ org: a.slug, role: "member", email: "kari@test.no", days: "7" }));
    expect(second).toMatchObject({ ok: true });
    const [pending] = await events(a.org.id, "invitation.created");
    expect(await team.revokeInvite(undefined, form({ org: a.slug, id: pending!.targetId! }))).toMatchObject({ ok: true });
    expect((await events(a.org.id, "invitation.revoked"))[0]).toMatchObject({ actorId: a.ownerId, targetId: pending!.targetId });

    expect(await team.changeMemberRole(undefined, form({ org: a.slug, userId: joiner.id, role: "owner" }))).toMatchObject({ ok: true });
    expect((await events(a.org.id, "member.role_changed"))[0]).toMatchObject({
      actorId: a.ownerId,
      targetType: "user",
      targetId: joiner.id,
      data: { from: "manager", to: "owner" },
    });

    expect(await team.removeTeamMember(undefined, form({ org: a.slug, userId: joiner.id }))).toMatchObject({ ok: true });
    expect((await events(a.org.id, "member.removed"))[0]).toMatchObject({ actorId: a.ownerId, targetType: "user", targetId: joiner.id });
  });

  it("a refused change records nothing: a manager cannot change a role", async () => {
    as(a.managerId);
    const before = (await events(a.org.id, "member.role_changed")).length;
    expect(await team.changeMemberRole(undefined, form({ org: a.slug, userId: a.memberId, role: "manager" }))).toMatchObject({
      ok: false,
      error: "errors.forbidden",
    });
    expect(await events(a.org.id, "member.role_changed")).toHaveLength(before);
  });
});

describe("API token events", () => {
  it("creation and revocation are recorded with the token's name, never the token", async () => {
    as(a.managerId);
    const created = await tokens.createApiTokenAction(undefined, form({ org: a.slug, name: "Nettbutikken" }));
    expect(created).toMatchObject({ ok: true });
    const { id, token } = (created as { data: { id: string; token: string } }).data;
    const [made] = await events(a.org.id, "api_token.created");
    expect(made).toMatchObject({ actorId: a.managerId, targetType: "api_token", targetId: id, data: { name: "Nettbutikken" } });
    expect(JSON.stringify(made)).not.toContain(token);
    expect(await tokens.revokeApiTokenAction(undefined, form({ org: a.slug, id }))).toMatchObject({ ok: true });
    expect((await events(a.org.id, "api_token.revoked"))[0]).toMatchObject({
      actorId: a.managerId,
      targetId: id,
      data: { name: "Nettbutikken" },
    });
    expect(await events(b.org.id, "api_token.created")).toHaveLength(0);
  });
});
