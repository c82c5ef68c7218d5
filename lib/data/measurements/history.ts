import { and, count, desc, eq, gte, lte, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb, type Queryable } from "@/db/client";
import { channels, imports, kpiSnapshotHistory, kpiSnapshots, metrics, users, type SnapshotSource } from "@/db/schema/index";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { recordAudit } from "@/lib/data/audit";
import type { TenantContext } from "../context";
import { recordMeasurements, type RecordResult } from "./measurements";

/**
 * The measurement history: every recorded value with who recorded it and from
 * where, newest first, a page at a time; one value's earlier values; and the
 * correction or deletion of a value by a manager or the person who recorded it.
 */
const HISTORY_PAGE_SIZE = 25;

export type HistoryFilter = {
  channelId?: string;
  metricId?: string;
  from?: string;
  to?: string;
  source?: SnapshotSource;
  personId?: string;
  /** 1-based. */
  page?: number;
};

const recorder = alias(users, "recorder");

function conditions(ctx: TenantContext, f: HistoryFilter): SQL[] {
  const where: SQL[] = [eq(kpiSnapshots.orgId, ctx.orgId)];
  if (f.channelId) where.push(eq(kpiSnapshots.channelId, f.channelId));
  if (f.metricId) where.push(eq(kpiSnapshots.metricId, f.metricId));
  if (f.from) where.push(gte(kpiSnapshots.date, f.from));
  if (f.to) where.push(lte(kpiSnapshots.date, f.to));
  if (f.source) where.push(eq(kpiSnapshots.source, f.source));
  if (f.personId) where.push(eq(kpiSnapshots.recordedBy, f.personId));
  return where;
}

const rowColumns = {
  id: kpiSnapshots.id,
  channelId: kpiSnapshots.channelId,
  channelNb: channels.nameNb,
  channelEn: channels.nameEn,
  metricId: kpiSnapshots.metricId,
  metricNb: metrics.nameNb,
  metricEn: metrics.nameEn,
  unit: metrics.unit,
  kind: metrics.kind,
  date: kpiSnapshots.date,
  covers: kpiSnapshots.covers,
  value: kpiSnapshots.value,
  note: kpiSnapshots.note,
  source: kpiSnapshots.source,
  // A file import's name when the value was written before names were kept with it.
  sourceDetail: sql<string | null>`coalesce(${kpiSnapshots.sourceDetail}, ${imports.fileName})`,
  recordedBy: kpiSnapshots.recordedBy,
  recordedByName: recorder.name,
  recordedAt: kpiSnapshots.recordedAt,
  /** How many earlier values its date has. */
  revisions: sql<number>`(select count(*)::int from ${kpiSnapshotHistory} h
    where h.org_id = ${kpiSnapshots.orgId} and h.channel_id = ${kpiSnapshots.channelId}
      and h.metric_id = ${kpiSnapshots.metricId} and h.date = ${kpiSnapshots.date})`,
};

/** One page of the organization's recorded values, newest date first (then latest recorded). */
export async function listMeasurements(ctx: TenantContext, filter: HistoryFilter) {
  const db = getDb();
  const where = and(...conditions(ctx, filter));
  const page = Math.max(1, Math.floor(filter.page ?? 1));
  const [rows, [total]] = await Promise.all([
    db
      .select(rowColumns)
      .from(kpiSnapshots)
      .innerJoin(channels, eq(channels.id, kpiSnapshots.channelId))
      .innerJoin(metrics, eq(metrics.id, kpiSnapshots.metricId))
      .leftJoin(recorder, eq(recorder.id, kpiSnapshots.recordedBy))
      .leftJoin(imports, and(eq(imports.id, kpiSnapshots.importId), eq(imports.orgId, ctx.orgId)))
      .where(where)
      .orderBy(desc(kpiSnapshots.date), desc(kpiSnapshots.recordedAt), desc(kpiSnapshots.id))
      .limit(HISTORY_PAGE_SIZE)
      .offset((page - 1) * HISTORY_PAGE_SIZE),
    db.select({ n: count() }).from(kpiSnapshots).where(where),
  ]);
  return { rows, total: total?.n ?? 0, page, pageSize: HISTORY_PAGE_SIZE };
}

