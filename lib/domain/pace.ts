/**
 * A goal's pace: what it still needs per period, and how long since it was
 * measured. Its status is the verdict's (lib/domain/verdict.ts).
 */
import { daysBetween, isoDateMs } from "./dates";
import { periodNumber } from "./forecast";
import type { MeasurePeriod } from "./series";

/**
 * What the value still has to change per week or month, as the goal is
 * measured, from the period it was last read in to the deadline's period, so
 * it compares with the forecast's change per period. Null once the deadline's
 * period has come, or without a value or a target.
 */
export function neededPerPeriod(i: {
  /** The period the goal's value was read in. */
  current: { start: string; value: number | null } | null;
  target: number | null;
  deadline: string | null;
  period: MeasurePeriod;
}): number | null {
  const value = i.current?.value ?? null;
  const from = isoDateMs(i.current?.start ?? null);
  const to = isoDateMs(i.deadline);
  if (value == null || i.target == null || from === null || to === null) return null;
  const left = periodNumber(i.period, from, to);
  return left > 0 ? (i.target - value) / left : null;
}

/** Days since the last measurement (0 = measured today), or null when there is none. */
export function measurementAge(lastDate: string | null, today: string): number | null {
  if (!lastDate) return null;
  const days = daysBetween(lastDate, today);
  return days === null ? null : Math.max(0, days);
}
