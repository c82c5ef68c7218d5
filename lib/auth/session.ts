import { auth } from "./config";

export type SessionClaims = { uid: string; sv: number; sid: string };

/**
 * The claims of the signed session cookie, or null. Only identity: the person,
 * their session version and the server-side session the cookie belongs to
 * (lib/auth/current checks that row on every request); roles come from the database.
 */
export async function sessionClaims(): Promise<SessionClaims | null> {
  const session = (await auth()) as { uid?: unknown; sv?: unknown; sid?: unknown } | null;
  if (!session || typeof session.uid !== "string" || typeof session.sid !== "string") return null;
  return { uid: session.uid, sv: typeof session.sv === "number" ? session.sv : 0, sid: session.sid };
}
