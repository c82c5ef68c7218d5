import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { auditEvents, oneTimeTokens, users } from "@/db/schema";
import { checkCredentials } from "@/lib/auth/credentials";
import { insertUser, isLiveSession, MAIL_REQUEST_LIMITS, openSession, requestPasswordReset, RESET_LINK_MINUTES } from "@/lib/data/accounts";
import { form, makeTeam, TEST_PASSWORD, unique } from "@/test/fixtures";
import { linkIn, mailsTo } from "@/test/mail-folder";

// Mails land as .eml files here; links point at APP_URL.
const mailDir = mkdtempSync(path.join(os.tmpdir(), "maalbar-reset-"));
process.env.MAALBAR_MAIL_DIR = mailDir;
process.env.APP_URL = "https://maalbar.test";
delete process.env.SMTP_URL;
afterAll(() => rmSync(mailDir, { recursive: true, force: true }));

// Not real here: the request's address and language.
const request = vi.hoisted(() => ({ ip: "198.19.0.1", locale: "nb" }));
vi.mock("next/headers", async (original) => ({
  ...(await original()),
  headers: () => Promise.resolve(new Headers({ "x-forwarded-for": request.ip, host: "localhost:3000" })),
  cookies: () => Promise.resolve({ get: () => undefined, getAll: () => [], has: () => false, set: () => {}, delete: () => {} }),
}));
vi.mock("next-intl/server", () => ({ getLocale: () => Promise.resolve(request.locale) }));

const { requestPasswordResetLink } = await import("./forgot-password/actions");
const { setNewPassword } = await import("./reset-password/actions");

let ipCounter = 0;
beforeEach(() => {
  // Each test its own client address, so the throttle of one never touches another.
  request.ip = `198.19.0.${++ipCounter}`;
  request.locale = "nb";
});

const NEW_PASSWORD = "kanelboller-hver-fredag";
const ask = (email: string) => requestPasswordResetLink(undefined, form({ email }));
/** The token of the newest reset mail to `email`, once it has arrived (it is sent after the answer). */
async function tokenFromMail(email: string, count = 1): Promise<string> {
  await expect.poll(() => mailsTo(mailDir, email).length).toBe(count);
  return new URL(linkIn(mailsTo(mailDir, email).at(-1)!)).searchParams.get("token")!;
}
const setPassword = (token: string, password = NEW_PASSWORD, passwordConfirm = password) =>
  setNewPassword(undefined, form({ token, password, passwordConfirm }));
/** Where an action's redirect() pointed; undefined when it did not redirect. */
const redirectOf = async (run: Promise<unknown>) =>
  /;(\/[^;]*);/.exec(String(((await run.catch((e: unknown) => e)) as { digest?: string }).digest ?? ""))?.[1];
const loginWorks = async (email: string, password: string) => (await checkCredentials(email, password, request.ip)).ok;
const auditOf = (orgId: string, action: string) =>
  getDb()
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.orgId, orgId), eq(auditEvents.action, action)));

