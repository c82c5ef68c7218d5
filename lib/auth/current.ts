import { and, asc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { memberships, type Organization, organizations, type Role, type User, users } from "@/db/schema";
import type { TenantContext } from "@/lib/data/context";
import { can, type Permission } from "@/lib/domain/permissions";
import { ForbiddenError, NotFoundError, UnauthenticatedError } from "@/lib/errors";
import { sessionClaims } from "./session";

/**
 * The signed-in person, read from the database on every call. A token whose
 * session version is older than the person's (password changed, sessions
 * revoked) counts as signed out.
 */
export async function currentUser(): Promise<User | null> {
  const claims = await sessionClaims();
  if (!claims) return null;
  const [user] = await getDb().select().from(users).where(eq(users.id, claims.uid)).limit(1);
  return current(user, claims);
}

/** The person, unless the token predates their session version (then: signed out). */
function current(user: User | undefined, claims: { sv: number }): User | null {
  return user && user.sessionVersion === claims.sv ? user : null;
}

export type Membership = { org: Organization; role: Role };

/**
 * The signed-in person and every organization they belong to, in one query:
 * a page needs both (its own organization, and the others for the switcher).
 * The same session-version rule as currentUser.
 */
export async function currentSession(): Promise<{ user: User; memberships: Membership[] } | null> {
  const claims = await sessionClaims();
  if (!claims) return null;
  const rows = await getDb()
    .select({ user: users, org: organizations, role: memberships.role })
    .from(users)
    .leftJoin(memberships, eq(memberships.userId, users.id))
    .leftJoin(organizations, eq(organizations.id, memberships.orgId))
    .where(eq(users.id, claims.uid))
    .orderBy(asc(organizations.name));
  const user = current(rows[0]?.user, claims);
  if (!user) return null;
  return { user, memberships: rows.flatMap((r) => (r.org && r.role ? [{ org: r.org, role: r.role }] : [])) };
}

export async function requireUser(): Promise<User> {
  const user = await currentUser();
  if (!user) throw new UnauthenticatedError();
  return user;
}

export type Tenant = { ctx: TenantContext; org: Organization; user: User };

/**
 * The membership of `user` in the organization `slug`, read from the database.
 * Not a member (or no such organization) → NotFoundError, the same answer;
 * a member whose role lacks `permission` → ForbiddenError.
 */
export async function tenantOf(user: User, slug: string, permission: Permission = "org.view"): Promise<Tenant> {
  // A slug from a URL can hold anything; a NUL cannot reach PostgreSQL text, and is no organization.
  if (slug.includes("\0")) throw new NotFoundError();
  const [row] = await getDb()
    .select({ org: organizations, role: memberships.role })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.orgId))
    .where(and(eq(memberships.userId, user.id), eq(organizations.slug, slug)))
    .limit(1);
  if (!row) throw new NotFoundError();
  if (!can(row.role, permission)) throw new ForbiddenError();
  return tenantFrom(user, row);
}

/** The tenant of a person's membership. */
export function tenantFrom(user: User, { org, role }: Membership): Tenant {
  return { ctx: { orgId: org.id, userId: user.id, role }, org, user };
}
