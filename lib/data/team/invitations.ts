import { and, desc, eq, isNull, sql } from "drizzle-orm";
import { getDb, type Tx } from "@/db/client";
import { invitations, memberships, organizations, type Role, users } from "@/db/schema/index";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { lockedInvitationProblem } from "@/lib/domain/invitations";
import { recordAudit } from "@/lib/data/audit";
import type { TenantContext } from "@/lib/data/context";
import { mailInvitation } from "./invitation-mail";
import { hashToken, invitationOpen, newInvitationToken } from "./invitation-tokens";

/**
 * Creates an invitation link; the token is returned once and only its hash is
 * kept. With an address, the link is mailed there too, in `locale`, inside
 * the same transaction: when the mail cannot be sent, no invitation is left.
 */
export async function createInvitation(
  ctx: TenantContext,
  input: { role: Role; email?: string; days: number; locale?: string },
): Promise<{ token: string; expiresAt: Date; mailed: boolean }> {
  const token = newInvitationToken();
  const expiresAt = new Date(Date.now() + input.days * 86_400_000);
  const email = input.email?.trim().toLowerCase() || null;
  await getDb().transaction(async (tx) => {
    const [inv] = await tx
      .insert(invitations)
      .values({ orgId: ctx.orgId, tokenHash: hashToken(token), email, role: input.role, expiresAt, createdBy: ctx.userId })
      .returning({ id: invitations.id });
    const locale = email ? await mailInvitation(tx, ctx, { id: inv!.id, email, role: input.role, expiresAt }, token, input.locale) : null;
    await recordAudit(
      tx,
      ctx,
      "invitation.created",
      { type: "invitation", id: inv!.id },
      { role: input.role, ...(locale ? { locale } : {}) },
    );
  });
  return { token, expiresAt, mailed: email !== null };
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
    .where(and(eq(invitations.orgId, ctx.orgId), invitationOpen()))
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
    .where(and(eq(invitations.tokenHash, hashToken(token)), invitationOpen()))
    .limit(1);
  return row;
}

export type InvitationLanding =
  ({ state: "open"; inviterName: string | null } & InvitationPreview) | { state: "revoked" | "expired" | "used"; orgName: string };

/**
 * What the invitation link's page shows: who invites to which organization,
 * or why the link no longer works. Undefined for a token that was never
 * issued (or was replaced when the invitation was sent again).
 */
export async function invitationLanding(token: string): Promise<InvitationLanding | undefined> {
  const [row] = await getDb()
    .select({
      orgName: organizations.name,
      orgSlug: organizations.slug,
      role: invitations.role,
      email: invitations.email,
      expiresAt: invitations.expiresAt,
      inviterName: users.name,
      acceptedAt: invitations.acceptedAt,
      revokedAt: invitations.revokedAt,
      expired: sql<boolean>`${invitations.expiresAt} <= now()`,
    })
    .from(invitations)
    .innerJoin(organizations, eq(organizations.id, invitations.orgId))
    .leftJoin(users, eq(users.id, invitations.createdBy))
    .where(eq(invitations.tokenHash, hashToken(token)))
    .limit(1);
  if (!row) return undefined;
  const { acceptedAt, revokedAt, expired, ...open } = row;
  if (revokedAt) return { state: "revoked", orgName: row.orgName };
  if (acceptedAt) return { state: "used", orgName: row.orgName };
  if (expired) return { state: "expired", orgName: row.orgName };
  return { state: "open", ...open };
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
    .where(and(eq(invitations.tokenHash, hashToken(token)), invitationOpen()))
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
