import { createHash, randomBytes } from "node:crypto";
import { and, asc, count, desc, eq, gt, isNull, sql } from "drizzle-orm";
import { getDb, type Tx } from "@/db/client";
import { invitations, memberships, organizations, type Role, users } from "@/db/schema/index";
import { OWNER_ROLE } from "@/lib/domain/permissions";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { lockedInvitationProblem } from "@/lib/domain/invitations";
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

function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Creates an invitation link; the token is returned once and only its hash is kept. */
export async function createInvitation(
  ctx: TenantContext,
  input: { role: Role; email?: string; days: number },
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(24).toString("base64url");
  const expiresAt = new Date(Date.now() + input.days * 86_400_000);
  await getDb().transaction(async (tx) => {
    const [inv] = await tx
      .insert(invitations)
      .values({
        orgId: ctx.orgId,
        tokenHash: hashToken(token),
        email: input.email?.trim().toLowerCase() || null,
        role: input.role,
        expiresAt,
        createdBy: ctx.userId,
      })
      .returning({ id: invitations.id });
    await recordAudit(tx, ctx, "invitation.created", { type: "invitation", id: inv!.id }, { role: input.role });
  });
  return { token, expiresAt };
}

export type PendingInvitation = { id: string; email: string | null; role: Role; expiresAt: Date; createdAt: Date };

export async function listPendingInvitations(ctx: TenantContext): Promise<PendingInvitation[]> {
  return getDb()
    .select({
      id: invitations.id,
      email: invitations.email,
      role: invitations.role,
      expiresAt: invitations.expiresAt,
      createdAt: invitations.createdAt,
    })
    .from(invitations)
    .where(
      and(
        eq(invitations.orgId, ctx.orgId),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
        gt(invitations.expiresAt, sql`now()`),
      ),
    )
    .orderBy(desc(invitations.createdAt));
}

export async function revokeInvitation(ctx: TenantContext, invitationId: string): Promise<void> {
  await getDb().transaction(async (tx) => {
    const [row] = await tx
      .update(invitations)
      .set({ revokedAt: sql`now()` })
      .where(
        and(
          eq(invitations.orgId, ctx.orgId),
          eq(invitations.id, invitationId),
          isNull(invitations.acceptedAt),
          isNull(invitations.revokedAt),
        ),
      )
      .returning({ id: invitations.id });
    if (!row) throw new NotFoundError();
    await recordAudit(tx, ctx, "invitation.revoked", { type: "invitation", id: invitationId });
  });
}

export type InvitationPreview = { orgName: string; orgSlug: string; role: Role; email: string | null; expiresAt: Date };

/** What an invitation link shows before it is accepted; undefined when unusable. */
export async function previewInvitation(token: string): Promise<InvitationPreview | undefined> {
  const [row] = await getDb()
    .select({
      orgName: organizations.name,
      orgSlug: organizations.slug,
      role: invitations.role,
      email: invitations.email,
      expiresAt: invitations.expiresAt,
    })
    .from(invitations)
    .innerJoin(organizations, eq(organizations.id, invitations.orgId))
    .where(
      and(
        eq(invitations.tokenHash, hashToken(token)),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
        gt(invitations.expiresAt, sql`now()`),
      ),
    )
    .limit(1);
  return row;
}

/**
 * Uses an invitation: the person joins with its role. One transaction; the
 * row is claimed with a conditional update so a link works exactly once.
 * A person who is already a member keeps their role.
 */
export async function acceptInvitation(tx: Tx, userId: string, token: string): Promise<{ orgId: string; slug: string }> {
  const [inv] = await tx
    .update(invitations)
    .set({ acceptedAt: sql`now()`, acceptedBy: userId })
    .where(
      and(
        eq(invitations.tokenHash, hashToken(token)),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
        gt(invitations.expiresAt, sql`now()`),
      ),
    )
    .returning({ orgId: invitations.orgId, role: invitations.role, id: invitations.id, email: invitations.email });
  if (!inv) throw new NotFoundError("invitation");
  const [person] = await tx.select({ email: users.email, emailVerifiedAt: users.emailVerifiedAt }).from(users).where(eq(users.id, userId));
  const problem = lockedInvitationProblem(inv.email, person ?? null);
  if (problem) throw new ValidationError({}, `invite.errors.${problem}`);
  await tx.insert(memberships).values({ orgId: inv.orgId, userId, role: inv.role }).onConflictDoNothing();
  await recordAudit(tx, { orgId: inv.orgId, userId }, "invitation.accepted", { type: "invitation", id: inv.id });
  const [org] = await tx.select({ slug: organizations.slug }).from(organizations).where(eq(organizations.id, inv.orgId));
  return { orgId: inv.orgId, slug: org!.slug };
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
