/**
 * How long a signed-in browser stays signed in. A session ends at the first of:
 * logging out (or "log out everywhere", or a password change elsewhere), its
 * absolute lifetime from the login, or an idle stretch without a request.
 */
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** From login to the end, however active: a stolen cookie dies within this. */
export const SESSION_MAX_AGE_MS = 30 * DAY;
/** Without a request for this long, the session ends. */
export const SESSION_IDLE_MS = 7 * DAY;
/** last_seen_at moves on at most this often: one write per few minutes, not per request. */
export const SESSION_TOUCH_MS = 5 * MINUTE;

export type SessionTimes = { expiresAt: Date; lastSeenAt: Date; revokedAt: Date | null };
export type SessionState = "live" | "missing" | "revoked" | "expired" | "idle";

/** When a session opened at `createdAt` ends at the latest. */
export function sessionExpiry(createdAt: Date): Date {
  return new Date(createdAt.getTime() + SESSION_MAX_AGE_MS);
}

/** Whether a session row lets its cookie through at `now`; only "live" does. */
export function sessionState(session: SessionTimes | null | undefined, now: Date): SessionState {
  if (!session) return "missing";
  if (session.revokedAt) return "revoked";
  if (now.getTime() >= session.expiresAt.getTime()) return "expired";
  if (now.getTime() - session.lastSeenAt.getTime() >= SESSION_IDLE_MS) return "idle";
  return "live";
}

/**
 * Whether a cookie may act for its session: the row live, and the session
 * version in the cookie still the person's (changing the password ends every
 * older cookie).
 */
export function sessionLive(session: SessionTimes | null | undefined, personVersion: number, claimedVersion: number, now: Date): boolean {
  return personVersion === claimedVersion && sessionState(session, now) === "live";
}

/** Whether this request should record that the session was seen (it was not, recently). */
export function needsTouch(lastSeenAt: Date, now: Date): boolean {
  return now.getTime() - lastSeenAt.getTime() >= SESSION_TOUCH_MS;
}
