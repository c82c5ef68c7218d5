import { cookies } from "next/headers";
import { auth } from "./config";
import { hasSessionCookie } from "./session-cookie-name";

export type SessionClaims = { uid: string; sv: number; sid: string };

/**
 * The claims of the signed session cookie, or null. Only identity: the person,
 * their session version and the server-side session the cookie belongs to
 * (lib/auth/current checks that row on every request); roles come from the database.
 * Without a session cookie (the sign-in page, public pages) there is nothing to
 * decrypt, so next-auth is not asked at all.
 */
export async function sessionClaims(): Promise<SessionClaims | null> {
  if (!hasSessionCookie((await cookies()).getAll().map((c) => c.name))) return null;
  const session = (await auth()) as { uid?: unknown; sv?: unknown; sid?: unknown } | null;
  if (!session || typeof session.uid !== "string" || typeof session.sid !== "string") return null;
  return { uid: session.uid, sv: typeof session.sv === "number" ? session.sv : 0, sid: session.sid };
}
