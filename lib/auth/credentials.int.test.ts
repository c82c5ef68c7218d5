import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { and, count, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { loginAttempts } from "@/db/schema";
import { failureStats, MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_IP } from "@/lib/data/accounts";
import { makeTeam, TEST_PASSWORD, unique } from "@/test/fixtures";

// The real argon2id check, counted: a throttled attempt must not reach it.
const verify = vi.hoisted(() => ({ calls: 0 }));
vi.mock("./password", async (importOriginal) => {
  const real = await importOriginal<typeof import("./password")>();
  return {
    ...real,
    verifyPassword: async (hash: string, password: string) => {
      verify.calls++;
      return real.verifyPassword(hash, password);
    },
  };
});

const { checkCredentials } = await import("./credentials");

// Attack warnings (lib/auth/login-alert) go to a folder of this file's own.
const mailDir = mkdtempSync(path.join(os.tmpdir(), "maalbar-credentials-"));
process.env.MAALBAR_MAIL_DIR = mailDir;
delete process.env.SMTP_URL;
afterAll(() => rmSync(mailDir, { recursive: true, force: true }));

let ownerEmail: string;
beforeAll(async () => {
  ({ ownerEmail } = await makeTeam());
});
beforeEach(() => {
  verify.calls = 0;
});

// Each test its own addresses and e-mails: the PostgreSQL run shares one database between files.
const ip = () => `ip-${randomBytes(6).toString("hex")}`;
const email = () => `${unique("ukjent")}@test.no`;

/** Failures as if they had happened `secondsAgo` ago: time is moved in SQL, nobody sleeps. */
async function pastFailures(n: number, values: { email: string | (() => string); ip: string | (() => string); secondsAgo: number }) {
  const rows = Array.from({ length: n }, () => ({
    email: typeof values.email === "string" ? values.email : values.email(),
    ip: typeof values.ip === "string" ? values.ip : values.ip(),
    succeeded: false,
    createdAt: sql`now() - make_interval(secs => ${values.secondsAgo})`,
  }));
  for (let i = 0; i < rows.length; i += 500)
    await getDb()
      .insert(loginAttempts)
      .values(rows.slice(i, i + 500));
}

/** Moves every attempt of this account `seconds` into the past. */
async function elapse(account: string, seconds: number) {
  await getDb()
    .update(loginAttempts)
    .set({ createdAt: sql`${loginAttempts.createdAt} - make_interval(secs => ${seconds})` })
    .where(eq(loginAttempts.email, account));
}

/**
 * Makes the account's last attempt at least `seconds` old, counted from now
 * (not from when it was written), so the time the checks in between took does
 * not count: every attempt of the account is moved back to now() - seconds at
 * the latest.
 */
async function lastAttemptAgo(account: string, seconds: number) {
  await getDb()
    .update(loginAttempts)
    .set({ createdAt: sql`least(${loginAttempts.createdAt}, now() - make_interval(secs => ${seconds}))` })
    .where(eq(loginAttempts.email, account));
}

async function attemptsOf(account: string) {
  const [row] = await getDb().select({ n: count() }).from(loginAttempts).where(eq(loginAttempts.email, account));
  return row?.n ?? 0;
}

describe("growing delays per account and address", () => {
  it("lets five failures through, then makes each next attempt wait 1, 2, 4, 8 seconds after the last failure", async () => {
    const account = email();
    const from = ip();
    await pastFailures(4, { email: account, ip: from, secondsAgo: 600 });
    expect(await checkCredentials(account, "feil-passord-1", from)).toEqual({ ok: false, reason: "invalid" });

    for (const wait of [1, 2, 4, 8]) {
      // Right after a failure: refused without looking at the password, the correct one included.
      const before = await attemptsOf(account);
      verify.calls = 0;
      expect(await checkCredentials(account, "feil-passord-2", from)).toEqual({ ok: false, reason: "throttled", retryAfterSeconds: wait });
      expect(await checkCredentials(account, "feil-passord-3", from)).toEqual({ ok: false, reason: "throttled", retryAfterSeconds: wait });
      expect(verify.calls).toBe(0);
      expect(await attemptsOf(account)).toBe(before);

      // Half the delay later: still waiting, for the rest of it.
      await lastAttemptAgo(account, wait / 2);
      expect(await checkCredentials(account, "feil-passord-4", from)).toMatchObject({
        reason: "throttled",
        retryAfterSeconds: Math.ceil(wait / 2),
      });

      // Once the delay has passed the password is checked again, and the failure makes the next delay twice as long.
      await lastAttemptAgo(account, wait + 0.05);
      expect(await checkCredentials(account, "feil-passord-5", from)).toEqual({ ok: false, reason: "invalid" });
      expect(verify.calls).toBe(1);
    }
  });

  it("forgets failures older than 15 minutes for the delay", async () => {
    const account = email();
    const from = ip();
    await pastFailures(12, { email: account, ip: from, secondsAgo: 16 * 60 });
    expect(await checkCredentials(account, "feil-passord", from)).toEqual({ ok: false, reason: "invalid" });
  });

  it("holds only the address that failed: the same account from another address is checked", async () => {
    const { ownerEmail: account } = await makeTeam();
    const attacker = ip();
    await pastFailures(6, { email: account, ip: attacker, secondsAgo: 0 });
    expect(await checkCredentials(account, TEST_PASSWORD, attacker)).toEqual({ ok: false, reason: "throttled", retryAfterSeconds: 2 });
    expect(verify.calls).toBe(0);
    expect(await checkCredentials(account, TEST_PASSWORD, ip())).toMatchObject({ ok: true, user: { email: account } });
  });
});

describe("hard caps per hour", () => {
  it(`allow at most ${MAX_FAILURES_PER_ACCOUNT} failures per account from unrecognised browsers, from any number of addresses, even with the right password`, async () => {
    const { ownerEmail: account } = await makeTeam();
    // 99 failures 20 minutes ago: past the growing delay's window, inside the hour.
    await pastFailures(MAX_FAILURES_PER_ACCOUNT - 1, { email: account, ip: ip, secondsAgo: 20 * 60 });
    expect(await checkCredentials(account, "feil-passord", ip())).toEqual({ ok: false, reason: "invalid" });

    verify.calls = 0;
    const refused = await checkCredentials(account, TEST_PASSWORD, ip());
    expect(refused).toMatchObject({ ok: false, reason: "throttled" });
    // Until the oldest of the hundred leaves the hour: 40 minutes.
    const wait = refused.ok === false && refused.reason === "throttled" ? refused.retryAfterSeconds : 0;
    expect(wait).toBeGreaterThan(39 * 60);
    expect(wait).toBeLessThanOrEqual(40 * 60);
    expect(verify.calls).toBe(0);
    expect(await attemptsOf(account)).toBe(MAX_FAILURES_PER_ACCOUNT);

    // An hour after the oldest, the right password works again.
    await elapse(account, 40 * 60 + 1);
    expect(await checkCredentials(account, TEST_PASSWORD, ip())).toMatchObject({ ok: true });
  });

  it(`allow at most ${MAX_FAILURES_PER_IP} failures per address, whatever the accounts`, async () => {
    const attacker = ip();
    await pastFailures(MAX_FAILURES_PER_IP, { email, ip: attacker, secondsAgo: 30 * 60 });
    const target = email();
    const refused = await checkCredentials(target, "feil-passord", attacker);
    expect(refused).toMatchObject({ ok: false, reason: "throttled" });
    expect(refused.ok === false && refused.reason === "throttled" && refused.retryAfterSeconds).toBeGreaterThan(29 * 60);
    // The same account from another address is not held back by that address's cap.
    expect(await checkCredentials(target, "feil-passord", ip())).toEqual({ ok: false, reason: "invalid" });
    expect(await checkCredentials(ownerEmail, TEST_PASSWORD, ip())).toMatchObject({ ok: true });
  });
});

describe("a successful login", () => {
  it("does not reset the account's count for an attacker at another address", async () => {
    const { ownerEmail: account } = await makeTeam();
    const attacker = ip();
    // Six failures from the attacker, the last a minute ago: the 2-second delay has passed.
    await pastFailures(6, { email: account, ip: attacker, secondsAgo: 60 });
    const before = await failureStats(account, { ip: attacker, device: null });

    // The owner signs in from home.
    expect(await checkCredentials(account, TEST_PASSWORD, ip())).toMatchObject({ ok: true, user: { email: account } });
    expect(await failureStats(account, { ip: attacker, device: null })).toMatchObject({ recent: before.recent });

    // The attacker's seventh guess is checked and fails; the eighth has to wait 4 seconds, as if the owner had never signed in.
    expect(await checkCredentials(account, "gjett-nummer-7", attacker)).toEqual({ ok: false, reason: "invalid" });
    expect(await checkCredentials(account, "gjett-nummer-8", attacker)).toEqual({ ok: false, reason: "throttled", retryAfterSeconds: 4 });
    const rows = await getDb()
      .select({ n: count() })
      .from(loginAttempts)
      .where(and(eq(loginAttempts.email, account), eq(loginAttempts.succeeded, true)));
    expect(rows[0]?.n).toBe(1);
  });
});

describe("parallel attempts", () => {
  it("are counted one after another: ten at once past the free failures get one password check", async () => {
    const account = email();
    const from = ip();
    await pastFailures(4, { email: account, ip: from, secondsAgo: 120 });
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => checkCredentials(account, `parallell-${i}`, from)));
    expect(results.filter((r) => r.ok === false && r.reason === "invalid")).toHaveLength(1);
    expect(results.filter((r) => r.ok === false && r.reason === "throttled")).toHaveLength(9);
    expect(verify.calls).toBe(1);
  });
});

