import { createHash, randomBytes } from "node:crypto";
import { and, desc, eq, isNull, lt, or, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { apiTokens, memberships, organizations, type Role, users } from "@/db/schema/index";
import { NotFoundError } from "@/lib/errors";
import { recordAudit } from "@/lib/data/audit";
import type { TenantContext } from "../context";

/** Characters of the token kept in clear, so people can tell their tokens apart. */
const PREFIX_LENGTH = 10;

function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Creates a bearer token for the ingestion API; the token is returned once and only its hash is kept. */
export async function createApiToken(ctx: TenantContext, name: string): Promise<{ token: string; id: string }> {
  const token = `mb_${randomBytes(32).toString("base64url")}`;
  const id = await getDb().transaction(async (tx) => {
    const [row] = await tx
      .insert(apiTokens)
      .values({ orgId: ctx.orgId, name, tokenHash: hashToken(token), prefix: token.slice(0, PREFIX_LENGTH), createdBy: ctx.userId })
      .returning({ id: apiTokens.id });
    await recordAudit(tx, ctx, "api_token.created", { type: "api_token", id: row!.id }, { name });
    return row!.id;
  });
  return { token, id };
}

export type ApiTokenListItem = {
  id: string;
  name: string;
  prefix: string;
  createdByName: string | null;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
};

/** The organization's tokens, newest first, revoked ones included (they explain a 401). */
export async function listApiTokens(ctx: TenantContext): Promise<ApiTokenListItem[]> {
  return getDb()
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      prefix: apiTokens.prefix,
      createdByName: users.name,
      createdAt: apiTokens.createdAt,
      lastUsedAt: apiTokens.lastUsedAt,
      revokedAt: apiTokens.revokedAt,
    })
    .from(apiTokens)
    .leftJoin(users, eq(users.id, apiTokens.createdBy))
    .where(eq(apiTokens.orgId, ctx.orgId))
    .orderBy(desc(apiTokens.createdAt));
}

/** Revokes a token at once; another organization's id answers like an unknown one. */
export async function revokeApiToken(ctx: TenantContext, tokenId: string): Promise<void> {
  await getDb().transaction(async (tx) => {
    const [row] = await tx
      .update(apiTokens)
      .set({ revokedAt: sql`now()` })
      .where(and(eq(apiTokens.orgId, ctx.orgId), eq(apiTokens.id, tokenId), isNull(apiTokens.revokedAt)))
      .returning({ id: apiTokens.id, name: apiTokens.name });
    if (!row) throw new NotFoundError();
    await recordAudit(tx, ctx, "api_token.revoked", { type: "api_token", id: row.id }, { name: row.name });
  });
}

export type TokenAuth = { orgId: string; tokenId: string; tokenName: string; userId: string; role: Role; timeZone: string };

/**
 * The organization and person a bearer token speaks for, or null. The token
 * is hashed and looked up by its hash (an index probe, never a comparison of
 * secrets in our code). A token whose creator has left the organization stops
 * working; it acts in their name with their current role (returned here, and
 * checked by the route against the permission "apiToken.use"), never the one
 * they had when they made it.
 */
export async function authenticateToken(token: string): Promise<TokenAuth | null> {
  const db = getDb();
  const [row] = await db
    .select({
      orgId: apiTokens.orgId,
      tokenId: apiTokens.id,
      tokenName: apiTokens.name,
      userId: memberships.userId,
      role: memberships.role,
      timeZone: organizations.timeZone,
    })
    .from(apiTokens)
    .innerJoin(organizations, eq(organizations.id, apiTokens.orgId))
    .innerJoin(memberships, and(eq(memberships.orgId, apiTokens.orgId), eq(memberships.userId, apiTokens.createdBy)))
    .where(and(eq(apiTokens.tokenHash, hashToken(token)), isNull(apiTokens.revokedAt)))
    .limit(1);
  if (!row) return null;
  // At most one write a minute per token, however often an integration calls.
  await db
    .update(apiTokens)
    .set({ lastUsedAt: sql`now()` })
    .where(
      and(
        eq(apiTokens.orgId, row.orgId),
        eq(apiTokens.id, row.tokenId),
        or(isNull(apiTokens.lastUsedAt), lt(apiTokens.lastUsedAt, sql`now() - interval '1 minute'`)),
      ),
    );
  return row;
}
