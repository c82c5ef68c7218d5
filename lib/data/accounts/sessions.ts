import { and, eq, isNull, lt, or } from "drizzle-orm";
import { getDb, type Queryable } from "@/db/client";
import { sessions, users } from "@/db/schema";
import { SESSION_IDLE_MS, sessionExpiry, sessionLive } from "@/lib/domain/session-lifetime";

/**
 * Server-side sessions: one row per signed-in browser. The cookie names the
 * row's id; lib/auth/current reads the row with the person on every request.
 * These functions act on one person's own sessions, never on an organization.
 */

/** A new session for a person who just signed in; returns its id for the cookie. */
export async function openSession(userId: string, now: Date = new Date(), db: Queryable = getDb()): Promise<string> {
  const [row] = await db
    .insert(sessions)
    .values({ userId, createdAt: now, lastSeenAt: now, expiresAt: sessionExpiry(now) })
    .returning({ id: sessions.id });
  return row!.id;
}

/** Records that the session was used (callers do this at most every few minutes). */
export async function touchSession(sessionId: string, now: Date = new Date()): Promise<void> {
  await getDb()
    .update(sessions)
    .set({ lastSeenAt: now })
    .where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt)));
}

/**
 * Whether the cookie's session still lets it through: the row exists, belongs
 * to the person, is live, and the person's session version matches. One query.
 */
export async function isLiveSession(claims: { sid: string; uid: string; sv: number }, now: Date = new Date()): Promise<boolean> {
  const [row] = await getDb()
    .select({ expiresAt: sessions.expiresAt, lastSeenAt: sessions.lastSeenAt, revokedAt: sessions.revokedAt, sv: users.sessionVersion })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, claims.sid), eq(sessions.userId, claims.uid)))
    .limit(1);
  return Boolean(row && sessionLive(row, row.sv, claims.sv, now));
}

/** Logging out: this one session ends. */
export async function revokeSession(sessionId: string, now: Date = new Date()): Promise<void> {
  await getDb()
    .update(sessions)
    .set({ revokedAt: now })
    .where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt)));
}

/** Every session of the person ends ("log out everywhere", a password change). Returns how many were live. */
export async function revokeSessionsOfUser(userId: string, db: Queryable = getDb(), now: Date = new Date()): Promise<number> {
  const rows = await db
    .update(sessions)
    .set({ revokedAt: now })
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt)))
    .returning({ id: sessions.id });
  return rows.length;
}

/** Deletes sessions that ended (revoked, expired or idle) before `cutoff`; for a periodic clean-up. */
export async function purgeEndedSessions(cutoff: Date): Promise<number> {
  const idleBefore = new Date(cutoff.getTime() - SESSION_IDLE_MS);
  const rows = await getDb()
    .delete(sessions)
    .where(or(lt(sessions.revokedAt, cutoff), lt(sessions.expiresAt, cutoff), lt(sessions.lastSeenAt, idleBefore)))
    .returning({ id: sessions.id });
  return rows.length;
}
