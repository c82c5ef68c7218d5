import { z } from "zod";
import { type AuditCursor, type AuditFilters, parseCursor } from "@/lib/data/audit";
import { AUDIT_KINDS } from "@/lib/domain/audit-kinds";
import { compareDates, dateProblem } from "@/lib/domain/dates";

/**
 * The audit page's GET parameters. Each is checked on its own: one that is
 * wrong is left out and named in `invalid` (the page says so), the others
 * still apply. Nothing here can throw, so a hand-edited URL never ends in a 500.
 */
export type AuditSearchParams = Record<string, string | string[] | undefined>;
export type AuditQuery = { filters: AuditFilters; cursor?: AuditCursor; invalid: ("kind" | "person" | "from" | "to" | "range" | "page")[] };

// A real calendar day within the app's years (MIN_YEAR–MAX_YEAR, "0000-01-01" is not one).
const day = z.string().refine((d) => dateProblem(d) === null);
const fields = {
  kind: z.enum(AUDIT_KINDS),
  person: z.uuid(),
  from: day,
  to: day,
};

export function parseAuditQuery(params: AuditSearchParams): AuditQuery {
  const one = (name: string) => {
    const v = params[name];
    const value = Array.isArray(v) ? v[0] : v;
    return value?.trim() || undefined;
  };
  const query: AuditQuery = { filters: {}, invalid: [] };
  const take = <K extends keyof typeof fields>(name: K, param: string) => {
    const raw = one(param);
    if (raw === undefined) return undefined;
    const parsed = fields[name].safeParse(raw);
    if (!parsed.success) query.invalid.push(param as AuditQuery["invalid"][number]);
    return parsed.success ? (parsed.data as z.output<(typeof fields)[K]>) : undefined;
  };
  query.filters.kind = take("kind", "kind");
  query.filters.personId = take("person", "person");
  query.filters.from = take("from", "from");
  query.filters.to = take("to", "to");
  if (query.filters.from && query.filters.to && compareDates(query.filters.from, query.filters.to) > 0) {
    query.invalid.push("range");
    query.filters.from = query.filters.to = undefined;
  }
  const before = one("before");
  const after = one("after");
  if (before !== undefined || after !== undefined) {
    const cursor = before !== undefined ? parseCursor("before", before) : parseCursor("after", after!);
    if (cursor) query.cursor = cursor;
    else query.invalid.push("page");
  }
  for (const key of Object.keys(query.filters) as (keyof AuditFilters)[]) if (query.filters[key] === undefined) delete query.filters[key];
  return query;
}

/** The URL of the page with these filters and a cursor, for the pagination links. */
export function auditHref(slug: string, filters: AuditFilters, cursor?: { before?: string; after?: string }): string {
  const params = new URLSearchParams();
  if (filters.kind) params.set("kind", filters.kind);
  if (filters.personId) params.set("person", filters.personId);
  if (filters.from) params.set("from", filters.from);
  if (filters.to) params.set("to", filters.to);
  if (cursor?.before) params.set("before", cursor.before);
  if (cursor?.after) params.set("after", cursor.after);
  const qs = params.toString();
  return `/${slug}/audit${qs ? `?${qs}` : ""}`;
}
