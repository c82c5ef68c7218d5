import { and, eq, inArray, isNull, or, sql } from "drizzle-orm";
import { getDb, type Queryable } from "@/db/client";
import { metrics, type SnapshotSource } from "@/db/schema";
import { ValidationError } from "@/lib/errors";
import type { TenantContext } from "./context";

export type MeasurementInput = { channelId: string; metricId: string; date: string; value: number; note?: string | null };
export type RecordResult = { created: number; corrected: number; unchanged: number };

/** Rows per statement: well under PostgreSQL's 65,535 bind parameters. */
export const BATCH_SIZE = 1000;

/** Per-item problems, keyed "items.<index>.<field>", with message keys. */
export async function validateMeasurements(db: Queryable, ctx: TenantContext, items: MeasurementInput[], today: string): Promise<Record<string, string[]>> {
  const errors: Record<string, string[]> = {};
  const metricIds = [...new Set(items.map((i) => i.metricId))];
  const visible = metricIds.length
    ? await db
        .select({ id: metrics.id, channelId: metrics.channelId })
        .from(metrics)
        .where(and(inArray(metrics.id, metricIds), or(isNull(metrics.orgId), eq(metrics.orgId, ctx.orgId))))
    : [];
  const channelOf = new Map(visible.map((m) => [m.id, m.channelId]));
  items.forEach((item, i) => {
    if (channelOf.get(item.metricId) !== item.channelId) (errors[`items.${i}.metric`] ??= []).push("measurements.errors.unknownMetric");
    if (!Number.isFinite(item.value)) (errors[`items.${i}.value`] ??= []).push("validation.number");
    if (item.date > today) (errors[`items.${i}.date`] ??= []).push("measurements.errors.futureDate");
  });
  return errors;
}

/**
 * Writes one batch: new dates are inserted; an existing date is a correction,
 * its earlier value kept in kpi_snapshot_history. One statement, so the
 * history and the new values can never disagree.
 */
export async function writeMeasurementBatch(db: Queryable, ctx: TenantContext, items: MeasurementInput[], source: SnapshotSource): Promise<RecordResult> {
  // One JSON parameter rather than a VALUES list: the planner then probes the
  // series index for each row instead of hash-joining the whole history.
  const json = JSON.stringify(items.map((i) => ({ channel_id: i.channelId, metric_id: i.metricId, date: i.date, value: i.value, note: i.note ?? null })));
  const result = await db.execute<{ created: string; corrected: string; total: string }>(sql`
    with input as (
      select * from json_to_recordset(${json}::json) as x(channel_id uuid, metric_id uuid, date date, value numeric, note text)
    ),
    changed as (
      select s.id, s.value, s.source, s.note, s.recorded_by, s.recorded_at
      from kpi_snapshots s join input i
        on s.org_id = ${ctx.orgId} and s.channel_id = i.channel_id and s.metric_id = i.metric_id and s.date = i.date
      where s.value is distinct from i.value or s.note is distinct from coalesce(i.note, s.note)
    ),
    history as (
      insert into kpi_snapshot_history (org_id, snapshot_id, value, source, note, recorded_by, recorded_at, replaced_by)
      select ${ctx.orgId}, id, value, source, note, recorded_by, recorded_at, ${ctx.userId} from changed
      returning 1
    ),
    written as (
      insert into kpi_snapshots (org_id, channel_id, metric_id, date, value, source, note, recorded_by)
      select ${ctx.orgId}, channel_id, metric_id, date, value, ${source}, note, ${ctx.userId} from input
      on conflict (org_id, channel_id, metric_id, date) do update
        set value = excluded.value, note = coalesce(excluded.note, kpi_snapshots.note), source = excluded.source,
            recorded_by = excluded.recorded_by, recorded_at = now()
        where kpi_snapshots.value is distinct from excluded.value or kpi_snapshots.note is distinct from coalesce(excluded.note, kpi_snapshots.note)
      returning (xmax = 0) as inserted
    )
    select count(*) filter (where inserted) as created, count(*) filter (where not inserted) as corrected,
           (select count(*) from history) as total
    from written`);
  const rowsOut = Array.isArray(result) ? result : (result as { rows: unknown[] }).rows;
  const row = rowsOut[0] as { created: string | number; corrected: string | number } | undefined;
  const created = Number(row?.created ?? 0);
  const corrected = Number(row?.corrected ?? 0);
  return { created, corrected, unchanged: items.length - created - corrected };
}

/**
 * Records measurements in one transaction: all of them or, when any is
 * invalid (unknown metric, not a number, a future date), none.
 */
export async function recordMeasurements(
  ctx: TenantContext,
  items: MeasurementInput[],
  opts: { source: SnapshotSource; today: string },
  db?: Queryable,
): Promise<RecordResult> {
  const run = async (tx: Queryable) => {
    const errors = await validateMeasurements(tx, ctx, items, opts.today);
    if (Object.keys(errors).length) throw new ValidationError(errors, "measurements.errors.invalidItems");
    const total: RecordResult = { created: 0, corrected: 0, unchanged: 0 };
    for (let i = 0; i < items.length; i += BATCH_SIZE) {
      const r = await writeMeasurementBatch(tx, ctx, dedupeMeasurements(items.slice(i, i + BATCH_SIZE)), opts.source);
      total.created += r.created;
      total.corrected += r.corrected;
      total.unchanged += r.unchanged;
    }
    return total;
  };
  return db ? run(db) : getDb().transaction(run);
}

/** Within one batch the last value for a date wins, as if entered one after the other. */
export function dedupeMeasurements(items: MeasurementInput[]): MeasurementInput[] {
  const byKey = new Map<string, MeasurementInput>();
  for (const item of items) byKey.set(`${item.channelId}|${item.metricId}|${item.date}`, item);
  return [...byKey.values()];
}
