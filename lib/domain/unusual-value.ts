/**
 * "Er du sikker?": a value far outside its series' recent range is most often
 * a typo (1200 for 120, a missing zero). It is never refused, only asked about
 * (quick entry, grid) or reported as a warning (CSV and file import previews, API).
 */

/** How many of the series' latest values make its recent range. */
export const RECENT_VALUES = 12;
/** Fewer values than this are no range to judge by. */
const MIN_RECENT_VALUES = 3;
/** How far outside the range, in spans, a value must be to count as far outside. */
const FAR_OUTSIDE_SPANS = 3;
/** The span is at least this share of the median, so a flat series (100, 100, 100) still allows ordinary change. */
const MIN_SPAN_OF_MEDIAN = 0.5;

function median(sorted: number[]): number {
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The latest RECENT_VALUES finite values, sorted ascending. */
const latestSorted = (recent: readonly number[]) =>
  recent
    .slice(0, RECENT_VALUES)
    .filter(Number.isFinite)
    .sort((a, b) => a - b);

/**
 * The range inside which a value is ordinary, from the series' recent values
 * (the latest RECENT_VALUES; the caller passes them newest first or in any
 * order): [min − k·span, max + k·span] with span = max(max − min,
 * MIN_SPAN_OF_MEDIAN × |median|) and k = FAR_OUTSIDE_SPANS. Null when there
 * are too few values or they are all zero (nothing to judge by).
 */
export function ordinaryRange(recent: readonly number[]): { low: number; high: number } | null {
  const sorted = latestSorted(recent);
  if (sorted.length < MIN_RECENT_VALUES) return null;
  const min = sorted[0]!;
  const max = sorted.at(-1)!;
  const span = Math.max(max - min, MIN_SPAN_OF_MEDIAN * Math.abs(median(sorted)));
  if (span === 0) return null;
  return { low: min - FAR_OUTSIDE_SPANS * span, high: max + FAR_OUTSIDE_SPANS * span };
}

/** True when `value` lies far outside the series' recent range (see ordinaryRange). */
export function isFarOutside(value: number, recent: readonly number[]): boolean {
  const range = ordinaryRange(recent);
  return range !== null && (value < range.low || value > range.high);
}

/** The recent values' own lowest and highest: what a person is told ("usually between 120 and 180 lately"). */
export type UsualRange = { low: number; high: number };

/**
 * The question to ask about `value`: null when it is ordinary (or there is
 * nothing to judge by), else the lowest and highest of the recent values it
 * was judged against, for the sentence beside the field.
 */
export function unusualValue(value: number, recent: readonly number[]): UsualRange | null {
  if (!isFarOutside(value, recent)) return null;
  const sorted = latestSorted(recent);
  return { low: sorted[0]!, high: sorted.at(-1)! };
}

/**
 * The values a new value on `date` is judged against: the series' latest
 * (`points` newest first) leaving out the value it replaces, so correcting a
 * typo is not judged by the typo itself.
 */
export function referenceValues(points: readonly { date: string; value: number }[], date: string): number[] {
  return points
    .filter((p) => p.date !== date)
    .slice(0, RECENT_VALUES)
    .map((p) => p.value);
}
