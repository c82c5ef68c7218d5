import { getDb, type Queryable } from "@/db/client";
import type { User } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { ConflictError, ValidationError } from "@/lib/errors";
import { log } from "@/lib/log";
import { alreadyRegisteredMail, verificationMail } from "@/lib/mail/account-mails";
import type { MailMessage } from "@/lib/mail/mailer";
import { appLink, sendMail } from "@/lib/mail/send";
import { checkInvitationFor, EMAIL_TAKEN, type Registration, registerAccount } from "./accounts";
import { openMailRequest } from "./mail-requests";
import { consumeOneTimeToken, issueOneTimeToken } from "@/lib/data/accounts";
import { findUserByEmail, markEmailVerified, normalizeEmail } from "@/lib/data/accounts";

/** How long a verification link works. */
const VERIFY_EMAIL_HOURS = 24;

export type MailRequestOutcome = { status: "checkMail" } | { status: "throttled"; retryAfterSeconds: number };
const CHECK_MAIL: MailRequestOutcome = { status: "checkMail" };

/** The verification link; an invitation waiting for the address rides along. */
function verificationPath(token: string, invite?: string): string {
  return `/verify-email?token=${encodeURIComponent(token)}${invite ? `&invite=${encodeURIComponent(invite)}` : ""}`;
}

/** Mails a message, turning a mail server's failure into a clear "could not send" for the form. */
async function deliver(message: MailMessage): Promise<void> {
  try {
    await sendMail(message);
  } catch (error) {
    log.error({ err: error }, "account mail could not be sent");
    throw new ValidationError({}, "signup.errors.mailFailed");
  }
}

/** Issues a fresh verification link for the person and mails it (older links stop working). */
async function sendVerificationMail(
  user: Pick<User, "id" | "email" | "name" | "locale">,
  invite?: string,
  db: Queryable = getDb(),
): Promise<void> {
  const token = await issueOneTimeToken(user.id, "verifyEmail", VERIFY_EMAIL_HOURS * 3600, db);
  await deliver(verificationMail(user, appLink(verificationPath(token, invite)), VERIFY_EMAIL_HOURS));
}

async function tellAlreadyRegistered(user: User): Promise<void> {
  await deliver(alreadyRegisteredMail(user, appLink("/login")));
}

/**
 * Sign-up by e-mail and password. A new and an already registered address get
 * the same answer ("check your e-mail"): a new one a verification link, an
 * existing one a mail saying someone tried to sign up with it. Throttled per
 * client address; beyond the per-address mail cap nothing is mailed, silently.
 * The verification mail goes out inside the sign-up's transaction: when the
 * mail server refuses it, nothing is left behind and the person can try again.
 */
export async function signUpByEmail(input: Omit<Registration, "emailVerified" | "onCreated">, ip: string): Promise<MailRequestOutcome> {
  const email = normalizeEmail(input.email);
  // A bad invitation is refused before the address is looked at: same answer for any address.
  if (input.inviteToken) await checkInvitationFor(email, input.inviteToken);
  const gate = await openMailRequest("signUp", email, ip);
  if (!gate.allowed) return { status: "throttled", retryAfterSeconds: gate.retryAfterSeconds };
  const existing = await findUserByEmail(email);
  if (existing) {
    await hashPassword(input.password); // the same slow work as a new account
    if (gate.sendMail) await tellAlreadyRegistered(existing);
    return CHECK_MAIL;
  }
  try {
    await registerAccount({ ...input, email, onCreated: (tx, user, invite) => sendVerificationMail(user, invite, tx) });
  } catch (error) {
    if (!(error instanceof ConflictError && error === EMAIL_TAKEN)) throw error;
    // Two sign-ups for one address at once: the second is told like any existing address.
    const winner = await findUserByEmail(email);
    if (winner && gate.sendMail) await tellAlreadyRegistered(winner);
  }
  return CHECK_MAIL;
}

/**
 * "Send the link again": the same answer whether the address is unknown,
 * verified or waiting; only a waiting account gets a mail. Throttled like sign-up.
 */
export async function resendVerification(rawEmail: string, ip: string): Promise<MailRequestOutcome> {
  const email = normalizeEmail(rawEmail);
  const gate = await openMailRequest("resendVerification", email, ip);
  if (!gate.allowed) return { status: "throttled", retryAfterSeconds: gate.retryAfterSeconds };
  const user = await findUserByEmail(email);
  if (user && !user.emailVerifiedAt && gate.sendMail) {
    await getDb().transaction((tx) => sendVerificationMail(user, undefined, tx));
  }
  return CHECK_MAIL;
}

/** Uses a verification link: the address counts as verified. Null for a used, expired or unknown link. */
export async function verifyEmailWithToken(token: string): Promise<{ userId: string } | null> {
  return getDb().transaction(async (tx) => {
    const userId = await consumeOneTimeToken("verifyEmail", token, tx);
    if (!userId) return null;
    await markEmailVerified(userId, tx);
    return { userId };
  });
}
