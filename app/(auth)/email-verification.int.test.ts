import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { memberships, organizations, users } from "@/db/schema";
import { checkCredentials } from "@/lib/auth/credentials";
import { MAIL_REQUEST_LIMITS } from "@/lib/data/accounts";
import { createInvitation } from "@/lib/data/team";
import { form, makeTeam, TEST_PASSWORD, unique } from "@/test/fixtures";
import { linkIn, mailsTo } from "@/test/mail-folder";

// Mails land as .eml files here; links point at APP_URL.
const mailDir = mkdtempSync(path.join(os.tmpdir(), "maalbar-verify-"));
process.env.MAALBAR_MAIL_DIR = mailDir;
process.env.APP_URL = "https://maalbar.test";
delete process.env.SMTP_URL;
afterAll(() => rmSync(mailDir, { recursive: true, force: true }));

// Not real here: who the session cookie names, the request's address and language.
const request = vi.hoisted(() => ({ ip: "198.18.0.1", locale: "nb", uid: null as string | null }));
vi.mock("next/headers", async (original) => ({
  ...(await original()),
  headers: () => Promise.resolve(new Headers({ "x-forwarded-for": request.ip, host: "localhost:3000" })),
  cookies: () => Promise.resolve({ get: () => undefined, getAll: () => [], has: () => false, set: () => {}, delete: () => {} }),
}));
vi.mock("next-intl/server", () => ({ getLocale: () => Promise.resolve(request.locale) }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn(), refresh: vi.fn() }));
vi.mock("@/lib/auth/session", async () =>
  (await import("@/test/session-rows")).claimsDouble(() => (request.uid ? { uid: request.uid, sv: 1 } : null)),
);

const { logIn, signUp, resendVerificationEmail } = await import("./actions");
const { verifyEmail } = await import("./verify-email/actions");
const { acceptInvite } = await import("./invite/actions");

let ipCounter = 0;
beforeEach(() => {
  // Each test its own client address, so the sign-up throttle of one never touches another.
  request.ip = `198.18.0.${++ipCounter}`;
  request.locale = "nb";
  request.uid = null;
});

const signUpAs = (email: string, extra: Record<string, string> = {}) =>
  signUp(undefined, form({ name: "Kari Nordmann", email, password: TEST_PASSWORD, organization: unique("Bakeriet"), ...extra }));
const person = async (email: string) => (await getDb().select().from(users).where(eq(users.email, email)))[0];
/** Where an action's redirect() pointed; undefined when it did not redirect. */
const redirectOf = async (run: Promise<unknown>) =>
  /;(\/[^;]*);/.exec(String(((await run.catch((e: unknown) => e)) as { digest?: string }).digest ?? ""))?.[1];
const verifyFromMail = async (email: string) => {
  const url = new URL(linkIn(mailsTo(mailDir, email).at(-1)!));
  return redirectOf(verifyEmail(undefined, form(Object.fromEntries(url.searchParams))));
};

