/**
 * Who may do what in an organization: the one permission table. The action
 * wrapper (lib/auth/action.ts), the route wrapper (lib/auth/route.ts), the
 * page guard (lib/auth/page.ts), pages and components all ask `can(role, …)`;
 * no other file names a role to decide anything (eslint enforces it).
 * lib/data trusts its caller: it never checks a role itself (docs/ARCHITECTURE.md).
 */
import {
  DEFAULT_MONEY_VISIBILITY,
  EVERYONE,
  MANAGERS,
  MONEY_VISIBILITIES,
  type MoneyVisibility,
  OWNER_ROLE,
  OWNERS,
  type Role,
  ROLES,
} from "./roles";

export { DEFAULT_MONEY_VISIBILITY, MONEY_VISIBILITIES, type MoneyVisibility, OWNER_ROLE, type Role, ROLES };

const MONEY_VIEWERS: Record<MoneyVisibility, readonly Role[]> = { owners: OWNERS, managers: MANAGERS, everyone: EVERYONE };

/** What an organization's owners decided that a permission depends on (the organizations row carries it). */
export type OrgPolicy = { moneyVisibility: MoneyVisibility };

/** The roles holding a permission: fixed, or depending on the organization's policy. */
type Grant = readonly Role[] | ((org: OrgPolicy) => readonly Role[]);

/** Each permission is named for what it allows; the roles that hold it. */
export const PERMISSIONS = {
  /** See the organization's pages: dashboard, goals, charts, channels, measurements, reviews. */
  "org.view": EVERYONE,
  /** Create, edit, activate, close, archive and delete goals. */
  "goal.write": MANAGERS,
  /** Create, rename and archive objectives. */
  "objective.write": MANAGERS,
  /** Record measurements: quick entry, the grid and CSV import. */
  "measurement.record": EVERYONE,
  /** Correct or delete anyone's recorded value; everyone may correct or delete a value they recorded themselves. */
  "measurement.correctAny": MANAGERS,
  /** Undo a whole import, and save, rename or delete the organization's import presets. */
  "import.manage": MANAGERS,
  /** Download the measurements as CSV. */
  "measurement.export": EVERYONE,
  /** Create and revoke the organization's API tokens. */
  "apiToken.manage": MANAGERS,
  /** Send and read measurements over the API with a token: the token acts with its creator's current role. */
  "apiToken.use": MANAGERS,
  /** Change or reset the organization's own benchmarks. */
  "benchmark.write": MANAGERS,
  /** Add the organization's own channels (TikTok, the local paper) with their metrics, rename and archive them. */
  "channel.manage": MANAGERS,
  /** Plan, start, cancel and close review meetings, set the cadence, decide on goals in a meeting. */
  "review.run": MANAGERS,
  /** Take part in a meeting: notes and action items, and read its activity and minutes. */
  "review.contribute": EVERYONE,
  /** Tick off (or reopen) anyone's action item; everyone may tick their own or one they wrote. */
  "actionItem.completeAny": MANAGERS,
  /** Record a confidence check-in on a goal one owns (from the goal page or in a meeting). */
  "confidence.record": EVERYONE,
  /** Record a confidence check-in on any goal, not only one's own. */
  "confidence.recordAny": MANAGERS,
  /** Add a campaign note to a channel's charts, and edit or delete one's own. */
  "chartNote.write": EVERYONE,
  /** Edit or delete anyone's campaign note. */
  "chartNote.editAny": MANAGERS,
  /** Read one's own notifications and choose one's reminder e-mails. */
  "notification.manageOwn": EVERYONE,
  /** Invite people, revoke invitations, change roles, remove members. */
  "team.manage": OWNERS,
  /** Download all of the organization's data as a ZIP (goals, measurements, meetings, money, the audit log). */
  "org.export": OWNERS,
  /** Delete the organization and everything in it. */
  "org.delete": OWNERS,
  /** Read the organization's audit log. */
  "audit.read": OWNERS,
  /** See when the reminders job last ran (a sign that cron is set up). */
  "reminders.status": OWNERS,
  /** See spend, budgets, one-off costs, revenue and the figures computed from them: the roles the owners chose. */
  "money.view": (org: OrgPolicy) => MONEY_VIEWERS[org.moneyVisibility],
  /** Set budgets, one-off costs, each channel's results and the VAT setting: owners and managers, when they see money. */
  "money.manage": (org: OrgPolicy) => MONEY_VIEWERS[org.moneyVisibility].filter((r) => (MANAGERS as readonly Role[]).includes(r)),
  /** Choose who sees money. */
  "money.visibility": OWNERS,
} as const satisfies Record<string, Grant>;

export type Permission = keyof typeof PERMISSIONS;
/** The permissions whose roles depend on the organization's policy: `can` needs the organization for them. */
export type PolicyPermission = { [K in Permission]: (typeof PERMISSIONS)[K] extends (org: OrgPolicy) => unknown ? K : never }[Permission];
type RolePermission = Exclude<Permission, PolicyPermission>;

/**
 * True when `role` holds `permission` (in the organization `org`, whose
 * policy some permissions depend on). A policy permission asked without the
 * organization is refused: the type requires it, and at run time no guess is made.
 */
export function can(role: Role, permission: RolePermission): boolean;
export function can(role: Role, permission: Permission, org: OrgPolicy): boolean;
export function can(role: Role, permission: Permission, org?: OrgPolicy): boolean {
  const grant: Grant = PERMISSIONS[permission];
  const roles = typeof grant === "function" ? (org ? grant(org) : []) : grant;
  return roles.includes(role);
}

/**
 * Whether a refusal must look like data that doesn't exist (404) rather than
 * a forbidden action (403): money asked for by someone who does not see money.
 */
export function refusedAsMissing(role: Role, permission: Permission, org: OrgPolicy): boolean {
  return permission.startsWith("money.") && !can(role, "money.view", org);
}

/**
 * Everything `role` may do in `org`, in the table's order: what the role-change
 * dialog lists for the new role, so the words cannot drift from the rules.
 */
export function permissionsOf(role: Role, org: OrgPolicy): Permission[] {
  return (Object.keys(PERMISSIONS) as Permission[]).filter((p) => can(role, p, org));
}
