import { and, count, eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { loginAttempts, users } from "@/db/schema";
import { DEVICE_COOKIE, recognisedDevice } from "@/lib/auth/device";
import { verifyPassword } from "@/lib/auth/password";
import { authSecret } from "@/lib/env";
import { form, makeTeam, TEST_PASSWORD } from "@/test/fixtures";

// Not real here: which person the session cookie names, the request's headers,
// and the re-issued cookie (next-auth's signIn needs a live request; the
// e2e test session-revocation.spec.ts runs the real one).
const session = vi.hoisted(() => ({ claims: null as { uid: string; sv: number; sid?: string } | null }));
vi.mock("@/lib/auth/session", async () => (await import("@/test/session-rows")).claimsDouble(() => session.claims));
const jar = vi.hoisted(() => new Map<string, string>());
vi.mock("next/headers", () => ({
  headers: () => Promise.resolve(new Headers({ "x-forwarded-for": "192.0.2.44" })),
  cookies: () =>
    Promise.resolve({
      get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined),
      set: (name: string, value: string) => void jar.set(name, value),
    }),
}));
const reissued = vi.hoisted(() => [] as { email: string; password: string; deviceCookie?: string }[]);
vi.mock("@/lib/auth/reissue", () => ({
  reissueSession: (email: string, password: string, deviceCookie?: string) => {
    reissued.push({ email, password, deviceCookie });
    return Promise.resolve(true);
  },
}));

const { changePasswordAction } = await import("./actions");
const { currentUser } = await import("@/lib/auth/current");
const { openSession } = await import("@/lib/data/accounts");

const NEW_PASSWORD = "et-helt-nytt-passord";
type Team = Awaited<ReturnType<typeof makeTeam>>;
let team: Team;

async function person(id: string) {
  const [row] = await getDb().select().from(users).where(eq(users.id, id));
  return row!;
}
async function failures(email: string) {
  const [row] = await getDb()
    .select({ n: count() })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.email, email), eq(loginAttempts.succeeded, false)));
  return row?.n ?? 0;
}
const change = (values: Record<string, string>) => changePasswordAction(undefined, form({ org: team.slug, ...values }));

beforeAll(async () => {
  team = await makeTeam();
});
beforeEach(() => {
  session.claims = { uid: team.ownerId, sv: 1 };
  reissued.length = 0;
  jar.clear();
});

describe("changing one's password", () => {
  it("is refused without a session", async () => {
    session.claims = null;
    expect(await change({ currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD })).toMatchObject({
      ok: false,
      error: "errors.unauthenticated",
    });
  });

  it("checks the new password against the policy before spending a login attempt on the current one", async () => {
    const before = await failures(team.ownerEmail);
    const result = await change({ currentPassword: "feil", newPassword: "passord123" });
    expect(result).toMatchObject({ ok: false, fieldErrors: { newPassword: ["account.passwordProblem.common"] } });
    expect(await failures(team.ownerEmail)).toBe(before);
  });

  it("needs the current password, and a wrong one counts as a failed login", async () => {
    const before = { person: await person(team.ownerId), failures: await failures(team.ownerEmail) };
    const result = await change({ currentPassword: "feil-passord-123", newPassword: NEW_PASSWORD });
    expect(result).toMatchObject({ ok: false, fieldErrors: { currentPassword: ["account.errors.wrongCurrent"] } });
    expect(await person(team.ownerId)).toEqual(before.person);
    expect(await failures(team.ownerEmail)).toBe(before.failures + 1);
    expect(reissued).toEqual([]);
  });

  it("is throttled like a login after its own failures, without checking the password", async () => {
    const other = await makeTeam();
    session.claims = { uid: other.ownerId, sv: 1 };
    const changeOther = (currentPassword: string) =>
      changePasswordAction(undefined, form({ org: other.slug, currentPassword, newPassword: NEW_PASSWORD }));
    for (let i = 1; i <= 5; i++)
      expect(await changeOther(`feil-passord-${i}`)).toMatchObject({ fieldErrors: { currentPassword: ["account.errors.wrongCurrent"] } });
    const before = await person(other.ownerId);
    expect(await changeOther(TEST_PASSWORD)).toMatchObject({ ok: false, error: "account.errors.throttled", errorValues: { seconds: 1 } });
    expect(await person(other.ownerId)).toEqual(before);
  });

  it("is not held back by an attack on the login form, from this address or many others", async () => {
    const other = await makeTeam();
    session.claims = { uid: other.ownerId, sv: 1 };
    // Ten failures from this very address a moment ago, and the account's hourly ceiling reached from many others.
    const failure = (ip: string) => ({ email: other.ownerEmail, ip, succeeded: false });
    await getDb()
      .insert(loginAttempts)
      .values([
        ...Array.from({ length: 10 }, () => failure("192.0.2.44")),
        ...Array.from({ length: 100 }, (_, i) => failure(`203.0.113.${i}`)),
      ]);
    const answer = await changePasswordAction(
      undefined,
      form({ org: other.slug, currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD }),
    ).then(
      (state) => state,
      (error: unknown) => (error as { digest?: string }).digest,
    );
    expect(answer).toMatch(/^NEXT_REDIRECT;/);
    expect(await verifyPassword((await person(other.ownerId)).passwordHash!, NEW_PASSWORD)).toBe(true);
  });

  it("replaces the hash, ends every older session, re-issues this one and lands on the account page again", async () => {
    const before = await person(team.ownerId);
    const answer = await change({ currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD }).then(
      () => null,
      (error: unknown) => error,
    );
    // Next's redirect(), as an error Next turns into the answer.
    expect((answer as { digest?: string }).digest).toMatch(new RegExp(`^NEXT_REDIRECT;[a-z]+;/${team.slug}/account\\?passwordChanged=1;`));

    const after = await person(team.ownerId);
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    expect(await verifyPassword(after.passwordHash!, NEW_PASSWORD)).toBe(true);
    expect(await verifyPassword(after.passwordHash!, TEST_PASSWORD)).toBe(false);
    // Re-issued as this browser, now a recognised device of the account: no attack elsewhere can refuse it.
    expect(reissued).toEqual([{ email: team.ownerEmail, password: NEW_PASSWORD, deviceCookie: jar.get(DEVICE_COOKIE) }]);
    expect(recognisedDevice(reissued[0]!.deviceCookie, team.ownerEmail, authSecret(), Math.floor(Date.now() / 1000))).not.toBeNull();

    // Every cookie issued before names the old version: signed out on its next request.
    session.claims = { uid: team.ownerId, sv: before.sessionVersion };
    expect(await currentUser()).toBeNull();
    expect(await change({ currentPassword: NEW_PASSWORD, newPassword: "enda-et-nytt-passord" })).toMatchObject({
      ok: false,
      error: "errors.unauthenticated",
    });
    // The re-issued one (a fresh login, so a new session) carries the new version.
    session.claims = { uid: team.ownerId, sv: after.sessionVersion, sid: await openSession(team.ownerId) };
    expect(await currentUser()).toMatchObject({ id: team.ownerId });
  });

  it("tells a person who signs in only through Google or Microsoft that there is no password to change", async () => {
    session.claims = { uid: team.memberId, sv: 1 };
    expect((await person(team.memberId)).passwordHash).toBeNull();
    expect(await change({ currentPassword: "x", newPassword: NEW_PASSWORD })).toMatchObject({
      ok: false,
      error: "account.errors.noPassword",
    });
  });
});
