import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { and, count, eq, sql } from "drizzle-orm";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { loginAttempts, oneTimeTokens } from "@/db/schema";
import { ATTACK_ALERT_FAILURES } from "@/lib/data/accounts";
import { delayAfter, MAX_FAILURES_PER_ACCOUNT } from "@/lib/data/accounts";
import { setUserLocale } from "@/lib/data/accounts";
import { form, makeTeam, TEST_PASSWORD, unique } from "@/test/fixtures";
import { mailsTo } from "@/test/mail-folder";
import { authSecret } from "@/lib/env";
import { SECURE_DEVICE_COOKIE, withDevice } from "./device";

// The attack warnings land as .eml files here; their links point at APP_URL.
const mailDir = mkdtempSync(path.join(os.tmpdir(), "maalbar-attack-"));
process.env.MAALBAR_MAIL_DIR = mailDir;
process.env.APP_URL = "https://maalbar.test";
delete process.env.SMTP_URL;
afterAll(() => rmSync(mailDir, { recursive: true, force: true }));

// The unblock page's action runs outside a request: a cookie jar of its own, over HTTPS.
const browser = vi.hoisted(() => ({ jar: new Map<string, string>(), options: [] as unknown[] }));
vi.mock("next/headers", () => ({
  headers: () => Promise.resolve(new Headers({ "x-forwarded-for": "198.51.100.20", "x-forwarded-proto": "https" })),
  cookies: () =>
    Promise.resolve({
      get: (name: string) => (browser.jar.has(name) ? { name, value: browser.jar.get(name) } : undefined),
      set: (name: string, value: string, options: unknown) => {
        browser.jar.set(name, value);
        browser.options.push(options);
      },
    }),
}));
vi.mock("@/lib/auth/session", async () => (await import("@/test/session-rows")).claimsDouble(() => null));

const { checkCredentials } = await import("./credentials");
const { trustThisBrowser } = await import("@/app/(auth)/login/unblock/actions");

beforeEach(() => {
  browser.jar.clear();
  browser.options.length = 0;
});

// Each test its own addresses and accounts: the PostgreSQL run shares one database between files.
const ip = () => `ip-${randomBytes(6).toString("hex")}`;
/** The owner's own browser: the cookie a successful sign-in there left behind. */
const ownBrowser = (email: string) => withDevice(null, email, authSecret(), Math.floor(Date.now() / 1000)).value;

async function pastFailures(n: number, values: { email: string; ip: string | (() => string); secondsAgo: number }) {
  const rows = Array.from({ length: n }, () => ({
    email: values.email,
    ip: typeof values.ip === "string" ? values.ip : values.ip(),
    succeeded: false,
    createdAt: sql`now() - make_interval(secs => ${values.secondsAgo})`,
  }));
  for (let i = 0; i < rows.length; i += 500)
    await getDb()
      .insert(loginAttempts)
      .values(rows.slice(i, i + 500));
}

async function unblockTokens(userId: string) {
  const [row] = await getDb()
    .select({ n: count() })
    .from(oneTimeTokens)
    .where(and(eq(oneTimeTokens.userId, userId), eq(oneTimeTokens.purpose, "unblockLogin")));
  return row?.n ?? 0;
}

const throttledFor = (r: Awaited<ReturnType<typeof checkCredentials>>) =>
  r.ok === false && r.reason === "throttled" ? r.retryAfterSeconds : 0;

