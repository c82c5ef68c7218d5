import { and, asc, desc, eq, or, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb } from "@/db/client";
import { actionItems, auditEvents, goals, invitations, objectives, reviewMeetings, type Role, users } from "@/db/schema/index";
import { type AuditKind, kindPrefixes } from "@/lib/domain/audit-kinds";
import type { TenantContext } from "../context";

/**
 * The owner's view of the audit log: newest first, filtered by kind, person
 * and date range, 50 at a time. Every query leads with org_id and walks the
 * (org_id, created_at) index; pages are keyset cursors on (created_at, id),
 * so page 40 costs what page 1 costs.
 */
export const AUDIT_PAGE_SIZE = 50;

export type AuditFilters = {
  kind?: AuditKind;
  /** Events by this person, or about them (their role, their account). */
  personId?: string;
  /** Calendar days (YYYY-MM-DD) in the organization's time zone, both included. */
  from?: string;
  to?: string;
};
/** "<microseconds since 1970>.<id>" of the event at a page's edge; `before` pages to older events, `after` to newer. */
export type AuditCursor = { direction: "before" | "after"; at: string; id: number };

export type AuditEntry = {
  id: number;
  action: string;
  createdAt: Date;
  actorId: string | null;
  actorName: string | null;
  targetType: string | null;
  targetId: string | null;
  /** The target's name now (a person, goal, meeting, objective, action item, invitation e-mail), if it still exists. */
  targetName: string | null;
  targetRole: Role | null;
  data: Record<string, unknown>;
};
export type AuditPage = { events: AuditEntry[]; newer: string | null; older: string | null };

const CURSOR = /^(\d{1,19})\.(\d{1,15})$/;

/** A cursor from the URL, or null when it is not one. */
export function parseCursor(direction: "before" | "after", value: string): AuditCursor | null {
  const match = CURSOR.exec(value);
  return match ? { direction, at: match[1]!, id: Number(match[2]) } : null;
}

const actor = alias(users, "actor");
const targetUuid = (type: string) => sql`case when ${auditEvents.targetType} = ${type} then ${auditEvents.targetId}::uuid end`;
// One probe by primary key per shown row (50 at most), and only of the target's own organization.
const nameOf = (
  type: string,
  table: typeof goals | typeof reviewMeetings | typeof objectives | typeof actionItems | typeof invitations,
  column: SQL,
) => sql`(select ${column} from ${table} t where t.org_id = ${auditEvents.orgId} and t.id = ${targetUuid(type)})`;

const targetName = sql<string | null>`case ${auditEvents.targetType}
  when 'user' then (select u.name from ${users} u where u.id = ${targetUuid("user")})
  when 'goal' then ${nameOf("goal", goals, sql`t.title`)}
  when 'review_meeting' then ${nameOf("review_meeting", reviewMeetings, sql`t.title`)}
  when 'objective' then ${nameOf("objective", objectives, sql`t.title`)}
  when 'action_item' then ${nameOf("action_item", actionItems, sql`t.title`)}
  when 'invitation' then ${nameOf("invitation", invitations, sql`t.email`)}
end`;
const targetRole = sql<Role | null>`case when ${auditEvents.targetType} = 'invitation' then ${nameOf("invitation", invitations, sql`t.role`)} end`;
const cursorOf = sql<string>`((extract(epoch from ${auditEvents.createdAt}) * 1000000)::bigint)::text || '.' || ${auditEvents.id}::text`;

const likePrefix = (prefix: string) => sql`${auditEvents.action} like ${`${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}`;
const dayStart = (day: string, timeZone: string) => sql`(${day}::date)::timestamp at time zone ${timeZone}`;

function conditions(ctx: TenantContext, f: AuditFilters, timeZone: string, cursor?: AuditCursor): SQL {
  const where: (SQL | undefined)[] = [eq(auditEvents.orgId, ctx.orgId)];
  if (f.kind) where.push(or(...kindPrefixes(f.kind).map(likePrefix)));
  if (f.personId) {
    where.push(or(eq(auditEvents.actorId, f.personId), and(eq(auditEvents.targetType, "user"), eq(auditEvents.targetId, f.personId))));
  }
  if (f.from) where.push(sql`${auditEvents.createdAt} >= ${dayStart(f.from, timeZone)}`);
  if (f.to) where.push(sql`${auditEvents.createdAt} < ${dayStart(f.to, timeZone)} + interval '1 day'`);
  if (cursor) {
    const at = sql`(timestamptz 'epoch' + ${cursor.at}::bigint * interval '1 microsecond')`;
    // Written as a range on created_at plus a tie-break, so the index bounds the scan.
    where.push(
      cursor.direction === "before"
        ? sql`${auditEvents.createdAt} <= ${at} and (${auditEvents.createdAt} < ${at} or ${auditEvents.id} < ${cursor.id})`
        : sql`${auditEvents.createdAt} >= ${at} and (${auditEvents.createdAt} > ${at} or ${auditEvents.id} > ${cursor.id})`,
    );
  }
  return and(...where)!;
}

/** One page of the organization's audit log. The page asks for "audit.read" (owners): the log names everyone's actions. */
export async function listAuditEvents(
  ctx: TenantContext,
  filters: AuditFilters,
  opts: { timeZone: string; cursor?: AuditCursor },
): Promise<AuditPage> {
  const newerFirst = opts.cursor?.direction !== "after";
  const rows = await getDb()
    .select({
      id: auditEvents.id,
      action: auditEvents.action,
      createdAt: auditEvents.createdAt,
      actorId: auditEvents.actorId,
      actorName: actor.name,
      targetType: auditEvents.targetType,
      targetId: auditEvents.targetId,
      targetName,
      targetRole,
      data: auditEvents.data,
      cursor: cursorOf,
    })
    .from(auditEvents)
    .leftJoin(actor, eq(actor.id, auditEvents.actorId))
    .where(conditions(ctx, filters, opts.timeZone, opts.cursor))
    .orderBy(...(newerFirst ? [desc(auditEvents.createdAt), desc(auditEvents.id)] : [asc(auditEvents.createdAt), asc(auditEvents.id)]))
    .limit(AUDIT_PAGE_SIZE + 1);
  const more = rows.length > AUDIT_PAGE_SIZE;
  const page = rows.slice(0, AUDIT_PAGE_SIZE);
  if (!newerFirst) page.reverse();
  const first = page[0]?.cursor ?? null;
  const last = page.at(-1)?.cursor ?? null;
  return {
    events: page.map(({ cursor: _cursor, data, ...e }) => ({ ...e, data: data ?? {} })),
    newer: newerFirst ? (opts.cursor ? first : null) : more ? first : null,
    older: newerFirst ? (more ? last : null) : last,
  };
}
