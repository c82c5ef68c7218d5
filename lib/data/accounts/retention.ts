import { lt, sql } from "drizzle-orm";
import { getDb, type Queryable } from "@/db/client";
import { loginAttempts, mailRequests } from "@/db/schema";
import { purgeOneTimeTokens } from "./one-time-tokens";
import { purgeEndedSessions } from "./sessions";

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
/** Ended sessions (logged out, expired, idle) are kept this long, to explain "I was signed out". */
export const ENDED_SESSION_RETENTION_DAYS = 30;
/** Sign-up and "send the link again" requests: throttling reads the last hour; a day explains a complaint. */
const MAIL_REQUEST_RETENTION_DAYS = 1;

/** Deletes login attempts older than `days`; returns how many. */
async function purgeLoginAttempts(days: number = LOGIN_ATTEMPT_RETENTION_DAYS, db: Queryable = getDb()): Promise<number> {
  const rows = await db
    .delete(loginAttempts)
    .where(lt(loginAttempts.createdAt, sql`now() - make_interval(days => ${days})`))
    .returning({ id: loginAttempts.id });
  return rows.length;
}

async function purgeMailRequests(days: number, db: Queryable): Promise<number> {
  const rows = await db
    .delete(mailRequests)
    .where(lt(mailRequests.createdAt, sql`now() - make_interval(days => ${days})`))
    .returning({ id: mailRequests.id });
  return rows.length;
}

export type PurgeRun = { loginAttempts: number; oneTimeTokens: number; sessions: number; mailRequests: number };

/** What the hourly reminders job deletes besides sending reminders. Idempotent; times are the database's. */
export async function purgeExpiredRecords(db: Queryable = getDb()): Promise<PurgeRun> {
  return {
    loginAttempts: await purgeLoginAttempts(LOGIN_ATTEMPT_RETENTION_DAYS, db),
    oneTimeTokens: await purgeOneTimeTokens(ONE_TIME_TOKEN_RETENTION_DAYS, db),
    sessions: await purgeEndedSessions(new Date(Date.now() - ENDED_SESSION_RETENTION_DAYS * 86_400_000)),
    mailRequests: await purgeMailRequests(MAIL_REQUEST_RETENTION_DAYS, db),
  };
}
