import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { type User, users } from "@/db/schema";
import { recordAccountAudit } from "@/lib/data/audit";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { log } from "@/lib/log";
import { passwordChangedMail, passwordResetMail } from "@/lib/mail/account-mails";
import { appLink, sendMail } from "@/lib/mail/send";
import type { MailRequestOutcome } from "./email-verification";
import { openMailRequest } from "./mail-requests";
import { consumeOneTimeToken, issueOneTimeToken, peekOneTimeToken } from "./one-time-tokens";
import { findUserByEmail, normalizeEmail, replacePassword } from "./users";

/**
 * How long a reset link works: long enough to find the mail, short enough
 * that an old mail in an inbox is no key to the account (OWASP suggests short-lived).
 */
export const RESET_LINK_MINUTES = 60;

const resetPath = (token: string) => `/reset-password?token=${encodeURIComponent(token)}`;

type Mailed = Pick<User, "id" | "email" | "name" | "locale">;

/** Issues a fresh reset link (older ones stop working) and mails it in the person's language, else the page's; rejects when either fails. */
async function mailResetLink(user: Mailed, locale: Locale): Promise<void> {
  const token = await getDb().transaction((tx) => issueOneTimeToken(user.id, "resetPassword", RESET_LINK_MINUTES * 60, tx));
  await sendMail(
    passwordResetMail({ ...user, locale: isLocale(user.locale) ? user.locale : locale }, appLink(resetPath(token)), RESET_LINK_MINUTES),
  );
}

/**
 * "Forgot password?": the same answer ("check your e-mail") whether or not an
 * account has the address, after the same work (the throttle's transaction and
 * one lookup). Everything that happens only for an account (the audit event,
 * the link, the mail) runs after the answer, in `sent`, so neither its writes
 * nor a slow mail server show in the answer's time. Throttled like sign-up
 * (lib/data/accounts/mail-requests): per client address, and at most a few
 * mails an hour per address, beyond which nothing is sent, silently.
 * `locale`: the language of the page asked from, for a person who chose none.
 */
export async function requestPasswordReset(
  rawEmail: string,
  ip: string,
  locale: Locale,
): Promise<{ outcome: MailRequestOutcome; sent: Promise<void> }> {
  const email = normalizeEmail(rawEmail);
  const gate = await openMailRequest("resetPassword", email, ip);
  if (!gate.allowed) return { outcome: { status: "throttled", retryAfterSeconds: gate.retryAfterSeconds }, sent: Promise.resolve() };
  const user = await findUserByEmail(email);
  const sent = user ? afterAnswer(user, { ip, locale, mail: gate.sendMail }) : Promise.resolve();
  return { outcome: { status: "checkMail" }, sent };
}

/** An account's side of a request: its owners see it in the audit log, and (within the per-address cap) the person gets a link. */
async function afterAnswer(user: Mailed, { ip, locale, mail }: { ip: string; locale: Locale; mail: boolean }): Promise<void> {
  try {
    await recordAccountAudit(user.email, "auth.password_reset_requested", { actor: false, data: { ip } });
    if (mail) await mailResetLink(user, locale);
  } catch (err) {
    log.error({ err, userId: user.id }, "password reset request failed after the answer");
  }
}

/** The address a reset link is for while it is usable, without using it up (to show the form, and to check the new password against). */
export async function peekPasswordReset(token: string): Promise<{ email: string } | null> {
  const userId = await peekOneTimeToken("resetPassword", token);
  if (!userId) return null;
  const [user] = await getDb().select({ email: users.email }).from(users).where(eq(users.id, userId)).limit(1);
  return user ?? null;
}

/**
 * Uses a reset link up and sets the new password, in one transaction: the
 * link, the hash, a new session version, every session of the person ended
 * (other devices too) and the audit event. The address counts as verified: the
 * link reached its mailbox. Null for a used, replaced, expired or unknown link,
 * and then nothing changed. Afterwards the person is told by mail (`told`).
 */
export async function resetPasswordWithToken(token: string, passwordHash: string): Promise<{ email: string; told: Promise<void> } | null> {
  const person = await getDb().transaction(async (tx) => {
    const userId = await consumeOneTimeToken("resetPassword", token, tx);
    if (!userId) return null;
    await replacePassword(tx, userId, passwordHash, true);
    const [user] = await tx.select().from(users).where(eq(users.id, userId)).limit(1);
    await recordAccountAudit(user!.email, "auth.password_reset", { actor: true }, tx);
    return user!;
  });
  if (!person) return null;
  const told = sendMail(passwordChangedMail(person, appLink("/forgot-password"))).catch((err: unknown) =>
    log.error({ err, userId: person.id }, "password changed e-mail failed"),
  );
  return { email: person.email, told };
}
