import type { Role } from "@/lib/domain/permissions";

/**
 * Who is calling, in which organization. Every lib/data function takes it
 * first and filters by its orgId. lib/data trusts its caller on the role: the
 * action, route and page wrappers have already checked the permission.
 */
export type TenantContext = {
  orgId: string;
  userId: string;
  role: Role;
  /**
   * The caller does not see money (`can(role, "money.view", org)` is false):
   * reads leave money out (goals on a derived figure, budget moves in the
   * minutes). Set by the guards (lib/auth/current.ts tenantFrom); left out, money is read.
   */
  hideMoney?: boolean;
};
