import { and, count, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { auditEvents, invitations, memberships, organizations, users } from "@/db/schema/index";
import { lastOwnerOf, type OwnedMembership } from "@/lib/domain/data-export";
import { OWNER_ROLE } from "@/lib/domain/permissions";
import { ValidationError } from "@/lib/errors";

/**
 * A person deletes their own account. Refused while they are the only owner
 * of an organization (the error names it). Otherwise, in one transaction:
 * the person's row goes, and with it their memberships, sessions, tokens and
 * notifications (cascades); the records an organization keeps (goals,
 * revisions, measurements, notes, minutes, the audit log) keep their content
 * with no one named (the references are set to null and shown as "a former
 * member"), and the address they were invited at and the network addresses in
 * the audit events about them are wiped.
 */
export async function deleteOwnAccount(userId: string): Promise<void> {
  await getDb().transaction(async (tx) => {
    // Lock every organization the person owns, in a fixed order, as team.ts does before counting owners.
    const owned = await tx
      .select({ orgId: organizations.id, orgName: organizations.name })
      .from(memberships)
      .innerJoin(organizations, eq(organizations.id, memberships.orgId))
      .where(and(eq(memberships.userId, userId), eq(memberships.role, OWNER_ROLE)))
      .orderBy(organizations.id)
      .for("no key update", { of: organizations });
    const counted: OwnedMembership[] = [];
    for (const o of owned) {
      const [row] = await tx
        .select({ n: count() })
        .from(memberships)
        .where(and(eq(memberships.orgId, o.orgId), eq(memberships.role, OWNER_ROLE)));
      counted.push({ ...o, isOwner: true, owners: row?.n ?? 0 });
    }
    const blocking = lastOwnerOf(counted);
    if (blocking.length) throw new ValidationError({}, "privacy.deleteAccount.lastOwner", { organizations: blocking.join(", ") });
    await tx.update(invitations).set({ email: null }).where(eq(invitations.acceptedBy, userId));
    await tx
      .update(auditEvents)
      .set({ data: sql`${auditEvents.data} - 'ip' - 'email' - 'name'` })
      .where(and(eq(auditEvents.targetType, "user"), eq(auditEvents.targetId, userId)));
    await tx.delete(users).where(eq(users.id, userId));
  });
}
