import { withSession } from "@/test/session-rows";

/**
 * Stands in for lib/auth/session in the security tests: the signed cookie is
 * the only thing not real, i.e. who is calling. The server-side session it
 * names is a real row (test/session-rows), and membership and role are
 * read from the real database, as in production.
 *   vi.mock("@/lib/auth/session", () => import("@/test/security/session-double"));
 */
let claims: { uid: string; sv: number } | null = null;

export function sessionClaims() {
  return withSession(claims);
}

/** The person the next calls are made as; null is anonymous. */
export function signInAs(userId: string | null): void {
  claims = userId ? { uid: userId, sv: 1 } : null;
}