describe("forgotten password", () => {
  it("answers an unknown and a known address the same; only the account gets a link, in its language", async () => {
    const team = await makeTeam();
    const unknown = `${unique("ingen")}@test.no`;
    const knownAnswer = await ask(team.ownerEmail);
    const unknownAnswer = await ask(unknown);
    expect(knownAnswer).toEqual({ ok: true, data: { checkMail: team.ownerEmail } });
    expect(unknownAnswer).toEqual({ ok: true, data: { checkMail: unknown } });

    const token = await tokenFromMail(team.ownerEmail);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const mail = mailsTo(mailDir, team.ownerEmail)[0]!;
    expect(mail.subject).toBe("Lag et nytt passord i Målbar");
    expect(mail.text).toContain(`Lenken virker én gang og i ${RESET_LINK_MINUTES} minutter.`);
    expect(linkIn(mail)).toBe(`https://maalbar.test/reset-password?token=${token}`);
    expect(mailsTo(mailDir, unknown)).toEqual([]);

    // The owners see that a link was asked for, and from where; nobody is named as having done it.
    const [requested] = await auditOf(team.org.id, "auth.password_reset_requested");
    expect(requested).toMatchObject({ actorId: null, targetId: team.ownerId, data: { ip: request.ip } });
  });

  it("writes the mail in the person's own language, else the language of the page", async () => {
    const team = await makeTeam();
    await getDb().update(users).set({ locale: "en" }).where(eq(users.id, team.ownerId));
    await ask(team.ownerEmail);
    await tokenFromMail(team.ownerEmail);
    expect(mailsTo(mailDir, team.ownerEmail)[0]!.subject).toBe("Set a new password for Målbar");

    const noChoice = await insertUser(getDb(), {
      email: `${unique("valg")}@test.no`,
      name: "Uten Valg",
      passwordHash: null,
      emailVerified: true,
    });
    request.locale = "en";
    await ask(noChoice.email);
    await tokenFromMail(noChoice.email);
    expect(mailsTo(mailDir, noChoice.email)[0]!.text).toContain(`The link works once and for ${RESET_LINK_MINUTES} minutes.`);
  });

  it("sets the new password once: every session of the person ends, the link is used up, the audit log says so", async () => {
    const team = await makeTeam();
    const laptop = await openSession(team.ownerId);
    const phone = await openSession(team.ownerId);
    const claims = (sid: string) => ({ sid, uid: team.ownerId, sv: 1 });
    expect(await isLiveSession(claims(laptop))).toBe(true);
    await ask(team.ownerEmail);
    const token = await tokenFromMail(team.ownerEmail);

    expect(await redirectOf(setPassword(token))).toBe("/login?reset=1");
    expect(await isLiveSession(claims(laptop))).toBe(false);
    expect(await isLiveSession(claims(phone))).toBe(false);
    expect(await loginWorks(team.ownerEmail, NEW_PASSWORD)).toBe(true);
    expect(await loginWorks(team.ownerEmail, TEST_PASSWORD)).toBe(false);
    const [reset] = await auditOf(team.org.id, "auth.password_reset");
    expect(reset).toMatchObject({ actorId: team.ownerId, targetId: team.ownerId });
    // Told by mail afterwards, with a way to act if it wasn't them.
    await expect.poll(() => mailsTo(mailDir, team.ownerEmail).length).toBe(2);
    expect(mailsTo(mailDir, team.ownerEmail)[1]!.subject).toBe("Passordet ditt i Målbar er endret");

    // The same link a second time: refused, nothing changes.
    expect(await setPassword(token, "en-helt-annen-setning")).toMatchObject({ ok: false, error: "passwordReset.errors.invalidLink" });
    expect(await loginWorks(team.ownerEmail, NEW_PASSWORD)).toBe(true);
  });

  it("refuses an expired, replaced or tampered link, and a password the policy or the confirmation refuses, changing nothing", async () => {
    const team = await makeTeam();
    await ask(team.ownerEmail);
    const first = await tokenFromMail(team.ownerEmail);
    const tampered = (first[0] === "A" ? "B" : "A") + first.slice(1);
    expect(await setPassword(tampered)).toMatchObject({ ok: false, error: "passwordReset.errors.invalidLink" });

    // The policy and the confirmation are checked before the link is used up.
    expect(await setPassword(first, "kort")).toMatchObject({ ok: false, fieldErrors: { password: ["signup.passwordProblem.tooShort"] } });
    expect(await setPassword(first, team.ownerEmail)).toMatchObject({ fieldErrors: { password: ["signup.passwordProblem.sameAsEmail"] } });
    expect(await setPassword(first, NEW_PASSWORD, "kanelboller-hver-lørdag")).toMatchObject({
      ok: false,
      fieldErrors: { passwordConfirm: ["passwordReset.errors.mismatch"] },
    });

    // A newer mail replaces the older link.
    request.ip = `198.19.1.${ipCounter}`;
    await ask(team.ownerEmail);
    const second = await tokenFromMail(team.ownerEmail, 2);
    expect(await setPassword(first)).toMatchObject({ ok: false, error: "passwordReset.errors.invalidLink" });

    // Past its lifetime the newest one is refused too.
    await getDb()
      .update(oneTimeTokens)
      .set({ expiresAt: sql`now() - interval '1 second'` })
      .where(and(eq(oneTimeTokens.userId, team.ownerId), eq(oneTimeTokens.purpose, "resetPassword")));
    expect(await setPassword(second)).toMatchObject({ ok: false, error: "passwordReset.errors.invalidLink" });
    expect(await loginWorks(team.ownerEmail, TEST_PASSWORD)).toBe(true);
    expect(await auditOf(team.org.id, "auth.password_reset")).toEqual([]);
  });

  it("confirms the address of an account that never verified it: the link reached its mailbox", async () => {
    const email = `${unique("uverifisert")}@test.no`;
    await insertUser(getDb(), { email, name: "Ikke Bekreftet", passwordHash: null, emailVerified: false });
    await ask(email);
    expect(await redirectOf(setPassword(await tokenFromMail(email)))).toBe("/login?reset=1");
    const [row] = await getDb().select().from(users).where(eq(users.email, email));
    expect(row!.emailVerifiedAt).toBeInstanceOf(Date);
    expect(await loginWorks(email, NEW_PASSWORD)).toBe(true);
  });

  it(`throttles at ${MAIL_REQUEST_LIMITS.resetPassword.perIp} requests per hour per client address, with a reason`, async () => {
    const limit = MAIL_REQUEST_LIMITS.resetPassword.perIp;
    for (let i = 0; i < limit; i++) expect(await ask(`${unique("mange")}@test.no`)).toMatchObject({ ok: true });
    expect(await ask(`${unique("en-til")}@test.no`)).toMatchObject({
      ok: false,
      error: "login.errors.mailThrottled",
      errorValues: { minutes: 60 },
    });
  });

  it(`mails one address at most ${MAIL_REQUEST_LIMITS.resetPassword.perEmail} times an hour, answering the same after that`, async () => {
    const team = await makeTeam();
    const perEmail = MAIL_REQUEST_LIMITS.resetPassword.perEmail;
    for (let i = 0; i <= perEmail; i++) {
      const { outcome, sent } = await requestPasswordReset(team.ownerEmail, `198.19.2.${ipCounter * 10 + i}`, "nb");
      expect(outcome).toEqual({ status: "checkMail" });
      await sent;
    }
    expect(mailsTo(mailDir, team.ownerEmail)).toHaveLength(perEmail);
  });
});