describe("an unknown e-mail and a wrong password", () => {
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

  it("get the same answer after the same work: one argon2id check each", async () => {
    const unknown = await checkCredentials(email(), "feil-passord", ip());
    expect(verify.calls).toBe(1);
    const wrong = await checkCredentials(ownerEmail, "feil-passord", ip());
    expect(verify.calls).toBe(2);
    expect(unknown).toEqual(wrong);
    expect(wrong).toEqual({ ok: false, reason: "invalid" });
  });

  it("take time of the same class (both dominated by the password check)", async () => {
    const times = { unknown: [] as number[], wrong: [] as number[] };
    for (let i = 0; i < 7; i++) {
      let t = performance.now();
      await checkCredentials(email(), "feil-passord", ip());
      times.unknown.push(performance.now() - t);
      t = performance.now();
      await checkCredentials(ownerEmail, "feil-passord", ip());
      times.wrong.push(performance.now() - t);
    }
    const ratio = median(times.unknown) / median(times.wrong);
    expect(ratio).toBeGreaterThan(1 / 3);
    expect(ratio).toBeLessThan(3);
  });

  it("get the same throttled answer too", async () => {
    const [known, unknownAccount] = [(await makeTeam()).ownerEmail, email()];
    const from = ip();
    for (const account of [known, unknownAccount]) await pastFailures(5, { email: account, ip: from, secondsAgo: 0 });
    const a = await checkCredentials(unknownAccount, "feil-passord", from);
    const b = await checkCredentials(known, "feil-passord", from);
    expect(a).toEqual(b);
    expect(a).toEqual({ ok: false, reason: "throttled", retryAfterSeconds: 1 });
  });
});