describe("an attack from one address", () => {
  it("slows that address, while the owner gets in from their own browser and from a new one elsewhere", async () => {
    const { ownerEmail } = await makeTeam();
    const attacker = ip();
    // 14 failures from the attacker half a minute ago: the pair's delay is 2^9 s.
    await pastFailures(14, { email: ownerEmail, ip: attacker, secondsAgo: 30 });
    expect(throttledFor(await checkCredentials(ownerEmail, TEST_PASSWORD, attacker))).toBe(delayAfter(14) - 30);

    // The owner's own browser, even at the attacker's address (a shared network): judged by its own failures.
    expect(await checkCredentials(ownerEmail, TEST_PASSWORD, attacker, { deviceCookie: ownBrowser(ownerEmail) })).toMatchObject({
      ok: true,
    });
    // A new browser at another address: the account is far from its ceiling.
    expect(await checkCredentials(ownerEmail, TEST_PASSWORD, ip())).toMatchObject({ ok: true });
    // Neither gave the attacker a fresh budget.
    expect(throttledFor(await checkCredentials(ownerEmail, "gjett-15", attacker))).toBeGreaterThan(400);
  });

  it("keeps the growing delay for the recognised browser too, counted on its own", async () => {
    const { ownerEmail } = await makeTeam();
    const cookie = ownBrowser(ownerEmail);
    const home = ip();
    for (let i = 1; i <= 5; i++)
      expect(await checkCredentials(ownerEmail, `tastefeil-${i}`, home, { deviceCookie: cookie })).toEqual({
        ok: false,
        reason: "invalid",
      });
    expect(await checkCredentials(ownerEmail, TEST_PASSWORD, home, { deviceCookie: cookie })).toEqual({
      ok: false,
      reason: "throttled",
      retryAfterSeconds: 1,
    });
    // The same address without the cookie is another source, and a cookie made for another account is no cookie.
    expect(await checkCredentials(ownerEmail, TEST_PASSWORD, home)).toMatchObject({ ok: true });
    expect(
      await checkCredentials(ownerEmail, TEST_PASSWORD, home, { deviceCookie: ownBrowser(`${unique("annen")}@test.no`) }),
    ).toMatchObject({ ok: true });
  });
});

describe("guessing from many addresses", () => {
  it(`reaches the account's ceiling of ${MAX_FAILURES_PER_ACCOUNT} an hour: a new browser waits, the owner's browser does not`, async () => {
    const { ownerEmail } = await makeTeam();
    // Each address under its free failures: no pair delay anywhere, only the ceiling can stop this.
    await pastFailures(MAX_FAILURES_PER_ACCOUNT - 1, { email: ownerEmail, ip, secondsAgo: 20 * 60 });
    expect(await checkCredentials(ownerEmail, "gjett-100", ip())).toEqual({ ok: false, reason: "invalid" });

    const wait = throttledFor(await checkCredentials(ownerEmail, TEST_PASSWORD, ip()));
    expect(wait).toBeGreaterThan(39 * 60);
    expect(wait).toBeLessThanOrEqual(40 * 60);
    expect(await checkCredentials(ownerEmail, TEST_PASSWORD, ip(), { deviceCookie: ownBrowser(ownerEmail) })).toMatchObject({ ok: true });
  });

  it("the link in the owner's e-mail makes a new browser recognised, once, and only for that account", async () => {
    const { ownerEmail, ownerId } = await makeTeam();
    const other = await makeTeam();
    for (const email of [ownerEmail, other.ownerEmail]) {
      await pastFailures(MAX_FAILURES_PER_ACCOUNT - 1, { email, ip, secondsAgo: 20 * 60 });
      expect(await checkCredentials(email, "gjett-100", ip())).toEqual({ ok: false, reason: "invalid" });
    }
    await expect.poll(() => mailsTo(mailDir, ownerEmail).length).toBe(1);
    const token = /\/login\/unblock\?token=([A-Za-z0-9_-]{43})/.exec(mailsTo(mailDir, ownerEmail)[0]!.text)?.[1];
    expect(token).toBeDefined();
    expect(await unblockTokens(ownerId)).toBe(1);

    // The button on the link's page: the cookie is set and the browser lands on the login page.
    const answer = await trustThisBrowser(undefined, form({ token: token! })).then(
      (state) => state,
      (error: unknown) => (error as { digest?: string }).digest,
    );
    expect(answer).toMatch(/^NEXT_REDIRECT;[a-z]+;\/login\?trusted=1;/);
    expect([...browser.jar.keys()]).toEqual([SECURE_DEVICE_COOKIE]);
    expect(browser.options).toEqual([{ httpOnly: true, sameSite: "lax", secure: true, path: "/", maxAge: 180 * 86_400 }]);
    const cookie = browser.jar.get(SECURE_DEVICE_COOKIE)!;

    const newAddress = ip();
    expect(throttledFor(await checkCredentials(ownerEmail, TEST_PASSWORD, newAddress))).toBeGreaterThan(0);
    expect(await checkCredentials(ownerEmail, TEST_PASSWORD, newAddress, { deviceCookie: cookie })).toMatchObject({ ok: true });
    // Another account under the same attack is not let in by this browser's cookie.
    expect(throttledFor(await checkCredentials(other.ownerEmail, TEST_PASSWORD, newAddress, { deviceCookie: cookie }))).toBeGreaterThan(0);

    // The link works once; a made-up one never.
    browser.jar.clear();
    expect(await trustThisBrowser(undefined, form({ token: token! }))).toMatchObject({ ok: false, error: "unblock.errors.invalidLink" });
    expect(await trustThisBrowser(undefined, form({ token: randomBytes(32).toString("base64url") }))).toMatchObject({
      ok: false,
      error: "unblock.errors.invalidLink",
    });
    expect(browser.jar.size).toBe(0);
  });
});

