import { auth } from "./config";

/** The claims of the signed session cookie, or null. Only identity: roles come from the database. */
export async function sessionClaims(): Promise<{ uid: string; sv: number } | null> {
  const session = (await auth()) as { uid?: unknown; sv?: unknown } | null;
  if (!session || typeof session.uid !== "string") return null;
  return { uid: session.uid, sv: typeof session.sv === "number" ? session.sv : 0 };
}
