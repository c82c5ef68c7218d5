import { and, eq, gte, type SQL, sql } from "drizzle-orm";
import { getDb, type Queryable, rowsOf } from "@/db/client";
import { oneOffCosts } from "@/db/schema/index";
import { type MoneySeries, REACH_METRIC, REVENUE_METRIC, SPEND_METRIC } from "@/lib/domain/money";
import { seriesByKey } from "@/lib/data/measurements";
import type { TenantContext } from "../context";
import type { ResultMetric } from "./results";

/** A channel as its money is read: its spend, revenue and reach metrics (null: it has none) and what counts as its results. */
export type MoneyChannel = {
  id: string;
  key: string;
  nameNb: string;
  nameEn: string;
  /** The organization's own channel (not the catalogue's). */
  own: boolean;
  spendMetricId: string | null;
  revenueMetricId: string | null;
  reachMetricId: string | null;
  results: ResultMetric[];
};

/**
 * Every channel the organization sees, with its money metrics and results, in
 * one query whatever the number of channels. A channel's spend, revenue and
 * reach metric is the catalogue's when there is one (an organization's own
 * metric of the same key on a catalogue channel is a leftover); its results
 * are the metrics the organization chose for it (channel_result_metrics),
 * else the catalogue's (metrics.is_result).
 */
export async function moneyChannels(ctx: TenantContext, db: Queryable = getDb()): Promise<MoneyChannel[]> {
  const [row] = rowsOf<{ channels: MoneyChannel[] }>(await db.execute(sql`select ${moneyChannelsJson(ctx.orgId)} as channels`));
  return row!.channels;
}

/**
 * moneyChannels' one SQL expression: the channels as one JSON array, so the
 * economics cache (economics-cache.ts) reads them in its own query.
 */
export function moneyChannelsJson(org: string): SQL {
  const metricOf = (key: string) => sql`(
    select m.id from metrics m where m.channel_id = c.id and m.key = ${key} and (m.org_id is null or m.org_id = ${org})
    order by m.org_id nulls first, m.id limit 1)`;
  return sql`(select coalesce(json_agg(json_build_object(
      'id', c.id, 'key', c.key, 'nameNb', c.name_nb, 'nameEn', c.name_en, 'own', c.org_id is not null,
      'spendMetricId', ${metricOf(SPEND_METRIC)}, 'revenueMetricId', ${metricOf(REVENUE_METRIC)}, 'reachMetricId', ${metricOf(REACH_METRIC)},
      'results', coalesce((
        select json_agg(json_build_object('id', m.id, 'channelId', m.channel_id, 'key', m.key, 'nameNb', m.name_nb, 'nameEn', m.name_en)
          order by m.sort_order, m.name_nb, m.id)
        from metrics m
        where m.channel_id = c.id and (m.org_id is null or m.org_id = ${org})
          and case when exists (select 1 from channel_result_metrics r where r.org_id = ${org} and r.channel_id = c.id)
            then exists (select 1 from channel_result_metrics r where r.org_id = ${org} and r.channel_id = c.id and r.metric_id = m.id)
            else m.is_result end
      ), '[]'::json)) order by c.sort_order, c.name_nb, c.id), '[]'::json)
    from channels c
    where c.org_id is null or c.org_id = ${org})`;
}

/** A one-off cost as the money series read it. */
export type CostRow = { channelId: string; date: string; amount: number };

/**
 * The stored series behind the money of the given channels since `from`:
 * spend, one-off costs, results, revenue and reach, in two queries (one read
 * of the series, one of the costs, unless the caller has read them since `from`)
 * whatever the number of channels.
 */
export async function moneySeriesOf(
  ctx: TenantContext,
  chosen: MoneyChannel[],
  from: string,
  db: Queryable = getDb(),
  read?: CostRow[],
): Promise<Map<string, MoneySeries>> {
  const metricIds = chosen.flatMap((c) => [c.spendMetricId, c.revenueMetricId, c.reachMetricId, ...c.results.map((r) => r.id)]);
  const ids = [...new Set(metricIds.filter((id): id is string => id !== null))];
  const channelIds = chosen.map((c) => c.id);
  const [series, costs] = await Promise.all([
    seriesByKey(ctx, { channelIds, metricIds: ids }, { from }, db),
    read ??
      (channelIds.length
        ? db
            .select({ channelId: oneOffCosts.channelId, date: oneOffCosts.date, amount: oneOffCosts.amount })
            .from(oneOffCosts)
            .where(and(eq(oneOffCosts.orgId, ctx.orgId), gte(oneOffCosts.date, from)))
        : Promise.resolve([])),
  ]);
  const of = (channelId: string, metricId: string | null) => (metricId ? (series.get(`${channelId}:${metricId}`) ?? []) : []);
  return new Map(
    chosen.map((c) => [
      c.id,
      {
        spend: of(c.id, c.spendMetricId),
        oneOffCosts: costs.filter((x) => x.channelId === c.id).map((x) => ({ date: x.date, amount: x.amount })),
        results: c.results.map((r) => of(c.id, r.id)),
        revenue: of(c.id, c.revenueMetricId),
        reach: of(c.id, c.reachMetricId),
      },
    ]),
  );
}