describe("the owner's e-mail", () => {
  it(`is sent once per window, in the owner's language, when ${ATTACK_ALERT_FAILURES} failures have come in an hour`, async () => {
    const { ownerEmail, ownerId } = await makeTeam();
    await setUserLocale(ownerId, "en");
    await pastFailures(ATTACK_ALERT_FAILURES - 2, { email: ownerEmail, ip, secondsAgo: 20 * 60 });
    expect(await checkCredentials(ownerEmail, "gjett-19", ip())).toEqual({ ok: false, reason: "invalid" });
    expect(await unblockTokens(ownerId)).toBe(0);

    expect(await checkCredentials(ownerEmail, "gjett-20", ip())).toEqual({ ok: false, reason: "invalid" });
    await expect.poll(() => mailsTo(mailDir, ownerEmail).length).toBe(1);
    const [mail] = mailsTo(mailDir, ownerEmail);
    expect(mail!.subject).toBe("Someone is trying to log in to your Målbar account");
    expect(mail!.text).toContain("Hi Eier Test,");
    expect(mail!.text).toMatch(/\nhttps:\/\/maalbar\.test\/login\/unblock\?token=[A-Za-z0-9_-]{43}\n/);
    expect(mail!.text).toContain("The link works once, for 24 hours.");

    // The attack goes on: no second mail, no second link in the window.
    for (let i = 21; i <= 24; i++) expect(await checkCredentials(ownerEmail, `gjett-${i}`, ip())).toEqual({ ok: false, reason: "invalid" });
    expect(await unblockTokens(ownerId)).toBe(1);
    expect(mailsTo(mailDir, ownerEmail)).toHaveLength(1);
  });

  it("is in bokmål for an owner without a language, and never goes to an e-mail nobody has", async () => {
    const { ownerEmail } = await makeTeam();
    await pastFailures(ATTACK_ALERT_FAILURES - 1, { email: ownerEmail, ip, secondsAgo: 20 * 60 });
    expect(await checkCredentials(ownerEmail, "gjett-20", ip())).toEqual({ ok: false, reason: "invalid" });
    await expect.poll(() => mailsTo(mailDir, ownerEmail).length).toBe(1);
    expect(mailsTo(mailDir, ownerEmail)[0]!.subject).toBe("Noen prøver å logge inn på Målbar-kontoen din");

    const nobody = `${unique("ukjent")}@test.no`;
    await pastFailures(ATTACK_ALERT_FAILURES - 1, { email: nobody, ip, secondsAgo: 20 * 60 });
    expect(await checkCredentials(nobody, "gjett-20", ip())).toEqual({ ok: false, reason: "invalid" });
    expect(mailsTo(mailDir, nobody)).toEqual([]);
  });
});
