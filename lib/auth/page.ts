import { forbidden, notFound, redirect } from "next/navigation";
import { cache } from "react";
import { can, type Permission } from "@/lib/domain/permissions";
import { NotFoundError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { currentSession, type Membership, type Tenant, tenantFrom } from "./current";

/** The signed-in person and their memberships, read once per request (one query). */
const sessionForRequest = cache(currentSession);

/** The signed-in person for this request (deduplicated), or a redirect to the login page. */
export const pageUser = cache(async (returnTo?: string) => {
  const session = await sessionForRequest();
  if (!session) redirect(returnTo ? `/login?callbackUrl=${encodeURIComponent(returnTo)}` : "/login");
  return session.user;
});

/** Every organization the signed-in person belongs to, by name (from the same query as pageUser). */
export async function pageMemberships(): Promise<Membership[]> {
  const session = await sessionForRequest();
  return session?.memberships ?? [];
}

const tenantForRequest = cache(async (slug: string): Promise<Tenant | null> => {
  const user = await pageUser(`/${slug}`);
  const membership = (await pageMemberships()).find((m) => m.org.slug === slug);
  return membership ? tenantFrom(user, membership) : null;
});

/**
 * The organization of a page's URL. Not a member, or no such organization:
 * 404, the same answer. A member whose role lacks `permission`: 403, "you
 * don't have access to this" (app/[org]/forbidden.tsx). That tells them only
 * what they already know, that they belong to the organization; it is decided
 * before any record of the URL is read, so every id gets the same answer.
 */
export async function pageTenant(slug: string, permission: Permission = "org.view"): Promise<Tenant> {
  const tenant = await tenantForRequest(slug);
  if (!tenant) notFound();
  // Money someone may not see answers like data that does not exist (issue 17); any other page says "no access".
  if (!can(tenant.ctx.role, permission, tenant.org)) return permission.startsWith("money.") ? notFound() : forbidden();
  return tenant;
}

/** A page's record by id: an invalid id or another organization's id is the same 404 as a missing one. */
export async function pageRecord<T>(id: string, load: (id: string) => Promise<T>): Promise<T> {
  if (!isUuid(id)) notFound();
  try {
    return await load(id);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}
