import { and, asc, count, eq } from "drizzle-orm";
import { getDb, type Tx } from "@/db/client";
import { memberships, organizations, type Role, users } from "@/db/schema/index";
import { OWNER_ROLE } from "@/lib/domain/permissions";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { recordAudit } from "@/lib/data/audit";
import type { TenantContext } from "@/lib/data/context";

export type TeamMember = { userId: string; name: string; email: string; role: Role; joinedAt: Date };

export async function listMembers(ctx: TenantContext): Promise<TeamMember[]> {
  return getDb()
    .select({ userId: users.id, name: users.name, email: users.email, role: memberships.role, joinedAt: memberships.createdAt })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.orgId, ctx.orgId))
    .orderBy(asc(users.name));
}

async function ownerCount(tx: Tx, orgId: string): Promise<number> {
  const [row] = await tx
    .select({ n: count() })
    .from(memberships)
    .where(and(eq(memberships.orgId, orgId), eq(memberships.role, OWNER_ROLE)));
  return row?.n ?? 0;
}

/**
 * Serializes every write that can take an owner away, per organization: the
 * organization's row is locked (NO KEY UPDATE, so inserts elsewhere that only
 * reference the organization are not held up) before the owners are counted.
 * Without it two owners demoting each other at once both counted two owners
 * and left none. Under the lock the caller must still be an owner: the role
 * the action wrapper read may have been taken away by the write just before.
 */
async function lockOwners(tx: Tx, ctx: TenantContext): Promise<void> {
  await tx.select({ id: organizations.id }).from(organizations).where(eq(organizations.id, ctx.orgId)).for("no key update");
  const [actor] = await tx
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.orgId, ctx.orgId), eq(memberships.userId, ctx.userId)));
  if (actor?.role !== OWNER_ROLE) throw new ConflictError("team.errors.noLongerOwner");
}

/** A person's membership of the organization, locked for the rest of the transaction; another organization's person is not found. */
async function lockedMembership(tx: Tx, ctx: TenantContext, userId: string): Promise<{ role: Role }> {
  const [current] = await tx
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.orgId, ctx.orgId), eq(memberships.userId, userId)))
    .for("update");
  if (!current) throw new NotFoundError();
  return current;
}

export async function changeRole(ctx: TenantContext, userId: string, role: Role): Promise<void> {
  await getDb().transaction(async (tx) => {
    await lockOwners(tx, ctx);
    const current = await lockedMembership(tx, ctx, userId);
    if (current.role === role) return;
    if (current.role === OWNER_ROLE && (await ownerCount(tx, ctx.orgId)) <= 1) {
      throw new ConflictError("team.errors.lastOwner");
    }
    await tx
      .update(memberships)
      .set({ role })
      .where(and(eq(memberships.orgId, ctx.orgId), eq(memberships.userId, userId)));
    await recordAudit(tx, ctx, "member.role_changed", { type: "user", id: userId }, { from: current.role, to: role });
  });
}

export async function removeMember(ctx: TenantContext, userId: string): Promise<void> {
  await getDb().transaction(async (tx) => {
    await lockOwners(tx, ctx);
    const current = await lockedMembership(tx, ctx, userId);
    if (current.role === OWNER_ROLE && (await ownerCount(tx, ctx.orgId)) <= 1) {
      throw new ConflictError("team.errors.lastOwner");
    }
    await tx.delete(memberships).where(and(eq(memberships.orgId, ctx.orgId), eq(memberships.userId, userId)));
    await recordAudit(tx, ctx, "member.removed", { type: "user", id: userId });
  });
}
