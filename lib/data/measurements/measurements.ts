import { and, eq, inArray, isNull, or, sql } from "drizzle-orm";
import { getDb, type Queryable, rowsOf } from "@/db/client";
import { metrics, type SnapshotSource } from "@/db/schema/index";
import { MEASUREMENT_PROBLEM_MESSAGE, measurementProblems } from "@/lib/domain/measurements";
import { ValidationError } from "@/lib/errors";
import { recordAudit } from "@/lib/data/audit";
import type { TenantContext } from "../context";
import type { Covers } from "@/lib/domain/series";
import { unusualItems, UnusualValuesError } from "./unusual";

export type MeasurementInput = { channelId: string; metricId: string; date: string; value: number; note?: string | null; covers?: Covers };
export type RecordResult = { created: number; corrected: number; unchanged: number };

/** Rows per statement: well under PostgreSQL's 65,535 bind parameters. */
export const BATCH_SIZE = 1000;

/** Per-item problems, keyed "items.<index>.<field>", with message keys. */
async function validateMeasurements(
  db: Queryable,
  ctx: TenantContext,
  items: MeasurementInput[],
  today: string,
): Promise<Record<string, string[]>> {
  const errors: Record<string, string[]> = {};
  const metricIds = [...new Set(items.map((i) => i.metricId))];
  const visible = metricIds.length
    ? await db
        .select({ id: metrics.id, channelId: metrics.channelId, unit: metrics.unit, kind: metrics.kind })
        .from(metrics)
        // A derived metric (cost per result, ROAS, ROI) is computed, never recorded: like a metric that doesn't exist.
        .where(and(inArray(metrics.id, metricIds), or(isNull(metrics.orgId), eq(metrics.orgId, ctx.orgId)), isNull(metrics.derivation)))
    : [];
  const metricOf = new Map(visible.map((m) => [m.id, m]));
  items.forEach((item, i) => {
    const metric = metricOf.get(item.metricId);
    if (metric?.channelId !== item.channelId) (errors[`items.${i}.metric`] ??= []).push("measurements.errors.unknownMetric");
    for (const p of measurementProblems(item, today, metric))
      (errors[`items.${i}.${p.field}`] ??= []).push(MEASUREMENT_PROBLEM_MESSAGE[p.code]);
  });
  return errors;
}

/** Advisory lock class of a series (the first key of pg_advisory_xact_lock(int, int)): "KPIS". */
const SERIES_LOCK = 0x4b504953;

/**
 * Writes one batch: new dates are inserted; an existing date is a correction,
 * its earlier value kept in kpi_snapshot_history. Call it in a transaction.
 *
 * Writers of the same series take turns: the batch first takes a transaction
 * advisory lock per series (in hash order, so two one-batch writers never
 * deadlock; a CSV import locks batch by batch and, against a writer taking the
 * same series in another order, PostgreSQL ends one of them with a deadlock
 * error and it rolls back whole), and only then reads and writes, in a statement whose snapshot
 * therefore includes every earlier writer's commit. Without the lock, two
 * corrections of one date at once both read the same "before" value: the
 * history got it twice and lost the first correction (bench/no-lost-writes.ts
 * found it). The read and the writes stay one statement, so the history and
 * the new values can never disagree.
 */
