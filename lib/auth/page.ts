import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import type { Role } from "@/db/schema";
import { hasRole } from "@/lib/data/context";
import { NotFoundError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { currentUser, type Tenant, tenantOf } from "./current";

/** The signed-in person for this request (deduplicated), or a redirect to the login page. */
export const pageUser = cache(async (returnTo?: string) => {
  const user = await currentUser();
  if (!user) redirect(returnTo ? `/login?callbackUrl=${encodeURIComponent(returnTo)}` : "/login");
  return user;
});

const tenantForRequest = cache(async (slug: string): Promise<Tenant | null> => {
  const user = await pageUser(`/${slug}`);
  try {
    return await tenantOf(user, slug);
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
});

/**
 * The organization of a page's URL. Not a member, or no such organization:
 * 404, the same answer. Below `minRole`: 404 too, the page is not in that
 * person's view.
 */
export async function pageTenant(slug: string, minRole: Role = "member"): Promise<Tenant> {
  const tenant = await tenantForRequest(slug);
  if (!tenant || !hasRole(tenant.ctx.role, minRole)) notFound();
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
