import { eq, sql } from "drizzle-orm";
import { getDb, type Queryable } from "@/db/client";
import { type User, users } from "@/db/schema";
import { revokeSessionsOfUser } from "./sessions";

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function findUserByEmail(email: string, db: Queryable = getDb()): Promise<User | undefined> {
  const [user] = await db
    .select()
    .from(users)
    .where(eq(users.email, normalizeEmail(email)))
    .limit(1);
  return user;
}

export async function insertUser(
  db: Queryable,
  values: { email: string; name: string; passwordHash: string | null; locale?: string | null; emailVerified?: boolean },
): Promise<User> {
  const { emailVerified, ...rest } = values;
  const [user] = await db
    .insert(users)
    .values({ ...rest, email: normalizeEmail(values.email), emailVerifiedAt: emailVerified ? sql`now()` : null })
    .returning();
  return user!;
}

/** The language a person chose for themselves; null follows the browser. */
export async function setUserLocale(userId: string, locale: "nb" | "en"): Promise<void> {
  await getDb()
    .update(users)
    .set({ locale, updatedAt: sql`now()` })
    .where(eq(users.id, userId));
}

/**
 * Sets a new password hash, bumps the session version and ends every stored
 * session, in one transaction: every session issued before counts as signed
 * out on its next request (the caller signs this browser in afresh).
 * Returns the new session version.
 */
export async function changePasswordHash(userId: string, passwordHash: string): Promise<number> {
  return getDb().transaction((tx) => replacePassword(tx, userId, passwordHash));
}

/**
 * The password change itself, inside the caller's transaction: the new hash,
 * a new session version and every session ended. `verified`: the caller
 * proved the person reads mail at the address (a reset link), so the address
 * counts as verified from now on.
 */
export async function replacePassword(db: Queryable, userId: string, passwordHash: string, verified = false): Promise<number> {
  const [row] = await db
    .update(users)
    .set({
      passwordHash,
      sessionVersion: sql`${users.sessionVersion} + 1`,
      updatedAt: sql`now()`,
      ...(verified ? { emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, now())` } : {}),
    })
    .where(eq(users.id, userId))
    .returning({ sessionVersion: users.sessionVersion });
  if (!row) throw new Error(`no user ${userId}`);
  await revokeSessionsOfUser(userId, db);
  return row.sessionVersion;
}

/** Marks the person's address as verified (kept at the first time it was). */
export async function markEmailVerified(userId: string, db: Queryable = getDb()): Promise<void> {
  await db
    .update(users)
    .set({ emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, now())`, updatedAt: sql`now()` })
    .where(eq(users.id, userId));
}
