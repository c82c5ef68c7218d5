import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { memberships, organizations, users } from "@/db/schema/index";
import { confirmsName } from "@/lib/domain/data-export";
import { OWNER_ROLE } from "@/lib/domain/permissions";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import type { TenantContext } from "../context";

export type FormerMember = { email: string; name: string; locale: string | null };
export type DeletedOrganization = { name: string; locale: string; members: FormerMember[] };

/**
 * Deletes the organization and everything in it, in one transaction: every
 * table that belongs to an organization cascades from its row (goals,
 * measurements with their history, meetings, notes, action items, money,
 * its own channels, invitations, tokens, the audit log). The people stay:
 * an account may belong to other organizations. The name must be typed to
 * confirm; under the organization's lock the caller must still be an owner.
 * Answers who was a member, so the caller can tell them once it is done.
 */
export async function deleteOrganization(ctx: TenantContext, typedName: string): Promise<DeletedOrganization> {
  return getDb().transaction(async (tx) => {
    const [org] = await tx
      .select({ name: organizations.name, locale: organizations.locale })
      .from(organizations)
      .where(eq(organizations.id, ctx.orgId))
      .for("update");
    if (!org) throw new NotFoundError();
    if (!confirmsName(typedName, org.name)) throw new ValidationError({ confirmName: ["privacy.deleteOrg.nameMismatch"] });
    const people = await tx
      .select({ userId: users.id, email: users.email, name: users.name, locale: users.locale, role: memberships.role })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(eq(memberships.orgId, ctx.orgId));
    if (people.find((p) => p.userId === ctx.userId)?.role !== OWNER_ROLE) throw new ConflictError("team.errors.noLongerOwner");
    await tx.delete(organizations).where(eq(organizations.id, ctx.orgId));
    return { name: org.name, locale: org.locale, members: people.map(({ email, name, locale }) => ({ email, name, locale })) };
  });
}
