import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, isNull, lt, or, sql } from "drizzle-orm";
import { getDb, type Queryable } from "@/db/client";
import { type OneTimeTokenPurpose, oneTimeTokens } from "@/db/schema/index";

/** 32 random bytes, base64url: 43 characters. Anything else is no token of ours. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

const hashOf = (token: string) => createHash("sha256").update(token).digest("hex");

/** The token's row while it is unused and unexpired, for its purpose only. */
const usable = (purpose: OneTimeTokenPurpose, token: string) =>
  and(
    eq(oneTimeTokens.tokenHash, hashOf(token)),
    eq(oneTimeTokens.purpose, purpose),
    isNull(oneTimeTokens.usedAt),
    gt(oneTimeTokens.expiresAt, sql`now()`),
  );

/**
 * Issues a one-time link token for `userId` and returns it (the only time it
 * exists in clear). Earlier unused tokens of the same purpose stop working:
 * the newest e-mail is the one that counts.
 */
export async function issueOneTimeToken(
  userId: string,
  purpose: OneTimeTokenPurpose,
  ttlSeconds: number,
  db: Queryable = getDb(),
): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await db
    .update(oneTimeTokens)
    .set({ usedAt: sql`now()` })
    .where(and(eq(oneTimeTokens.userId, userId), eq(oneTimeTokens.purpose, purpose), isNull(oneTimeTokens.usedAt)));
  await db.insert(oneTimeTokens).values({
    userId,
    purpose,
    tokenHash: hashOf(token),
    expiresAt: sql`now() + make_interval(secs => ${ttlSeconds})`,
  });
  return token;
}

/** The person a token belongs to while it is unused and unexpired, without using it up (to show a form). */
export async function peekOneTimeToken(purpose: OneTimeTokenPurpose, token: string, db: Queryable = getDb()): Promise<string | null> {
  if (!TOKEN_SHAPE.test(token)) return null;
  const [row] = await db.select({ userId: oneTimeTokens.userId }).from(oneTimeTokens).where(usable(purpose, token)).limit(1);
  return row?.userId ?? null;
}

/**
 * Uses a token up, atomically: of two requests with the same link exactly one
 * gets the person's id, the other (and every later one) gets null, as does an
 * expired, unknown or malformed token. Run it inside the transaction that does
 * what the link is for, so a failure there leaves the link usable.
 */
export async function consumeOneTimeToken(purpose: OneTimeTokenPurpose, token: string, db: Queryable = getDb()): Promise<string | null> {
  if (!TOKEN_SHAPE.test(token)) return null;
  const [row] = await db
    .update(oneTimeTokens)
    .set({ usedAt: sql`now()` })
    .where(usable(purpose, token))
    .returning({ userId: oneTimeTokens.userId });
  return row?.userId ?? null;
}

/** Deletes tokens that were used or expired more than `days` ago (run by the reminders job). */
export async function purgeOneTimeTokens(days: number, db: Queryable = getDb()): Promise<number> {
  const cutoff = sql`now() - make_interval(days => ${days})`;
  const rows = await db
    .delete(oneTimeTokens)
    .where(or(lt(oneTimeTokens.expiresAt, cutoff), lt(oneTimeTokens.usedAt, cutoff)))
    .returning({ id: oneTimeTokens.id });
  return rows.length;
}