describe("sign-up with e-mail verification", () => {
  it("creates the account unverified and mails a verification link in the person's language", async () => {
    request.locale = "en";
    const email = `${unique("kari")}@bakeri.no`;
    expect(await signUpAs(email)).toEqual({ ok: true, data: { checkMail: email } });
    expect((await person(email))?.emailVerifiedAt).toBeNull();
    const mails = mailsTo(mailDir, email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe("Confirm your e-mail address for Målbar");
    expect(mails[0]!.text).toContain("works once, for 24 hours");
    expect(linkIn(mails[0]!)).toMatch(/^https:\/\/maalbar\.test\/verify-email\?token=[A-Za-z0-9_-]{43}$/);
  });

  it("the link verifies the address once; a second use is refused and changes nothing", async () => {
    const email = `${unique("ola")}@bakeri.no`;
    await signUpAs(email);
    expect(mailsTo(mailDir, email)[0]!.subject).toBe("Bekreft e-postadressen din i Målbar");
    expect(await verifyFromMail(email)).toBe("/login?verified=1");
    const verifiedAt = (await person(email))!.emailVerifiedAt;
    expect(verifiedAt).toBeInstanceOf(Date);
    const url = new URL(linkIn(mailsTo(mailDir, email).at(-1)!));
    expect(await verifyEmail(undefined, form({ token: url.searchParams.get("token")! }))).toMatchObject({
      ok: false,
      error: "verifyEmail.invalid",
    });
    expect((await person(email))!.emailVerifiedAt).toEqual(verifiedAt);
  });

  it("an unverified account cannot log in with its right password until the link is used", async () => {
    const email = `${unique("per")}@bakeri.no`;
    await signUpAs(email);
    expect(await logIn(undefined, form({ email, password: TEST_PASSWORD }))).toMatchObject({ ok: false, error: "login.errors.unverified" });
    expect(await checkCredentials(email, TEST_PASSWORD, request.ip)).toEqual({ ok: false, reason: "unverified" });
    // A wrong password is told apart from nothing: "unverified" needs the password.
    expect(await checkCredentials(email, "feil-passord-123", request.ip)).toEqual({ ok: false, reason: "invalid" });
    await verifyFromMail(email);
    expect(await checkCredentials(email, TEST_PASSWORD, request.ip)).toMatchObject({ ok: true, user: { email } });
    expect(await redirectOf(logIn(undefined, form({ email, password: TEST_PASSWORD })))).toMatch(/^\/bakeriet-/);
  });

  it("answers an already registered address exactly like a new one, and mails its owner instead", async () => {
    const email = `${unique("eier")}@bakeri.no`;
    const first = await signUpAs(email);
    // Counted by its own name: other test files make organizations in the same database at the same time.
    const fake = unique("Falsk");
    const again = await signUp(
      undefined,
      form({ name: "Angriper", email: email.toUpperCase(), password: "et-annet-passord-99", organization: fake }),
    );
    expect(again).toEqual(first);
    expect(await getDb().$count(organizations, eq(organizations.name, fake))).toBe(0);
    expect(await getDb().$count(users, eq(users.email, email))).toBe(1);
    const mails = mailsTo(mailDir, email);
    expect(mails.map((m) => m.subject)).toEqual([
      "Bekreft e-postadressen din i Målbar",
      "Noen prøvde å opprette en konto med e-postadressen din",
    ]);
    expect(mails[1]!.text).toContain("Du har allerede en konto");
    expect(linkIn(mails[1]!)).toBe("https://maalbar.test/login");
  });

  it(`throttles sign-up at ${MAIL_REQUEST_LIMITS.signUp.perIp} per hour per client address, with a reason`, async () => {
    for (let i = 0; i < MAIL_REQUEST_LIMITS.signUp.perIp; i++) {
      expect(await signUpAs(`${unique("mange")}@bakeri.no`)).toMatchObject({ ok: true });
    }
    const email = `${unique("en-for-mye")}@bakeri.no`;
    expect(await signUpAs(email)).toMatchObject({ ok: false, error: "signup.errors.mailThrottled", errorValues: { minutes: 60 } });
    expect(await person(email)).toBeUndefined();
    expect(mailsTo(mailDir, email)).toEqual([]);
    request.ip = "198.18.0.250"; // another address is not held up
    expect(await signUpAs(email)).toMatchObject({ ok: true });
  });

  it("mails one address at most three times an hour, answering the same after that", async () => {
    const email = `${unique("innboks")}@bakeri.no`;
    for (let i = 0; i < 5; i++) {
      request.ip = `198.18.${ipCounter}.${i}`;
      expect(await signUpAs(email)).toEqual({ ok: true, data: { checkMail: email } });
    }
    expect(mailsTo(mailDir, email)).toHaveLength(MAIL_REQUEST_LIMITS.signUp.perEmail);
  });

  it("sends the link again only to a waiting account, answering every address the same", async () => {
    const waiting = `${unique("venter")}@bakeri.no`;
    await signUpAs(waiting);
    const team = await makeTeam();
    const unknown = `${unique("ukjent")}@bakeri.no`;
    const answers = await Promise.all(
      [waiting, team.ownerEmail, unknown].map((email) => resendVerificationEmail(undefined, form({ email }))),
    );
    expect(answers).toEqual([waiting, team.ownerEmail, unknown].map((checkMail) => ({ ok: true, data: { checkMail } })));
    expect(mailsTo(mailDir, waiting)).toHaveLength(2);
    expect(mailsTo(mailDir, team.ownerEmail)).toEqual([]);
    expect(mailsTo(mailDir, unknown)).toEqual([]);
    // The newest link is the one that works.
    expect(await verifyFromMail(waiting)).toBe("/login?verified=1");
  });
});

describe("invitations locked to an e-mail address", () => {
  it("need a verified address: whoever signs up with it must verify first, then lands on the invitation", async () => {
    const team = await makeTeam();
    const ctx = { orgId: team.org.id, userId: team.ownerId, role: "owner" as const };
    const invited = `${unique("invitert")}@bakeri.no`;
    const { token } = await createInvitation(ctx, { role: "member", email: invited, days: 7 });
    expect(await signUpAs(invited, { invite: token, organization: "" })).toMatchObject({ ok: true });
    const joiner = (await person(invited))!;
    const memberOf = async () => getDb().$count(memberships, eq(memberships.userId, joiner.id));
    expect(await memberOf()).toBe(0);

    // Signed in somehow before verifying: the invitation still refuses.
    request.uid = joiner.id;
    expect(await acceptInvite(undefined, form({ token }))).toMatchObject({ ok: false, error: "invite.errors.verifyFirst" });
    expect(await memberOf()).toBe(0);

    expect(await verifyFromMail(invited)).toBe(`/login?verified=1&callbackUrl=${encodeURIComponent(`/invite/${token}`)}`);
    expect(await redirectOf(acceptInvite(undefined, form({ token })))).toBe(`/${team.slug}`);
    expect(await memberOf()).toBe(1);
  });

  it("refuse a sign-up with another address before anything is written or mailed", async () => {
    const team = await makeTeam();
    const { token } = await createInvitation(
      { orgId: team.org.id, userId: team.ownerId, role: "owner" },
      { role: "member", email: `${unique("riktig")}@bakeri.no`, days: 7 },
    );
    const other = `${unique("feil")}@bakeri.no`;
    expect(await signUpAs(other, { invite: token, organization: "" })).toMatchObject({ ok: false, error: "invite.errors.wrongEmail" });
    expect(await person(other)).toBeUndefined();
    expect(mailsTo(mailDir, other)).toEqual([]);
  });

  it("an open invitation is joined at sign-up, and the person logs in once verified", async () => {
    const team = await makeTeam();
    const { token } = await createInvitation({ orgId: team.org.id, userId: team.ownerId, role: "owner" }, { role: "manager", days: 7 });
    const email = `${unique("aapen")}@bakeri.no`;
    await signUpAs(email, { invite: token, organization: "" });
    const [row] = await getDb()
      .select({ orgId: memberships.orgId })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(eq(users.email, email));
    expect(row?.orgId).toBe(team.org.id);
    expect(await verifyFromMail(email)).toBe("/login?verified=1");
  });
});
