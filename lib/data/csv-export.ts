import { and, asc, eq, inArray, isNull, or, type SQL, sql } from "drizzle-orm";
import { getDb, type Queryable } from "@/db/client";
import { channels, kpiSnapshots, metrics } from "@/db/schema";
import { EXPORT_HEADER, exportLine } from "@/lib/domain/csv-format";
import { isoDateMs } from "@/lib/domain/dates";
import { ValidationError } from "@/lib/errors";
import { log } from "@/lib/log";
import type { TenantContext } from "./context";

/**
 * CSV export of an organization's measurements, read a page at a time (keyset
 * on date and id) and streamed, so a large history never sits in memory. The
 * file is what Norwegian Excel opens as-is and what the import reads back.
 */
export type ExportFilter = { channel?: string; metric?: string; from?: string; to?: string };

export const EXPORT_PAGE_SIZE = 5000;
const BOM = "\uFEFF";
const ERRORS = "measurements.export.errors";

/** A query parameter the export cannot use; `reason` is for API callers, the message key for people. */
export class ExportQueryError extends ValidationError {
  constructor(field: string, name: string, readonly reason: string) {
    super({ [field]: [`${ERRORS}.${name}`] }, `${ERRORS}.${name}`);
  }
}

/** The filter from a query string; empty parameters count as absent. */
export function parseExportFilter(params: URLSearchParams): ExportFilter {
  const get = (name: string) => params.get(name)?.trim() || undefined;
  const filter: ExportFilter = { channel: get("channel"), metric: get("metric"), from: get("from"), to: get("to") };
  for (const field of ["from", "to"] as const) {
    const value = filter[field];
    if (value !== undefined && (!/^\d{4}-\d{2}-\d{2}$/.test(value) || isoDateMs(value) === null)) {
      throw new ExportQueryError(field, "badDate", `${field} must be a calendar date written YYYY-MM-DD`);
    }
  }
  if (filter.from && filter.to && filter.from > filter.to) throw new ExportQueryError("from", "badRange", "from must be on or before to");
  return filter;
}

/** The filter as conditions on kpi_snapshots; a key this organization cannot see is refused. */
async function conditionsOf(db: Queryable, ctx: TenantContext, filter: ExportFilter): Promise<SQL[]> {
  const conditions: SQL[] = [eq(kpiSnapshots.orgId, ctx.orgId)];
  let channelIds: string[] | undefined;
  if (filter.channel) {
    const rows = await db
      .select({ id: channels.id })
      .from(channels)
      .where(and(eq(channels.key, filter.channel), or(isNull(channels.orgId), eq(channels.orgId, ctx.orgId))));
    if (!rows.length) throw new ExportQueryError("channel", "unknownChannel", `no channel with the key "${filter.channel}"`);
    channelIds = rows.map((r) => r.id);
    conditions.push(inArray(kpiSnapshots.channelId, channelIds));
  }
  if (filter.metric) {
    const rows = await db
      .select({ id: metrics.id })
      .from(metrics)
      .where(
        and(eq(metrics.key, filter.metric), or(isNull(metrics.orgId), eq(metrics.orgId, ctx.orgId)), channelIds ? inArray(metrics.channelId, channelIds) : undefined),
      );
    if (!rows.length) throw new ExportQueryError("metric", "unknownMetric", `no metric with the key "${filter.metric}"${filter.channel ? " on that channel" : ""}`);
    conditions.push(inArray(kpiSnapshots.metricId, rows.map((r) => r.id)));
  }
  if (filter.from) conditions.push(sql`${kpiSnapshots.date} >= ${filter.from}::date`);
  if (filter.to) conditions.push(sql`${kpiSnapshots.date} <= ${filter.to}::date`);
  return conditions;
}

type ExportRow = { id: number; date: string; channel: string; metric: string; value: string; note: string | null };

async function page(db: Queryable, conditions: SQL[], after: { date: string; id: number } | null, size: number): Promise<ExportRow[]> {
  return db
    .select({
      id: kpiSnapshots.id,
      date: kpiSnapshots.date,
      channel: channels.key,
      metric: metrics.key,
      // The stored decimal's own text: no float rounding on the way out.
      value: sql<string>`${kpiSnapshots.value}::text`,
      note: kpiSnapshots.note,
    })
    .from(kpiSnapshots)
    .innerJoin(channels, eq(channels.id, kpiSnapshots.channelId))
    .innerJoin(metrics, eq(metrics.id, kpiSnapshots.metricId))
    .where(and(...conditions, after ? sql`(${kpiSnapshots.date}, ${kpiSnapshots.id}) > (${after.date}::date, ${after.id})` : undefined))
    .orderBy(asc(kpiSnapshots.date), asc(kpiSnapshots.id))
    .limit(size);
}

/**
 * The organization's measurements as a CSV byte stream: a BOM and the header,
 * then one page per pull. The filter is checked before the stream is made, so
 * a bad filter is an error and not half a file.
 */
export async function measurementsCsv(ctx: TenantContext, filter: ExportFilter, db: Queryable = getDb(), pageSize = EXPORT_PAGE_SIZE) {
  const conditions = await conditionsOf(db, ctx, filter);
  const encoder = new TextEncoder();
  let after: { date: string; id: number } | null = null;
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(`${BOM}${EXPORT_HEADER.join(";")}\r\n`));
        return;
      }
      try {
        const rows = await page(db, conditions, after, pageSize);
        if (rows.length) controller.enqueue(encoder.encode(rows.map(exportLine).join("")));
        const last = rows.at(-1);
        if (rows.length < pageSize || !last) controller.close();
        else after = { date: last.date, id: last.id };
      } catch (error) {
        log.error({ err: error }, "measurement export failed");
        controller.error(error);
      }
    },
  });
}
