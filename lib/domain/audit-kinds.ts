/**
 * Which kind of event an audit action is. The audit page filters by kind; the
 * data layer turns a kind into `action LIKE 'prefix%'` conditions, so the
 * prefixes are the one place that decides it.
 */
export const AUDIT_KINDS = ["security", "goals", "measurements", "meetings"] as const;
export type AuditKind = (typeof AUDIT_KINDS)[number];

const PREFIXES: Record<AuditKind, readonly string[]> = {
  security: ["auth.", "invitation.", "member.", "api_token.", "organization."],
  goals: ["goal.", "objective.", "benchmark.", "confidence.", "chart_note.", "channel."],
  measurements: ["measurements."],
  meetings: ["review."],
};

/** The action prefixes of a kind (each ends with a dot). */
export function kindPrefixes(kind: AuditKind): readonly string[] {
  return PREFIXES[kind];
}

/** The kind of an action, or null for an action of no listed kind. */
export function kindOf(action: string): AuditKind | null {
  return AUDIT_KINDS.find((kind) => PREFIXES[kind].some((p) => action.startsWith(p))) ?? null;
}
