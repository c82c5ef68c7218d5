import { eq, sql } from "drizzle-orm";
import { getDb, type Queryable, rowsOf } from "@/db/client";
import { loginAttempts } from "@/db/schema";

/**
 * Login throttling (OWASP ASVS 5.0 V6.3.1), counted in PostgreSQL so it holds
 * across instances. Only failures count, and a success resets nothing: the
 * counters are time windows, so an owner signing in never hands an attacker
 * elsewhere a fresh budget.
 *
 * Lockout is a denial-of-service tool (OWASP Authentication Cheat Sheet), so
 * the hard delay is keyed on who is trying, not on the account alone:
 * - Growing delay per source: from the 5th failure within 15 minutes, the
 *   next attempt waits 2^(n-5) seconds after the source's last failure
 *   (capped at 15 minutes; about 48 guesses an hour at most). A source is
 *   the account plus the client's address, or the account plus a recognised
 *   device (a valid device cookie, lib/auth/device), whose failures are its own.
 * - Ceiling per account against guessing from many addresses: 100 failures an
 *   hour from unrecognised browsers. One address alone cannot reach it (the
 *   delay holds it near 48), so a single attacker never locks the owner out
 *   of a new browser; a recognised device is never held by it.
 * - Cap per address: 300 failures an hour across accounts (password spraying);
 *   a recognised device is not held by it either.
 */
export const FREE_FAILURES = 5;
export const MAX_DELAY_SECONDS = 15 * 60;
export const MAX_FAILURES_PER_ACCOUNT = 100;
export const MAX_FAILURES_PER_IP = 300;

// Advisory lock classes (the first key of pg_advisory_xact_lock(int, int)).
// Always taken in this order: account first, then address.
export const ACCOUNT_LOCK = 0x4c4f4741; // "LOGA"
const IP_LOCK = 0x4c4f4749; // "LOGI"

/** Where an attempt comes from: the client's address, and the recognised device id when its cookie is valid. */
export type LoginSource = { ip: string; device: string | null };

export type FailureStats = {
  /** Failures of this account from this source in the last 15 minutes. */
  recent: number;
  /** Seconds since this source's last failure on this account in the last hour; null without one. */
  sinceLast: number | null;
  /** Seconds until the account's hourly ceiling frees a slot; null when under it (or a recognised device). */
  accountCapWait: number | null;
  /** Seconds until the address's hourly cap frees a slot; null when under it (or a recognised device). */
  ipCapWait: number | null;
};

/** The delay a source has earned after `recent` failures in 15 minutes. */
export function delayAfter(recent: number): number {
  if (recent < FREE_FAILURES) return 0;
  return Math.min(2 ** (recent - FREE_FAILURES), MAX_DELAY_SECONDS);
}

/** Whole seconds to wait before the next attempt may be checked; 0 = go ahead. */
export function retryAfterSeconds(stats: FailureStats): number {
  const delayLeft = stats.sinceLast === null ? 0 : delayAfter(stats.recent) - stats.sinceLast;
  const wait = Math.max(delayLeft, stats.accountCapWait ?? 0, stats.ipCapWait ?? 0);
  return wait > 0 ? Math.ceil(wait) : 0;
}

type StatsRow = { recent: number; since_last: number | null; account_cap_wait: number | null; ip_cap_wait: number | null };

/** One round trip; every time is the database's now(), so instances' clocks don't matter. */
export async function failureStats(email: string, source: LoginSource, db: Queryable = getDb()): Promise<FailureStats> {
  const { ip, device } = source;
  const own = device === null ? sql`ip = ${ip} and device is null` : sql`device = ${device}`;
  // A recognised device is judged by its own failures alone: the ceilings are for unrecognised browsers.
  const capped = sql.raw(device === null ? "true" : "false");
  const result = await db.execute(sql`
    with mine as (
      select created_at from login_attempts
      where email = ${email} and ${own} and not succeeded and created_at > now() - interval '1 hour'
    ), account as (
      select created_at from login_attempts
      where ${capped} and email = ${email} and device is null and not succeeded and created_at > now() - interval '1 hour'
    ), address as (
      select created_at from login_attempts
      where ${capped} and ip = ${ip} and device is null and not succeeded and created_at > now() - interval '1 hour'
    )
    select
      (select count(*) from mine where created_at > now() - interval '15 minutes')::int as recent,
      extract(epoch from now() - (select max(created_at) from mine))::float8 as since_last,
      extract(epoch from (select created_at from account order by created_at desc offset ${sql.raw(String(MAX_FAILURES_PER_ACCOUNT - 1))} limit 1)
        + interval '1 hour' - now())::float8 as account_cap_wait,
      extract(epoch from (select created_at from address order by created_at desc offset ${sql.raw(String(MAX_FAILURES_PER_IP - 1))} limit 1)
        + interval '1 hour' - now())::float8 as ip_cap_wait`);
  const rows = rowsOf<StatsRow>(result);
  const row = rows[0]!;
  const num = (v: number | string | null) => (v === null ? null : Number(v));
  return {
    recent: Number(row.recent),
    sinceLast: num(row.since_last),
    accountCapWait: num(row.account_cap_wait),
    ipCapWait: num(row.ip_cap_wait),
  };
}

export type LoginGate = { allowed: true; attemptId: number } | { allowed: false; retryAfterSeconds: number };

/**
 * Decides whether a login attempt from `source` may check the password, and if so records it
 * at once as a failure (marked a success afterwards). Deciding and recording
 * happen under advisory locks on the account and the address, so attempts sent
 * in parallel are counted one after another and cannot slip past the delay
 * together; the slow password check runs after the locks are released.
 */
export async function openLoginAttempt(email: string, source: LoginSource): Promise<LoginGate> {
  const { ip, device } = source;
  return getDb().transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${ACCOUNT_LOCK}::int4, hashtext(${email}))`);
    await tx.execute(sql`select pg_advisory_xact_lock(${IP_LOCK}::int4, hashtext(${ip}))`);
    const wait = retryAfterSeconds(await failureStats(email, source, tx));
    if (wait > 0) return { allowed: false, retryAfterSeconds: wait };
    const [row] = await tx.insert(loginAttempts).values({ email, ip, device, succeeded: false }).returning({ id: loginAttempts.id });
    return { allowed: true, attemptId: row!.id };
  });
}

export async function markLoginSucceeded(attemptId: number): Promise<void> {
  await getDb().update(loginAttempts).set({ succeeded: true }).where(eq(loginAttempts.id, attemptId));
}
