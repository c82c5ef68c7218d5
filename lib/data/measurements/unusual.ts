import { sql } from "drizzle-orm";
import { getDb, type Queryable, rowsOf } from "@/db/client";
import { RECENT_VALUES, referenceValues, unusualValue, type UsualRange } from "@/lib/domain/unusual-value";
import { ValidationError } from "@/lib/errors";
import type { TenantContext } from "../context";

type Item = { channelId: string; metricId: string; date: string; value: number };
/** An item whose value lies far outside its series' recent range, by its index, with that range in words' numbers. */
type UnusualFinding = { index: number } & UsualRange;
/** Each series' latest values, newest first, by "channelId|metricId"; a caller reading in batches passes one along to read each series once. */
export type RecentValues = Map<string, { date: string; value: number }[]>;

const seriesOf = (item: { channelId: string; metricId: string }) => `${item.channelId}|${item.metricId}`;

/** Reads the latest values of the series not yet in `known`, in one query (none when every series is known). */
async function readRecent(ctx: TenantContext, items: Item[], known: RecentValues, db: Queryable) {
  const missing = [...new Map(items.filter((i) => !known.has(seriesOf(i))).map((i) => [seriesOf(i), i])).values()];
  if (!missing.length) return;
  for (const i of missing) known.set(seriesOf(i), []);
  const series = missing.map((i) => ({ channel_id: i.channelId, metric_id: i.metricId }));
  // One more than RECENT_VALUES: a value correcting one of them is judged without the one it replaces.
  const result = await db.execute(sql`
    select channel_id::text, metric_id::text, date::text, value::float8 as value from (
      select s.channel_id, s.metric_id, s.date, s.value,
             row_number() over (partition by s.channel_id, s.metric_id order by s.date desc) as n
      from kpi_snapshots s
      join json_to_recordset(${JSON.stringify(series)}::json) as x(channel_id uuid, metric_id uuid)
        on s.channel_id = x.channel_id and s.metric_id = x.metric_id
      where s.org_id = ${ctx.orgId}
    ) recent where n <= ${RECENT_VALUES + 1}
    order by channel_id, metric_id, date desc`);
  for (const r of rowsOf<{ channel_id: string; metric_id: string; date: string; value: number }>(result))
    known.get(`${r.channel_id}|${r.metric_id}`)?.push({ date: r.date, value: Number(r.value) });
}

/**
 * The items whose value lies far outside their series' recent range
 * (lib/domain/unusual-value): asked about, never refused. One query reads
 * the latest values of every series the items name and `known` lacks.
 */
export async function unusualItems(
  ctx: TenantContext,
  items: Item[],
  db: Queryable = getDb(),
  known: RecentValues = new Map(),
): Promise<UnusualFinding[]> {
  if (!items.length) return [];
  await readRecent(ctx, items, known, db);
  return items.flatMap((item, index) => {
    const range = unusualValue(item.value, referenceValues(known.get(seriesOf(item)) ?? [], item.date));
    return range ? [{ index, ...range }] : [];
  });
}

/**
 * Nothing was saved: these values are far outside their series' recent range
 * and the request did not say "yes, I'm sure". Each item's question is
 * `items.<index>.value`; its range is in the message values `low.<index>` and `high.<index>`.
 */
export class UnusualValuesError extends ValidationError {
  constructor(readonly findings: UnusualFinding[]) {
    super(
      Object.fromEntries(findings.map((f) => [`items.${f.index}.value`, ["measurements.unusual.question"]])),
      "measurements.unusual.ask",
      Object.fromEntries(findings.flatMap((f) => [[`low.${f.index}`, f.low] as const, [`high.${f.index}`, f.high] as const])),
    );
  }
}
