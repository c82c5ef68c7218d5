import { randomUUID } from "node:crypto";
import { openSession } from "@/lib/data/accounts";
import type { SessionClaims } from "@/lib/auth/session";

/**
 * The tests' stand-ins for the session cookie name a person (and a session
 * version); a real login also opens a server-side session the cookie names.
 * This opens one per person the first time a double names them and keeps
 * naming it, so logging out, "log out everywhere", expiry and password
 * changes act on it exactly as on a real browser's.
 *
 *   vi.mock("@/lib/auth/session", async () => (await import("@/test/session-rows")).claimsDouble(() => session.claims));
 */
type Claims = { uid: string; sv: number; sid?: string };
const opened = new Map<string, string>();
const counter = () => (globalThis as unknown as { __maalbarQueries?: { count: number } }).__maalbarQueries;

export async function withSession(claims: Claims | null): Promise<SessionClaims | null> {
  if (!claims) return null;
  if (claims.sid) return { ...claims, sid: claims.sid };
  let sid = opened.get(claims.uid);
  if (!sid) {
    try {
      sid = await openSession(claims.uid);
    } catch {
      sid = randomUUID(); // No such person: a cookie naming no session, signed out as it would be.
    } finally {
      // The double's own insert is the login's, not a query of the request under test (the query-count tests).
      const c = counter();
      if (c) c.count--;
    }
    opened.set(claims.uid, sid);
  }
  return { ...claims, sid };
}

/** The session this double's cookie for the person names, once it named them. */
export function openedSessionOf(uid: string): string | undefined {
  return opened.get(uid);
}

/** A mock of lib/auth/session whose cookie names the person `get` returns. */
export function claimsDouble(get: () => Claims | null) {
  return { sessionClaims: () => withSession(get()) };
}