export async function writeMeasurementBatch(
  db: Queryable,
  ctx: TenantContext,
  items: MeasurementInput[],
  source: SnapshotSource,
  /** The file import writing these values (lib/data/imports); the history keeps each earlier value's import. */
  importId: string | null = null,
  /** From where exactly: the file's or the API token's name. */
  sourceDetail: string | null = null,
): Promise<RecordResult> {
  // One JSON parameter rather than a VALUES list: the planner then probes the
  // series index for each row instead of hash-joining the whole history.
  const json = JSON.stringify(
    items.map((i) => ({
      channel_id: i.channelId,
      metric_id: i.metricId,
      date: i.date,
      value: i.value,
      note: i.note ?? null,
      covers: i.covers ?? "day",
    })),
  );
  // The lock and the statement go out together: PostgreSQL runs them in order on the connection, so the
  // statement's snapshot is still taken once the lock is held, and the write costs one round trip.
  const lock = db.execute(sql`
    select pg_advisory_xact_lock(${SERIES_LOCK}::int4, k) from (
      select distinct hashtext(${ctx.orgId}::text || ':' || x.channel_id::text || ':' || x.metric_id::text) as k
      from json_to_recordset(${json}::json) as x(channel_id uuid, metric_id uuid)
      order by k
    ) series`);
  const write = db.execute(sql`
    with input as (
      select * from json_to_recordset(${json}::json) as x(channel_id uuid, metric_id uuid, date date, value numeric, note text, covers text)
    ),
    changed as (
      select s.id, s.channel_id, s.metric_id, s.date, s.value, s.source, s.source_detail, s.note, s.recorded_by, s.recorded_at, s.import_id
      from kpi_snapshots s join input i
        on s.org_id = ${ctx.orgId} and s.channel_id = i.channel_id and s.metric_id = i.metric_id and s.date = i.date
      where s.value is distinct from i.value or s.note is distinct from coalesce(i.note, s.note)
    ),
    history as (
      insert into kpi_snapshot_history
        (org_id, snapshot_id, channel_id, metric_id, date, value, source, source_detail, note, recorded_by, recorded_at, import_id, replaced_by)
      select ${ctx.orgId}, id, channel_id, metric_id, date, value, source, source_detail, note, recorded_by, recorded_at, import_id, ${ctx.userId}
      from changed
      returning 1
    ),
    written as (
      insert into kpi_snapshots (org_id, channel_id, metric_id, date, value, covers, source, source_detail, note, recorded_by, import_id)
      select ${ctx.orgId}, channel_id, metric_id, date, value, covers, ${source}, ${sourceDetail}::text, note, ${ctx.userId}, ${importId}::uuid
      from input
      on conflict (org_id, channel_id, metric_id, date) do update
        set value = excluded.value, covers = excluded.covers, note = coalesce(excluded.note, kpi_snapshots.note), source = excluded.source,
            source_detail = excluded.source_detail, recorded_by = excluded.recorded_by, recorded_at = now(), import_id = excluded.import_id
        where kpi_snapshots.value is distinct from excluded.value or kpi_snapshots.covers is distinct from excluded.covers
          or kpi_snapshots.note is distinct from coalesce(excluded.note, kpi_snapshots.note)
      returning (xmax = 0) as inserted
    )
    select count(*) filter (where inserted) as created, count(*) filter (where not inserted) as corrected
    from written`);
  const [, result] = await Promise.all([lock, write]);
  // The history CTE runs to completion whether or not it is read (PostgreSQL's rule for data-modifying WITH).
  const [row] = rowsOf<{ created: string | number; corrected: string | number }>(result);
  const created = Number(row?.created ?? 0);
  const corrected = Number(row?.corrected ?? 0);
  return { created, corrected, unchanged: items.length - created - corrected };
}

/**
 * Records measurements in one transaction: all of them or, when any is
 * invalid (unknown metric, not a number, a future date), none. With
 * `askUnusual` (quick entry and grid without "yes, I'm sure"), a valid value
 * far outside its series' recent range saves nothing either: UnusualValuesError
 * carries the question.
 */
export async function recordMeasurements(
  ctx: TenantContext,
  items: MeasurementInput[],
  opts: { source: SnapshotSource; today: string; sourceDetail?: string | null; askUnusual?: boolean },
  db?: Queryable,
): Promise<RecordResult> {
  const run = async (tx: Queryable) => {
    // Both reads go out together (one round trip on the transaction's connection); an invalid item's answer wins.
    const [errors, unusual] = await Promise.all([
      validateMeasurements(tx, ctx, items, opts.today),
      opts.askUnusual ? unusualItems(ctx, items, tx) : [],
    ]);
    if (Object.keys(errors).length) throw new ValidationError(errors, "measurements.errors.invalidItems");
    if (unusual.length) throw new UnusualValuesError(unusual);
    const total: RecordResult = { created: 0, corrected: 0, unchanged: 0 };
    for (let i = 0; i < items.length; i += BATCH_SIZE) {
      const r = await writeMeasurementBatch(
        tx,
        ctx,
        dedupeMeasurements(items.slice(i, i + BATCH_SIZE)),
        opts.source,
        null,
        opts.sourceDetail,
      );
      total.created += r.created;
      total.corrected += r.corrected;
      total.unchanged += r.unchanged;
    }
    await auditMeasurements(tx, ctx, items, opts.source, total);
    return total;
  };
  return db ? run(db) : getDb().transaction(run);
}

/**
 * One audit event per call (never per row): "recorded" when it added a date,
 * "corrected" when it only changed existing ones, nothing when nothing changed.
 * A single series keeps its ids and dates, so the log can name it.
 */
async function auditMeasurements(
  tx: Queryable,
  ctx: TenantContext,
  items: MeasurementInput[],
  source: SnapshotSource,
  total: RecordResult,
) {
  if (!total.created && !total.corrected) return;
  const series = new Set(items.map((i) => `${i.channelId}|${i.metricId}`));
  const dates = items.map((i) => i.date).sort();
  const one = series.size === 1 ? { channelId: items[0]!.channelId, metricId: items[0]!.metricId, from: dates[0], to: dates.at(-1) } : {};
  await recordAudit(tx, ctx, total.created ? "measurements.recorded" : "measurements.corrected", undefined, {
    source,
    ...total,
    series: series.size,
    ...one,
  });
}

/** Within one batch the last value for a date wins, as if entered one after the other. */
function dedupeMeasurements(items: MeasurementInput[]): MeasurementInput[] {
  const byKey = new Map<string, MeasurementInput>();
  for (const item of items) byKey.set(`${item.channelId}|${item.metricId}|${item.date}`, item);
  return [...byKey.values()];
}
