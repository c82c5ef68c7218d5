/**
 * Money per channel (DOMAIN.md, "Money"; docs/DOMAIN-RULES.md, "Money"):
 * spend, results, revenue and the figures derived from them, for any period.
 * Everything here is computed from stored series and never stored twice.
 *
 * - Spend, results and revenue are totals: a period's value is the sum of
 *   what falls in it (lib/domain/series.ts, no double counting across
 *   granularities). One-off costs are added to the spend after the stored
 *   spend is aggregated, so a month's typed spend and a day's influencer
 *   invoice both count, each once.
 * - A channel's results are the sum of its result metrics (all totals).
 * - Division by nothing is a state ("no results yet", "no spend"), never 0 or infinity.
 */
import { isoDateMs } from "./dates";
import { aggregateSeries, type CoveredValue, type MeasurePeriod, periodStartMs, type PeriodValue } from "./series";

/** Figures a goal can target on a channel with spend; each is a metric row with this `derivation`, its values computed per period. */
export const DERIVATIONS = ["cost_per_result", "roas", "roi"] as const;
export type Derivation = (typeof DERIVATIONS)[number];

/** Whether amounts are entered and shown with or without VAT; the platforms report without. */
export const VAT_MODES = ["excluding", "including"] as const;
export type VatMode = (typeof VAT_MODES)[number];

/** The catalogue key of a channel's spend series (NOK, a total). */
export const SPEND_METRIC = "spend";
/** The catalogue key of a channel's attributed revenue (NOK, a total). */
export const REVENUE_METRIC = "revenue";
/** The catalogue key of a channel's reach, where it has one (cost per thousand reached). */
export const REACH_METRIC = "reach";

/** Whether a metric is money, hidden from whoever may not see money: an amount in kroner, or a figure computed from one. */
export function isMoneyMetric(metric: { unit: string; derivation: string | null }): boolean {
  return metric.unit === "nok" || metric.derivation !== null;
}

/** A figure that may not exist: why it is missing is part of the answer. */
export type MoneyFigure =
  { state: "value"; value: number } | { state: "noSpend" } | { state: "noResults" } | { state: "noRevenue" } | { state: "noReach" };

const has = (n: number | null | undefined): n is number => n !== null && n !== undefined && Number.isFinite(n);
const value = (v: number): MoneyFigure => ({ state: "value", value: v });

/** Spend ÷ results: "no spend" without spend, "no results yet" without results. */
export function costPerResult(spend: number | null, results: number | null): MoneyFigure {
  if (!has(spend) || spend <= 0) return { state: "noSpend" };
  if (!has(results) || results <= 0) return { state: "noResults" };
  return value(spend / results);
}

/** Spend per 1 000 people reached (CPM on reach). */
export function costPerThousandReached(spend: number | null, reach: number | null): MoneyFigure {
  if (!has(spend) || spend <= 0) return { state: "noSpend" };
  if (!has(reach) || reach <= 0) return { state: "noReach" };
  return value((spend / reach) * 1000);
}

/** Revenue ÷ spend (4 means 4 kr back per krone spent). */
export function returnOnAdSpend(revenue: number | null, spend: number | null): MoneyFigure {
  if (!has(spend) || spend <= 0) return { state: "noSpend" };
  if (!has(revenue)) return { state: "noRevenue" };
  return value(revenue / spend);
}

/** (Revenue − spend) ÷ spend, as a share (0.5 is 50 %). */
export function returnOnInvestment(revenue: number | null, spend: number | null): MoneyFigure {
  if (!has(spend) || spend <= 0) return { state: "noSpend" };
  if (!has(revenue)) return { state: "noRevenue" };
  return value((revenue - spend) / spend);
}

/** Results bought per 1 000 kr: the ranking of channels. */
export function resultsPerThousand(spend: number | null, results: number | null): MoneyFigure {
  if (!has(spend) || spend <= 0) return { state: "noSpend" };
  if (!has(results) || results <= 0) return { state: "noResults" };
  return value((results / spend) * 1000);
}

export type OneOffCost = { date: string; amount: number };

/** A channel's stored series, as read for its money. */
export type MoneySeries = {
  spend: CoveredValue[];
  oneOffCosts: OneOffCost[];
  /** One series per result metric; summed. */
  results: CoveredValue[][];
  revenue: CoveredValue[];
  reach?: CoveredValue[];
};

/** One period of a channel's money; null: nothing recorded in it. */
export type MoneyPeriod = {
  start: string;
  end: string;
  partial: boolean;
  spend: number | null;
  results: number | null;
  revenue: number | null;
  reach: number | null;
};

type Merged = { value: number | null; partial: boolean };

/** Adds aggregated series period by period; a period's value is null when no series has one there. */
function addUp(lists: PeriodValue[][], into: Map<string, { end: string; parts: Merged[] }>, slot: number, width: number) {
  for (const list of lists)
    for (const p of list) {
      const row = into.get(p.start) ?? {
        end: p.end,
        parts: Array.from({ length: width }, () => ({ value: null, partial: false })),
      };
      const part = row.parts[slot]!;
      if (p.value !== null) {
        part.value = (part.value ?? 0) + p.value;
        part.partial ||= p.partial;
      }
      into.set(p.start, row);
    }
}

/**
 * The channel's spend (stored spend plus one-off costs), results, revenue and
 * reach per week or month, oldest first, up to the period holding `today`.
 * A period is partial when it holds today and a series with a value in it
 * does not cover all its days (a one-off cost is a moment, it never makes a period partial).
 */
