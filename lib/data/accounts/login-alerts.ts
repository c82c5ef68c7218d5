import { and, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { oneTimeTokens, users } from "@/db/schema";
import { ACCOUNT_LOCK } from "./login-attempts";
import { consumeOneTimeToken, issueOneTimeToken } from "./one-time-tokens";

/**
 * When to tell an owner their account is under attack. A person who forgot
 * their password gives up long before 20 wrong tries in an hour; one
 * attacking address reaches it within the hour (the delay allows about 48).
 * One e-mail per 24 hours at most, however long the attack: the e-mail is
 * itself throttled, so nobody can flood an inbox through the login form.
 */
export const ATTACK_ALERT_FAILURES = 20;
const ALERT_EVERY_HOURS = 24;
/** The "this is my browser" link in the e-mail works once, for as long as no new e-mail replaces it. */
export const UNBLOCK_LINK_HOURS = ALERT_EVERY_HOURS;

/**
 * After a failed password check on an existing account: a fresh unblock token
 * when failures from unrecognised browsers in the last hour have reached
 * ATTACK_ALERT_FAILURES and no unblock link was issued in the last
 * ALERT_EVERY_HOURS; otherwise null. Runs under the account's advisory lock,
 * so parallel failures issue one token, not several.
 */
export async function attackAlertToken(userId: string, email: string): Promise<string | null> {
  return getDb().transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${ACCOUNT_LOCK}::int4, hashtext(${email}))`);
    const result = await tx.execute(sql`
      select count(*)::int as n from login_attempts
      where email = ${email} and device is null and not succeeded and created_at > now() - interval '1 hour'`);
    const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as { n: number }[];
    if (Number(rows[0]?.n ?? 0) < ATTACK_ALERT_FAILURES) return null;
    const [recent] = await tx
      .select({ id: oneTimeTokens.id })
      .from(oneTimeTokens)
      .where(
        and(
          eq(oneTimeTokens.userId, userId),
          eq(oneTimeTokens.purpose, "unblockLogin"),
          sql`${oneTimeTokens.createdAt} > now() - make_interval(hours => ${ALERT_EVERY_HOURS})`,
        ),
      )
      .limit(1);
    if (recent) return null;
    return issueOneTimeToken(userId, "unblockLogin", UNBLOCK_LINK_HOURS * 3600, tx);
  });
}

/**
 * Uses an unblock link up: the e-mail of the account it was sent for, or null
 * when the link is unknown, used, replaced by a newer one or expired.
 */
export async function redeemUnblockToken(token: string): Promise<string | null> {
  return getDb().transaction(async (tx) => {
    const userId = await consumeOneTimeToken("unblockLogin", token, tx);
    if (!userId) return null;
    const [user] = await tx.select({ email: users.email }).from(users).where(eq(users.id, userId)).limit(1);
    return user?.email ?? null;
  });
}
