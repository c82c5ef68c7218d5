import { headers } from "next/headers";
import { decode } from "next-auth/jwt";
import { authSecret } from "@/lib/env";
import { decodedSessions } from "./decoded-sessions";
import { cookiesOf, sessionCookieName, sessionToken } from "./session-cookie-name";

export type SessionClaims = { uid: string; sv: number; sid: string };

// Enough for every person signed in to one instance at once; about 1 kB each.
const decoded = decodedSessions({ max: 2000 });

/**
 * The claims of the signed session cookie, or null. Only identity: the person,
 * their session version and the server-side session the cookie belongs to
 * (lib/auth/current checks that row on every request); roles come from the database.
 *
 * The cookie is decrypted with next-auth's own `decode` (the same key, salt and
 * expiry check as auth()), not through auth(): from server code auth() runs
 * next-auth's whole session round (a CSRF token, the cookie decrypted, then
 * encrypted again for a response that server code never sends), about a tenth
 * of a small page's CPU (issue 20). What auth() would answer for the same
 * cookie is checked in session-cookie.int.test.ts. A cookie this process has
 * already decrypted is read from lib/auth/decoded-sessions.ts until it expires.
 */
export async function sessionClaims(): Promise<SessionClaims | null> {
  const request = await headers();
  return sessionClaimsOf(request.get("cookie"), request.get("x-forwarded-proto"));
}

/** sessionClaims for a request's Cookie and X-Forwarded-Proto headers (proxy.ts has no next/headers). */
export async function sessionClaimsOf(cookie: string | null, forwardedProto: string | null): Promise<SessionClaims | null> {
  const { AUTH_URL, NEXTAUTH_URL } = process.env;
  const name = sessionCookieName({ AUTH_URL, NEXTAUTH_URL }, forwardedProto);
  const token = sessionToken(cookiesOf(cookie), name);
  if (!token) return null;
  const secret = authSecret();
  const claims = await decoded.read(token, name, secret, () => decode({ token, secret, salt: name }).catch(() => null));
  if (!claims || typeof claims.uid !== "string" || typeof claims.sid !== "string") return null;
  return { uid: claims.uid, sv: typeof claims.sv === "number" ? claims.sv : 0, sid: claims.sid };
}
