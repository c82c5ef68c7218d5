import { lt, sql } from "drizzle-orm";
import { getDb, type Queryable } from "@/db/client";
import { loginAttempts } from "@/db/schema";
import { purgeOneTimeTokens } from "./one-time-tokens";

/**
 * How long login attempts are kept. Throttling reads only the last hour; the
 * rest is there to answer "who hammered this account last week" (failed
 * sign-ins to real accounts are also in each organization's audit log).
 * Thirty days covers a monthly look back without keeping addresses and
 * typed e-mails of strangers for ever.
 */
export const LOGIN_ATTEMPT_RETENTION_DAYS = 30;
/** Used or expired one-time links are kept this long, to explain "the link did not work". */
export const ONE_TIME_TOKEN_RETENTION_DAYS = 7;

/** Deletes login attempts older than `days`; returns how many. */
export async function purgeLoginAttempts(days: number = LOGIN_ATTEMPT_RETENTION_DAYS, db: Queryable = getDb()): Promise<number> {
  const rows = await db
    .delete(loginAttempts)
    .where(lt(loginAttempts.createdAt, sql`now() - make_interval(days => ${days})`))
    .returning({ id: loginAttempts.id });
  return rows.length;
}

export type PurgeRun = { loginAttempts: number; oneTimeTokens: number };

/** What the hourly reminders job deletes besides sending reminders. Idempotent; times are the database's. */
export async function purgeExpiredRecords(db: Queryable = getDb()): Promise<PurgeRun> {
  return {
    loginAttempts: await purgeLoginAttempts(LOGIN_ATTEMPT_RETENTION_DAYS, db),
    oneTimeTokens: await purgeOneTimeTokens(ONE_TIME_TOKEN_RETENTION_DAYS, db),
  };
}
