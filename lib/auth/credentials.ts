import type { User } from "@/db/schema";
import { recordLoginAudit } from "@/lib/data/audit";
import { markLoginSucceeded, openLoginAttempt } from "@/lib/data/accounts";
import { findUserByEmail, normalizeEmail } from "@/lib/data/accounts";
import { authSecret, env } from "@/lib/env";
import { log } from "@/lib/log";
import { recognisedDevice } from "./device";
import { alertOwnerIfAttacked } from "./login-alert";
import { dummyHash, verifyPassword } from "./password";

export type CredentialCheck =
  | { ok: true; user: User }
  | { ok: false; reason: "invalid" }
  /** The password is right but the address was never verified: no session until it is. */
  | { ok: false; reason: "unverified" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

/**
 * The client's address for throttling. Each reverse proxy appends the address
 * it saw to X-Forwarded-For, so the trustworthy entry is the one `hops` places
 * from the right; anything further left was written by the client itself.
 * Next sets the header to the socket's address when no proxy did.
 */
export function clientIp(headers: Headers | undefined, hops: number = env().MAALBAR_PROXY_HOPS): string {
  const entries = (headers?.get("x-forwarded-for") ?? "")
    .split(",")
    .map((e) => e.trim())
    .filter(Boolean);
  const entry = entries[Math.max(entries.length - hops, 0)];
  return (entry || headers?.get("x-real-ip") || "unknown").slice(0, 100);
}

/**
 * What vouches for the caller besides the address: the request's device
 * cookie (checked here against the e-mail), or a signed-in session (the
 * account page's password change), whose attempts are counted apart from
 * anyone else's.
 */
export type CallerProof = { deviceCookie?: string | null; signedIn?: boolean };

/** The device key the account page's checks are counted under: not a cookie's id (those are 22 characters). */
const SIGNED_IN_DEVICE = "session";

/**
 * Checks an e-mail and password, throttled per account and address, or per
 * account and recognised device (lib/data/login-attempts). While a delay is
 * active the password is not checked at all. An unknown e-mail and a wrong
 * password take the same path: one attempt recorded, one argon2id
 * verification (against a dummy hash of the same parameters for an unknown
 * e-mail), the same answer. Failures from unrecognised browsers may e-mail the
 * owner an attack warning (lib/auth/login-alert). The right password for an
 * address not yet verified counts as a failure too, answered "unverified" so
 * the form can offer to send the link again.
 */
export async function checkCredentials(rawEmail: string, password: string, ip: string, proof: CallerProof = {}): Promise<CredentialCheck> {
  const email = normalizeEmail(rawEmail);
  const device = proof.signedIn
    ? SIGNED_IN_DEVICE
    : recognisedDevice(proof.deviceCookie, email, authSecret(), Math.floor(Date.now() / 1000));
  const gate = await openLoginAttempt(email, { ip, device });
  if (!gate.allowed) {
    log.warn({ event: "login.throttled", ip, recognised: device !== null, retryAfterSeconds: gate.retryAfterSeconds }, "login throttled");
    return { ok: false, reason: "throttled", retryAfterSeconds: gate.retryAfterSeconds };
  }
  const user = await findUserByEmail(email);
  // Always one verification, against a dummy hash for an unknown e-mail.
  const verified = await verifyPassword(user?.passwordHash ?? (await dummyHash()), password);
  const ok = Boolean(user?.emailVerifiedAt) && verified;
  // The audit write runs for unknown e-mails too (writing nothing): same work, same answer.
  await Promise.all([
    ok ? markLoginSucceeded(gate.attemptId) : undefined,
    recordLoginAudit(email, { succeeded: ok, method: "password", ip }),
  ]);
  if (!user || !ok) {
    log.info({ event: "login.failed", ip, recognised: device !== null }, "login failed");
    if (user && !verified && device === null) await alertOwnerIfAttacked(user);
    // Told only to whoever knows the password, so it reveals nothing about the address.
    return user && verified ? { ok: false, reason: "unverified" } : { ok: false, reason: "invalid" };
  }
  return { ok: true, user };
}
