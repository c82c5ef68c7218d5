import { asc, eq, like, or } from "drizzle-orm";
import { getDb, type Queryable } from "@/db/client";
import { memberships, type Organization, organizations, type Role } from "@/db/schema/index";
import { OWNER_ROLE } from "@/lib/domain/permissions";
import { slugify, uniqueSlug } from "@/lib/domain/slug";
import { recordAudit } from "@/lib/data/audit";

export type MembershipWithOrg = { orgId: string; slug: string; name: string; role: Role };

async function freeSlug(db: Queryable, name: string): Promise<string> {
  const base = slugify(name);
  const rows = await db
    .select({ slug: organizations.slug })
    .from(organizations)
    .where(or(eq(organizations.slug, base), like(organizations.slug, `${base}-%`)));
  return uniqueSlug(base, new Set(rows.map((r) => r.slug)));
}

/**
 * Creates an organization with `userId` as its owner. Runs inside the
 * caller's transaction when given one (sign-up creates the user too).
 */
export async function createOrganizationWithOwner(
  db: Queryable,
  userId: string,
  input: { name: string; locale: "nb" | "en"; slug?: string },
): Promise<Organization> {
  const slug = input.slug ?? (await freeSlug(db, input.name));
  const [org] = await db.insert(organizations).values({ name: input.name.trim(), slug, locale: input.locale }).returning();
  await db.insert(memberships).values({ orgId: org!.id, userId, role: OWNER_ROLE });
  await recordAudit(db, { orgId: org!.id, userId }, "organization.created", { type: "organization", id: org!.id });
  return org!;
}

/** Every organization the person belongs to, for the switcher and the landing redirect. */
export async function membershipsOfUser(userId: string): Promise<MembershipWithOrg[]> {
  return getDb()
    .select({ orgId: organizations.id, slug: organizations.slug, name: organizations.name, role: memberships.role })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.orgId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(organizations.name));
}