/** One value and every earlier value of its date (newest first), or null when the organization has no such value. */
export async function measurementWithHistory(ctx: TenantContext, id: number) {
  const db = getDb();
  const [row] = await db
    .select(rowColumns)
    .from(kpiSnapshots)
    .innerJoin(channels, eq(channels.id, kpiSnapshots.channelId))
    .innerJoin(metrics, eq(metrics.id, kpiSnapshots.metricId))
    .leftJoin(recorder, eq(recorder.id, kpiSnapshots.recordedBy))
    .leftJoin(imports, and(eq(imports.id, kpiSnapshots.importId), eq(imports.orgId, ctx.orgId)))
    .where(and(eq(kpiSnapshots.orgId, ctx.orgId), eq(kpiSnapshots.id, id)))
    .limit(1);
  if (!row) return null;
  const replacer = alias(users, "replacer");
  const earlier = await db
    .select({
      id: kpiSnapshotHistory.id,
      change: kpiSnapshotHistory.change,
      value: kpiSnapshotHistory.value,
      note: kpiSnapshotHistory.note,
      source: kpiSnapshotHistory.source,
      sourceDetail: sql<string | null>`coalesce(${kpiSnapshotHistory.sourceDetail}, ${imports.fileName})`,
      recordedByName: recorder.name,
      recordedAt: kpiSnapshotHistory.recordedAt,
      replacedByName: replacer.name,
      replacedAt: kpiSnapshotHistory.replacedAt,
    })
    .from(kpiSnapshotHistory)
    .leftJoin(recorder, eq(recorder.id, kpiSnapshotHistory.recordedBy))
    .leftJoin(replacer, eq(replacer.id, kpiSnapshotHistory.replacedBy))
    .leftJoin(imports, and(eq(imports.id, kpiSnapshotHistory.importId), eq(imports.orgId, ctx.orgId)))
    .where(
      and(
        eq(kpiSnapshotHistory.orgId, ctx.orgId),
        eq(kpiSnapshotHistory.channelId, row.channelId),
        eq(kpiSnapshotHistory.metricId, row.metricId),
        eq(kpiSnapshotHistory.date, row.date),
      ),
    )
    .orderBy(desc(kpiSnapshotHistory.id))
    .limit(100);
  return { ...row, earlier };
}

/** Who may change a value: anyone holding the right to change any (the caller passes it in), or the person who recorded it. */
type Rights = { anyValue: boolean };

/** The value, locked for the change; another organization's id answers like a missing one. */
async function lockedValue(tx: Queryable, ctx: TenantContext, id: number, rights: Rights) {
  const [row] = await tx
    .select()
    .from(kpiSnapshots)
    .where(and(eq(kpiSnapshots.orgId, ctx.orgId), eq(kpiSnapshots.id, id)))
    .for("update");
  if (!row) throw new NotFoundError("measurement");
  if (!rights.anyValue && row.recordedBy !== ctx.userId) throw new ForbiddenError("measurement");
  return row;
}

/** Corrects one value by hand: the same rules as recording it, the earlier value kept in the history, the audit log written. */
export async function correctMeasurement(
  ctx: TenantContext,
  id: number,
  change: { value: number; note: string | null },
  opts: Rights & { today: string },
): Promise<RecordResult> {
  return getDb().transaction(async (tx) => {
    const row = await lockedValue(tx, ctx, id, opts);
    const item = { channelId: row.channelId, metricId: row.metricId, date: row.date, covers: row.covers, ...change };
    return recordMeasurements(ctx, [item], { source: "manual", today: opts.today }, tx);
  });
}

/** Deletes one value: it stays in the history (as deleted, by whom), and the audit log names it. */
export async function deleteMeasurement(ctx: TenantContext, id: number, rights: Rights): Promise<void> {
  await getDb().transaction(async (tx) => {
    const row = await lockedValue(tx, ctx, id, rights);
    await tx.insert(kpiSnapshotHistory).values({
      orgId: ctx.orgId,
      snapshotId: row.id,
      channelId: row.channelId,
      metricId: row.metricId,
      date: row.date,
      change: "deleted",
      value: row.value,
      source: row.source,
      sourceDetail: row.sourceDetail,
      note: row.note,
      recordedBy: row.recordedBy,
      recordedAt: row.recordedAt,
      importId: row.importId,
      replacedBy: ctx.userId,
    });
    await tx.delete(kpiSnapshots).where(and(eq(kpiSnapshots.orgId, ctx.orgId), eq(kpiSnapshots.id, row.id)));
    await recordAudit(tx, ctx, "measurements.deleted", undefined, {
      channelId: row.channelId,
      metricId: row.metricId,
      from: row.date,
      to: row.date,
      value: row.value,
    });
  });
}

/** The people who recorded any of the organization's current values, for the history's filter. */
export async function measurementRecorders(ctx: TenantContext): Promise<{ id: string; name: string }[]> {
  const rows = await getDb()
    .selectDistinct({ id: users.id, name: users.name })
    .from(kpiSnapshots)
    .innerJoin(users, eq(users.id, kpiSnapshots.recordedBy))
    .where(eq(kpiSnapshots.orgId, ctx.orgId))
    .orderBy(users.name);
  return rows;
}
