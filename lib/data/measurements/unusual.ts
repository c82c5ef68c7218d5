import { sql } from "drizzle-orm";
import { getDb, type Queryable, rowsOf } from "@/db/client";
import { isFarOutside, RECENT_VALUES } from "@/lib/domain/unusual-value";
import type { TenantContext } from "../context";

type Item = { channelId: string; metricId: string; value: number };

/**
 * The indexes of the items whose value lies far outside their series' recent
 * range (lib/domain/unusual-value): asked about, never refused. One query
 * reads the latest RECENT_VALUES values of every series the items name.
 */
export async function unusualItems(ctx: TenantContext, items: Item[], db: Queryable = getDb()): Promise<number[]> {
  const series = [
    ...new Map(items.map((i) => [`${i.channelId}|${i.metricId}`, { channel_id: i.channelId, metric_id: i.metricId }])).values(),
  ];
  if (!series.length) return [];
  const result = await db.execute(sql`
    select channel_id::text, metric_id::text, value::float8 as value from (
      select s.channel_id, s.metric_id, s.value,
             row_number() over (partition by s.channel_id, s.metric_id order by s.date desc) as n
      from kpi_snapshots s
      join json_to_recordset(${JSON.stringify(series)}::json) as x(channel_id uuid, metric_id uuid)
        on s.channel_id = x.channel_id and s.metric_id = x.metric_id
      where s.org_id = ${ctx.orgId}
    ) recent where n <= ${RECENT_VALUES}`);
  const recent = new Map<string, number[]>();
  for (const r of rowsOf<{ channel_id: string; metric_id: string; value: number }>(result)) {
    const key = `${r.channel_id}|${r.metric_id}`;
    recent.set(key, [...(recent.get(key) ?? []), Number(r.value)]);
  }
  return items.flatMap((item, index) => (isFarOutside(item.value, recent.get(`${item.channelId}|${item.metricId}`) ?? []) ? [index] : []));
}
