import { and, asc, eq, gt, gte, lte, sql } from "drizzle-orm";
import { getDb, type Queryable } from "@/db/client";
import { kpiSnapshots } from "@/db/schema/index";
import { EXPORT_HEADER, exportLine } from "@/lib/domain/csv-format";
import { compareDates, isoDateMs } from "@/lib/domain/dates";
import { ValidationError } from "@/lib/errors";
import { log } from "@/lib/log";
import { channelCatalog } from "@/lib/data/benchmarks";
import type { TenantContext } from "../context";

/**
 * CSV export of an organization's measurements, read a page at a time and
 * streamed, so a large history never sits in memory. The
 * file is what Norwegian Excel opens as-is and what the import reads back.
 */
export type ExportFilter = { channel?: string; metric?: string; from?: string; to?: string };

const EXPORT_PAGE_SIZE = 5000;
const BOM = "\uFEFF";
const ERRORS = "measurements.export.errors";

/** A query parameter the export cannot use; `reason` is for API callers, the message key for people. */
export class ExportQueryError extends ValidationError {
  constructor(
    field: string,
    name: string,
    readonly reason: string,
  ) {
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
  if (filter.from && filter.to && compareDates(filter.from, filter.to) > 0)
    throw new ExportQueryError("from", "badRange", "from must be on or before to");
  return filter;
}

type Series = { channelId: string; metricId: string; channel: string; metric: string };

/** The series the filter asks for, in catalogue order; a key this organization cannot see is refused. */
async function seriesOf(db: Queryable, ctx: TenantContext, filter: ExportFilter, money: boolean): Promise<Series[]> {
  // Without money, spend and revenue are not there at all: asking for them is an unknown metric.
  const catalog = await channelCatalog(ctx, db, { money });
  const chosen = filter.channel ? catalog.filter((c) => c.key === filter.channel) : catalog;
  if (!chosen.length) throw new ExportQueryError("channel", "unknownChannel", `no channel with the key "${filter.channel}"`);
  const series = chosen.flatMap((c) =>
    c.metrics
      .filter((m) => !filter.metric || m.key === filter.metric)
      .map((m) => ({ channelId: c.id, metricId: m.id, channel: c.key, metric: m.key })),
  );
  if (!series.length)
    throw new ExportQueryError(
      "metric",
      "unknownMetric",
      `no metric with the key "${filter.metric}"${filter.channel ? " on that channel" : ""}`,
    );
  return series;
}

/** One page of one series after `after`: a range scan of the (org, channel, metric, date) unique index. */
async function page(db: Queryable, ctx: TenantContext, s: Series, filter: ExportFilter, after: string | null, size: number) {
  return db
    .select({
      date: kpiSnapshots.date,
      // The stored decimal's own text: no float rounding on the way out.
      value: sql<string>`${kpiSnapshots.value}::text`,
      note: kpiSnapshots.note,
    })
    .from(kpiSnapshots)
    .where(
      and(
        eq(kpiSnapshots.orgId, ctx.orgId),
        eq(kpiSnapshots.channelId, s.channelId),
        eq(kpiSnapshots.metricId, s.metricId),
        after ? gt(kpiSnapshots.date, after) : undefined,
        filter.from ? gte(kpiSnapshots.date, filter.from) : undefined,
        filter.to ? lte(kpiSnapshots.date, filter.to) : undefined,
      ),
    )
    .orderBy(asc(kpiSnapshots.date))
    .limit(size);
}

/**
 * The organization's measurements as a CSV byte stream: a BOM and the header,
 * then each series (channel and metric, in catalogue order) by date, one page
 * per pull. Keyset pages on the unique index keep every query as cheap as the
 * first, however long the history. The filter is checked before the stream is
 * made, so a bad filter is an error and not half a file.
 */
export async function measurementsCsv(
  ctx: TenantContext,
  filter: ExportFilter,
  db: Queryable = getDb(),
  pageSize = EXPORT_PAGE_SIZE,
  /** Whether the caller sees money (lib/domain/permissions "money.view"); without, money series are left out. */
  money = true,
) {
  const series = await seriesOf(db, ctx, filter, money);
  const encoder = new TextEncoder();
  let at = 0;
  let after: string | null = null;
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(`${BOM}${EXPORT_HEADER.join(";")}\r\n`));
        return;
      }
      try {
        // Skip series without values: a pull must enqueue something or close, or the stream stalls.
        for (let s = series[at]; s; s = series[at]) {
          const rows = await page(db, ctx, s, filter, after, pageSize);
          const last = rows.at(-1);
          if (rows.length < pageSize || !last) [at, after] = [at + 1, null];
          else after = last.date;
          if (rows.length)
            return controller.enqueue(encoder.encode(rows.map((r) => exportLine({ ...r, channel: s.channel, metric: s.metric })).join("")));
        }
        controller.close();
      } catch (error) {
        log.error({ err: error }, "measurement export failed");
        controller.error(error);
      }
    },
  });
}
