import { and, asc, eq, gte, isNull, or } from "drizzle-orm";
import { getDb, type Queryable } from "@/db/client";
import { channels, oneOffCosts } from "@/db/schema/index";
import { type MoneySeries, REACH_METRIC, REVENUE_METRIC, SPEND_METRIC } from "@/lib/domain/money";
import { seriesByKey } from "@/lib/data/measurements";
import type { TenantContext } from "../context";
import { readResultChoices, type ResultMetric, resultsByChannel } from "./results";

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

/** Every channel the organization sees, with its money metrics and results: three queries whatever the number of channels. */
export async function moneyChannels(ctx: TenantContext, db: Queryable = getDb()): Promise<MoneyChannel[]> {
  const [channelRows, [metricRows, picks]] = await Promise.all([
    db
      .select({ id: channels.id, key: channels.key, nameNb: channels.nameNb, nameEn: channels.nameEn, orgId: channels.orgId })
      .from(channels)
      .where(or(isNull(channels.orgId), eq(channels.orgId, ctx.orgId)))
      .orderBy(asc(channels.sortOrder), asc(channels.nameNb)),
    readResultChoices(ctx, db),
  ]);
  const results = resultsByChannel(metricRows, picks);
  // The catalogue's metric first: an organization's own metric of the same key on a catalogue channel is a leftover.
  const find = (channelId: string, key: string) =>
    metricRows
      .filter((m) => m.channelId === channelId && m.key === key)
      .sort((a, b) => Number(a.orgId !== null) - Number(b.orgId !== null))[0]?.id ?? null;
  return channelRows.map((c) => ({
    id: c.id,
    key: c.key,
    nameNb: c.nameNb,
    nameEn: c.nameEn,
    own: c.orgId !== null,
    spendMetricId: find(c.id, SPEND_METRIC),
    revenueMetricId: find(c.id, REVENUE_METRIC),
    reachMetricId: find(c.id, REACH_METRIC),
    results: results.get(c.id) ?? [],
  }));
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