export function moneyPeriods(series: MoneySeries, period: MeasurePeriod, today: string): MoneyPeriod[] {
  const rows = new Map<string, { end: string; parts: Merged[] }>();
  const total = (points: CoveredValue[]) => aggregateSeries(points, "total", period, today);
  const costs = total(series.oneOffCosts.map((c) => ({ date: c.date, covers: "day" as const, value: c.amount }))).map((p) => ({
    ...p,
    partial: false,
  }));
  addUp([total(series.spend), costs], rows, 0, 4);
  addUp(series.results.map(total), rows, 1, 4);
  addUp([total(series.revenue)], rows, 2, 4);
  addUp([total(series.reach ?? [])], rows, 3, 4);
  return [...rows.entries()]
    .sort(([a], [b]) => (isoDateMs(a) ?? 0) - (isoDateMs(b) ?? 0))
    .map(([start, { end, parts }]) => ({
      start,
      end,
      partial: parts.some((x) => x.partial),
      spend: parts[0]!.value,
      results: parts[1]!.value,
      revenue: parts[2]!.value,
      reach: parts[3]!.value,
    }));
}

/** A derived figure per period, as a goal reads it: null where it cannot be computed (no spend, no results yet). ROI in percent points. */
export function derivedPeriods(periods: MoneyPeriod[], derivation: Derivation): PeriodValue[] {
  return periods.map((p) => {
    const figure =
      derivation === "cost_per_result"
        ? costPerResult(p.spend, p.results)
        : derivation === "roas"
          ? returnOnAdSpend(p.revenue, p.spend)
          : returnOnInvestment(p.revenue, p.spend);
    const v = figure.state === "value" ? (derivation === "roi" ? figure.value * 100 : figure.value) : null;
    return { start: p.start, end: p.end, value: v, partial: p.partial };
  });
}

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The periods of the economics: this month so far, last month, the 3 and the 6 whole months before this one. */
export const MONEY_WINDOWS = ["thisMonth", "lastMonth", "lastQuarter", "sixMonths"] as const;
export type MoneyWindow = (typeof MONEY_WINDOWS)[number];

/** Each window's first and last month (their first days) for `today`. */
export function moneyWindows(today: string): Record<MoneyWindow, { from: string; to: string }> {
  const ms = isoDateMs(today) ?? 0;
  const month = (back: number) => {
    const d = new Date(periodStartMs("month", ms));
    return iso(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - back, 1));
  };
  return {
    thisMonth: { from: month(0), to: month(0) },
    lastMonth: { from: month(1), to: month(1) },
    lastQuarter: { from: month(3), to: month(1) },
    sixMonths: { from: month(6), to: month(1) },
  };
}

export type MoneyTotals = { spend: number | null; results: number | null; revenue: number | null; reach: number | null };

/** The sums of monthly periods whose month lies in [from, to]; null where nothing was recorded. */
export function windowTotals(monthly: MoneyPeriod[], window: { from: string; to: string }): MoneyTotals {
  const from = isoDateMs(window.from) ?? 0;
  const to = isoDateMs(window.to) ?? 0;
  const out: MoneyTotals = { spend: null, results: null, revenue: null, reach: null };
  for (const p of monthly) {
    const start = isoDateMs(p.start) ?? -1;
    if (start < from || start > to) continue;
    for (const key of ["spend", "results", "revenue", "reach"] as const) {
      const v = p[key];
      if (v !== null) out[key] = (out[key] ?? 0) + v;
    }
  }
  return out;
}

/** How far spending may run ahead of or behind the month (in shares) and still be "on pace". */
export const PACE_TOLERANCE = 0.1;

export type BudgetPace =
  | { state: "noBudget"; spent: number }
  | {
      state: "budget";
      budget: number;
      spent: number;
      spentShare: number;
      elapsedShare: number;
      verdict: "over" | "on" | "under";
      overBudget: boolean;
    };

/**
 * The month's spend against its budget: "62 % spent, 48 % of the month gone"
 * (today counts as gone). Over pace when the spent share runs more than
 * PACE_TOLERANCE ahead of the month, under when it lags as far behind.
 */
export function budgetPace(input: { budget: number | null; spent: number | null; today: string }): BudgetPace {
  const spent = input.spent ?? 0;
  if (!has(input.budget) || input.budget <= 0) return { state: "noBudget", spent };
  const d = new Date(isoDateMs(input.today) ?? 0);
  const daysInMonth = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  const elapsedShare = d.getUTCDate() / daysInMonth;
  const spentShare = spent / input.budget;
  const gap = spentShare - elapsedShare;
  const verdict = gap > PACE_TOLERANCE ? "over" : gap < -PACE_TOLERANCE ? "under" : "on";
  return { state: "budget", budget: input.budget, spent, spentShare, elapsedShare, verdict, overBudget: spent > input.budget };
}

export type RankedChannel<T> = T & { perThousand: MoneyFigure };

/**
 * Channels by results per 1 000 kr, best first; channels with spend and no
 * results after them, channels without spend last (each group in the order given).
 */
export function rankChannels<T extends { spend: number | null; results: number | null }>(channels: T[]): RankedChannel<T>[] {
  const group = (f: MoneyFigure) => (f.state === "value" ? 0 : f.state === "noResults" ? 1 : 2);
  return channels
    .map((c, i) => ({ ...c, perThousand: resultsPerThousand(c.spend, c.results), i }))
    .sort((a, b) => {
      const ga = group(a.perThousand);
      const gb = group(b.perThousand);
      if (ga !== gb) return ga - gb;
      if (a.perThousand.state === "value" && b.perThousand.state === "value") return b.perThousand.value - a.perThousand.value || a.i - b.i;
      return a.i - b.i;
    })
    .map(({ i, ...c }) => {
      void i;
      return c as unknown as RankedChannel<T>;
    });
}
