import type { Role } from "@/db/schema";

/** Who is calling, in which organization. Every lib/data function takes it first. */
export type TenantContext = { orgId: string; userId: string; role: Role };

const RANK: Record<Role, number> = { member: 1, manager: 2, owner: 3 };

/** True when `role` is at least `minimum` (owner > manager > member). */
export function hasRole(role: Role, minimum: Role): boolean {
  return RANK[role] >= RANK[minimum];
}
