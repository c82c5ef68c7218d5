/**
 * The roles and the money visibilities an organization can choose, apart from
 * the permission table (lib/domain/permissions.ts, which re-exports them): a
 * form in the browser that lists them then does not carry the whole table in
 * its JavaScript (docs/PERFORMANCE.md, "First-load JavaScript").
 */
export const ROLES = ["owner", "manager", "member"] as const;
export type Role = (typeof ROLES)[number];

/** The role that founds an organization; an organization always keeps at least one. */
export const OWNER_ROLE = "owner" satisfies Role;
/** The role an invitation offers unless the owner chooses another. */
export const DEFAULT_INVITED_ROLE = "member" satisfies Role;

export const EVERYONE = ["owner", "manager", "member"] as const satisfies readonly Role[];
export const MANAGERS = ["owner", "manager"] as const satisfies readonly Role[];
export const OWNERS = ["owner"] as const satisfies readonly Role[];

/** Who sees money (spend, budgets, revenue and what is computed from them): the owners choose. */
export const MONEY_VISIBILITIES = ["owners", "managers", "everyone"] as const;
export type MoneyVisibility = (typeof MONEY_VISIBILITIES)[number];
export const DEFAULT_MONEY_VISIBILITY = "managers" satisfies MoneyVisibility;
