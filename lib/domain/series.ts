/**
 * Series that know what their numbers mean (DOMAIN.md, "Series: levels and
 * totals"; docs/DOMAIN-RULES.md, "Series and periods"). A stored value covers
 * a day, a week or a month starting on its date; a goal reads its series per
 * week or per month:
 * - a total is the sum over the period,
 * - a level is the period's last value,
 * - a rate is the mean of the values weighted by the days each covers in the
 *   period. Platform exports give the rate, not its numerator and
 *   denominator; when a source has both, the import stores them as two totals.
 *
 * No double counting: within one period only the finest granularity present
 * is used (day values beat week values beat month values), and a coarser
 * value overlapping that period is ignored there. A value that straddles the
 * period's edge (a week across two months, a month across weeks) counts with
 * the share of its days inside the period. Values dated after today are not read.
 */
import { isoDateMs } from "./dates";

/** What a stored value covers, from its date: a day, the week from its Monday, the month from its 1st. */
export const COVERS = ["day", "week", "month"] as const;
export type Covers = (typeof COVERS)[number];
/** How a metric's values combine over a period: a level's last value, a total's sum, a rate's day-weighted mean. */
export const METRIC_KINDS = ["level", "total", "rate"] as const;
export type MetricKind = (typeof METRIC_KINDS)[number];
/** The periods a goal is measured per. */
export const measurePeriods = ["week", "month"] as const;
export type MeasurePeriod = (typeof measurePeriods)[number];

export type CoveredValue = { date: string; covers: Covers; value: number };
/**
 * One period of the aggregated series; `end` is its last day. `partial`: the
 * period holds today (so is not over, even on its last day) and its values do
 * not cover all its days.
 */
export type PeriodValue = { start: string; end: string; value: number | null; partial: boolean };

const DAY = 86_400_000;
const RANK: Record<Covers, number> = { day: 0, week: 1, month: 2 };
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The first day of the week (Monday) or month containing `ms`. */
export function periodStartMs(period: Covers, ms: number): number {
  if (period === "day") return ms;
  // 1970-01-01 was a Thursday: day 0 is 3 days after a Monday (no Date object for a week, the common case).
  if (period === "week") return ms - ((((Math.floor(ms / DAY) + 3) % 7) + 7) % 7) * DAY;
  const d = new Date(ms);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
}

/** The day after the period of `covers` starting on `ms` ends. */
function nextStartMs(period: Covers, ms: number): number {
  if (period === "day") return ms + DAY;
  if (period === "week") return ms + 7 * DAY;
  const d = new Date(ms);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

type Part = { rank: number; start: number; value: number; overlapStart: number; overlapEnd: number; covered: number; order: number };

/**
 * The series per week or month from the period of its first value to the
 * period containing `today`, oldest first; a period without values has value
 * null. Bounded: dates outside 2000–2100 are dropped, so at most ~5 300 weeks.
 */
export function aggregateSeries(points: CoveredValue[], kind: MetricKind, period: MeasurePeriod, today: string): PeriodValue[] {
  const now = isoDateMs(today);
  if (now === null) return [];
  const lastStart = periodStartMs(period, now);
  const parts = new Map<number, Part[]>();
  let first: number | null = null;
  for (const [order, p] of points.entries()) {
    const start = isoDateMs(p.date);
    if (start === null || start > now || !Number.isFinite(p.value) || !(p.covers in RANK)) continue;
    const end = nextStartMs(p.covers, start);
    // A day lies in one period, a week in at most two, a month in at most six weeks: this loop is short.
    for (let ps = periodStartMs(period, start); ps < end && ps <= lastStart; ps = nextStartMs(period, ps)) {
      const pe = nextStartMs(period, ps);
      const part = {
        rank: RANK[p.covers],
        start,
        value: p.value,
        overlapStart: Math.max(ps, start),
        overlapEnd: Math.min(pe, end),
        covered: (end - start) / DAY,
        order,
      };
      const inPeriod = parts.get(ps);
      if (inPeriod) inPeriod.push(part);
      else parts.set(ps, [part]);
      if (first === null || ps < first) first = ps;
    }
  }
  if (first === null) return [];
  const out: PeriodValue[] = [];
  for (let ps = first; ps <= lastStart; ps = nextStartMs(period, ps)) {
    const pe = nextStartMs(period, ps);
    const all = parts.get(ps) ?? [];
    const finest = Math.min(...all.map((x) => x.rank));
    const used = all.filter((x) => x.rank === finest);
    out.push({
      start: iso(ps),
      end: iso(pe - DAY),
      value: combine(used, kind),
      partial: pe > now && coveredDays(used, ps, pe) < (pe - ps) / DAY,
    });
  }
  return out;
}

function combine(used: Part[], kind: MetricKind): number | null {
  if (!used.length) return null;
  const days = (x: Part) => (x.overlapEnd - x.overlapStart) / DAY;
  if (kind === "total") return used.reduce((s, x) => s + (x.value * days(x)) / x.covered, 0);
  if (kind === "rate") {
    const weight = used.reduce((s, x) => s + days(x), 0);
    return used.reduce((s, x) => s + x.value * days(x), 0) / weight;
  }
  // A level: the value that starts last (on the same start, the one given last).
  return used.reduce((a, b) => (b.start > a.start || (b.start === a.start && b.order > a.order) ? b : a)).value;
}

/** Days of [ps, pe) that some used value covers; a period has at most 31 days. */
function coveredDays(used: Part[], ps: number, pe: number): number {
  const seen = new Set<number>();
  for (const x of used) for (let d = x.overlapStart; d < x.overlapEnd && d < pe; d += DAY) if (d >= ps) seen.add(d);
  return seen.size;
}

/**
 * The value a goal tracks: for a total the latest complete period's sum (a
 * partial current period is shown, never compared as complete); for a level
 * or a rate the latest period with a value, the current one included.
 */
export function currentPeriodValue(periods: PeriodValue[], kind: MetricKind): PeriodValue | null {
  for (let i = periods.length - 1; i >= 0; i--) {
    const p = periods[i]!;
    if (p.value !== null && (kind !== "total" || !p.partial)) return p;
  }
  return null;
}

/** The aggregated series as points on each period's first day, for the trend, forecast and realism; a total's partial period left out. */
export function periodPoints(periods: PeriodValue[], kind: MetricKind): { date: string; value: number }[] {
  return periods.filter((p) => p.value !== null && (kind !== "total" || !p.partial)).map((p) => ({ date: p.start, value: p.value! }));
}

/**
 * What the trend, the forecast and the realism check are fitted to: a total's
 * complete period sums (its days alone would forecast one day's count), a
 * level's or a rate's own values on their own dates (a period's last value
 * moved to the period's first day would shift the trend's clock).
 */
export function trendPoints(raw: CoveredValue[], periods: PeriodValue[], kind: MetricKind): { date: string; value: number }[] {
  return kind === "total" ? periodPoints(periods, kind) : raw.map((p) => ({ date: p.date, value: p.value }));
}
