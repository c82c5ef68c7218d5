import { getDb, type Queryable } from "@/db/client";
import { compareDates } from "@/lib/domain/dates";
import {
  type BudgetPace,
  budgetPace,
  costPerResult,
  costPerThousandReached,
  type MoneyFigure,
  type MoneyPeriod,
  moneyPeriods,
  type MoneyTotals,
  type MoneyWindow,
  MONEY_WINDOWS,
  moneyWindows,
  resultsPerThousand,
  returnOnAdSpend,
  returnOnInvestment,
  windowTotals,
} from "@/lib/domain/money";
import type { PitfallChannel } from "@/lib/domain/pitfalls";
import type { TenantContext } from "../context";
import { type BudgetRow, listBudgets } from "./budgets";
import { readEconomicsCache, writeEconomicsCache } from "./economics-cache";
import { type CostRow, type MoneyChannel, moneyChannels, moneySeriesOf } from "./money-series";

/** One channel's money over one window: the sums, its budget, and the figures computed from them. */
export type WindowEconomics = MoneyTotals & {
  budget: number | null;
  costPerResult: MoneyFigure;
  costPerThousandReached: MoneyFigure;
  roas: MoneyFigure;
  roi: MoneyFigure;
  resultsPerThousand: MoneyFigure;
};

export type ChannelEconomics = Omit<MoneyChannel, "spendMetricId" | "revenueMetricId" | "reachMetricId"> & {
  windows: Record<MoneyWindow, WindowEconomics>;
  /** This month's spend against its budget. */
  pace: BudgetPace;
  /** The last 7 months (6 whole ones and this one so far), oldest first: the cost-per-result trend. */
  months: (MoneyPeriod & { costPerResult: MoneyFigure; budget: number | null })[];
};

export type Economics = {
  today: string;
  windows: Record<MoneyWindow, { from: string; to: string }>;
  /** Channels with any money recorded in the last 7 months (spend, a one-off cost, a budget or revenue). */
  channels: ChannelEconomics[];
};

const figures = (t: MoneyTotals, budget: number | null): WindowEconomics => ({
  ...t,
  budget,
  costPerResult: costPerResult(t.spend, t.results),
  costPerThousandReached: costPerThousandReached(t.spend, t.reach),
  roas: returnOnAdSpend(t.revenue, t.spend),
  roi: returnOnInvestment(t.revenue, t.spend),
  resultsPerThousand: resultsPerThousand(t.spend, t.results),
});

/**
 * Every channel's money for this month, last month, the last 3 and the last
 * 6 whole months: spend (one-off costs included), budget, results, revenue and
 * what follows from them, in a constant number of queries whatever the number
 * of channels (see moneyWithChannels). `channelId`: only that channel, even
 * without any money yet (its own page; not cached); `cache: false`: computed
 * from the series without the cache (the cache's tests compare the two).
 */
export async function channelEconomics(
  ctx: TenantContext,
  today: string,
  { channelId, cache = true }: { channelId?: string; cache?: boolean } = {},
  db: Queryable = getDb(),
): Promise<Economics> {
  if (!channelId) return (await moneyWithChannels(ctx, today, { cache }, db)).economics;
  const [channels, budgets] = await Promise.all([moneyChannels(ctx, db), budgetsOf(ctx, today, db)]);
  return economicsOf(ctx, { today, channels, budgets, channelId }, db);
}

const budgetsOf = (ctx: TenantContext, today: string, db: Queryable) =>
  listBudgets(ctx, { from: moneyWindows(today).sixMonths.from, to: today }, db);

/**
 * The organization's money channels and their economics through the economics
 * cache (lib/data/money/economics-cache.ts): one query on a hit (the channels,
 * the budgets and the cached economics); on a miss one read of the series and
 * the upsert of the new economics besides. `cache: false` reads the channels,
 * the budgets, the series and the one-off costs and computes.
 */
export async function moneyWithChannels(
  ctx: TenantContext,
  today: string,
  { cache = true }: { cache?: boolean } = {},
  db: Queryable = getDb(),
): Promise<{ channels: MoneyChannel[]; economics: Economics }> {
  if (!cache) {
    const [channels, budgets] = await Promise.all([moneyChannels(ctx, db), budgetsOf(ctx, today, db)]);
    return { channels, economics: await economicsOf(ctx, { today, channels, budgets }, db) };
  }
  const cached = await readEconomicsCache(ctx, { today, from: moneyWindows(today).sixMonths.from }, db);
  const { channels } = cached;
  if (cached.economics) return { channels, economics: cached.economics };
  const economics = await economicsOf(ctx, { today, channels, budgets: cached.budgets, costs: cached.costs }, db);
  await writeEconomicsCache(ctx, cached.fingerprint, economics, db);
  return { channels, economics };
}

/** The economics computed from the series: one read of them, and one of the one-off costs unless given. */
async function economicsOf(
  ctx: TenantContext,
  {
    today,
    channels,
    budgets,
    costs,
    channelId,
  }: { today: string; channels: MoneyChannel[]; budgets: BudgetRow[]; costs?: CostRow[]; channelId?: string },
  db: Queryable,
): Promise<Economics> {
  const windows = moneyWindows(today);
  const from = windows.sixMonths.from;
  const series = await moneySeriesOf(ctx, channels, from, db, costs);
  const budgetOf = new Map(budgets.map((b) => [`${b.channelId}|${b.month}`, b.amount]));
  const out: ChannelEconomics[] = [];
  for (const { spendMetricId: _s, revenueMetricId: _r, reachMetricId: _x, ...c } of channels) {
    const months = moneyPeriods(series.get(c.id)!, "month", today).filter((p) => compareDates(p.start, from) >= 0);
    const monthBudgets = budgets.filter((b) => b.channelId === c.id);
    if (channelId ? c.id !== channelId : !months.some((m) => m.spend !== null || m.revenue !== null) && !monthBudgets.length) continue;
    const budgetIn = (w: { from: string; to: string }) => {
      const inside = monthBudgets.filter((b) => compareDates(b.month, w.from) >= 0 && compareDates(b.month, w.to) <= 0);
      return inside.length ? inside.reduce((s, b) => s + b.amount, 0) : null;
    };
    const thisMonth = windowTotals(months, windows.thisMonth);
    out.push({
      ...c,
      windows: Object.fromEntries(MONEY_WINDOWS.map((w) => [w, figures(windowTotals(months, windows[w]), budgetIn(windows[w]))])) as Record<
        MoneyWindow,
        WindowEconomics
      >,
      pace: budgetPace({ budget: budgetIn(windows.thisMonth), spent: thisMonth.spend, today }),
      months: months.map((m) => ({
        ...m,
        costPerResult: costPerResult(m.spend, m.results),
        budget: budgetOf.get(`${c.id}|${m.start}`) ?? null,
      })),
    });
  }
  return { today, windows, channels: out };
}

/** The channels' last month as pitfall 8 reads it (lib/domain/pitfalls.ts "moneyWithoutResults"). */
export function pitfallChannels(economics: Economics): PitfallChannel[] {
  return economics.channels.map((c) => ({
    channelId: c.id,
    channelKey: c.key,
    channelNb: c.nameNb,
    channelEn: c.nameEn,
    resultKey: c.results.length
      ? c.results
          .map((r) => r.key)
          .sort()
          .join("+")
      : null,
    spend: c.windows.lastMonth.spend,
    results: c.windows.lastMonth.results,
  }));
}
