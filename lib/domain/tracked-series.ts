/**
 * The series a goal tracks, whatever its metric: a stored metric read through
 * lib/domain/series.ts, or a figure derived from the channel's money (cost per
 * result, ROAS, ROI: lib/domain/money.ts) computed per period from the stored
 * spend, results and revenue. Progress, pace, forecast, realism and the chart
 * read what this returns and need not know which it was.
 */
import { compareDates } from "./dates";
import type { Point } from "./goal-types";
import { type Derivation, derivedPeriods, type MoneySeries, moneyPeriods } from "./money";
import {
  aggregateSeries,
  type CoveredValue,
  currentPeriodValue,
  type MeasurePeriod,
  type MetricKind,
  periodPoints,
  type PeriodValue,
  trendPoints,
} from "./series";

export type TrackedMetric = { kind: MetricKind; derivation: Derivation | null; period: MeasurePeriod };

export type TrackedSeries = {
  periods: PeriodValue[];
  /** The value the goal tracks (series.ts currentPeriodValue). */
  current: PeriodValue | null;
  /** What the trend, the forecast and realism are fitted to. */
  history: Point[];
  /** A derived figure's last recorded input (spend, a cost, a result, revenue); null for a stored metric (its own last row says). */
  lastInputOn: string | null;
};

const NO_MONEY: MoneySeries = { spend: [], oneOffCosts: [], results: [], revenue: [] };

function latest(money: MoneySeries): string | null {
  const dates = [...money.spend, ...money.results.flat(), ...money.revenue].map((p) => p.date).concat(money.oneOffCosts.map((c) => c.date));
  return dates.reduce<string | null>((a, d) => (a === null || compareDates(d, a) > 0 ? d : a), null);
}

/**
 * A derived figure is a ratio of two period totals: like a total, its current
 * period is compared only once complete, and its trend is fitted to complete periods.
 */
export function trackedSeries(metric: TrackedMetric, raw: CoveredValue[], money: MoneySeries | null, today: string): TrackedSeries {
  if (metric.derivation) {
    const inputs = money ?? NO_MONEY;
    const periods = derivedPeriods(moneyPeriods(inputs, metric.period, today), metric.derivation);
    return { periods, current: currentPeriodValue(periods, "total"), history: periodPoints(periods, "total"), lastInputOn: latest(inputs) };
  }
  const periods = aggregateSeries(raw, metric.kind, metric.period, today);
  return { periods, current: currentPeriodValue(periods, metric.kind), history: trendPoints(raw, periods, metric.kind), lastInputOn: null };
}
