import { and, count, eq, gt, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { loginAttempts } from "@/db/schema";

// Limits per hour, counted in PostgreSQL so they hold across instances.
export const MAX_FAILURES_PER_ACCOUNT = 100;
export const MAX_FAILURES_PER_IP = 300;

export async function recordLoginAttempt(email: string, ip: string, succeeded: boolean): Promise<void> {
  await getDb().insert(loginAttempts).values({ email, ip, succeeded });
}

/** Failures in the last hour for this account and for this address. */
export async function recentFailures(email: string, ip: string): Promise<{ account: number; ip: number }> {
  const since = sql`now() - interval '1 hour'`;
  const [[account], [fromIp]] = await Promise.all([
    getDb()
      .select({ n: count() })
      .from(loginAttempts)
      .where(and(eq(loginAttempts.email, email), eq(loginAttempts.succeeded, false), gt(loginAttempts.createdAt, since))),
    getDb()
      .select({ n: count() })
      .from(loginAttempts)
      .where(and(eq(loginAttempts.ip, ip), eq(loginAttempts.succeeded, false), gt(loginAttempts.createdAt, since))),
  ]);
  return { account: account?.n ?? 0, ip: fromIp?.n ?? 0 };
}

export function isThrottled(failures: { account: number; ip: number }): boolean {
  return failures.account >= MAX_FAILURES_PER_ACCOUNT || failures.ip >= MAX_FAILURES_PER_IP;
}
