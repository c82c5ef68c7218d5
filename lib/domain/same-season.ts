/**
 * The same season last year: how a series moved over the goal's own months one
 * year earlier. The realism check compares a target with it when the history
 * reaches that far back (a bakery's spring is not its winter trend). Pure.
 */
import { addMonths, compareDates, daysBetween, monthsBetween } from "./dates";
import type { Point } from "./goal-types";

/** A date's value last year is the mean of the points this many days either side of it (a fortnight: two weeks or half a month). */
const WINDOW_DAYS = 14;

function around(history: Point[], date: string): number | null {
  const near = history.filter((p) => Math.abs(daysBetween(date, p.date) ?? Infinity) <= WINDOW_DAYS);
  return near.length ? near.reduce((s, p) => s + p.value, 0) / near.length : null;
}

/** Last year's values at the two ends, the months between them and to / from. */
export type SameSeason = { from: number; to: number; months: number; ratio: number };

/**
 * The series' change from a year before the start to a year before the
 * deadline (the realism check scales the ratio to six months as it does the
 * target's). Null when the history does not hold both
 * ends, the span is over a year (last year's end would be this year) or last
 * year's start value is not positive.
 */
export function sameSeasonLastYear(history: Point[], start: string | null, deadline: string | null): SameSeason | null {
  if (!start || !deadline) return null;
  const months = monthsBetween(start, deadline);
  const [a, b] = [addMonths(start, -12), addMonths(deadline, -12)];
  if (months === null || months <= 0 || months > 12 || !a || !b || compareDates(b, start) > 0) return null;
  const [from, to] = [around(history, a), around(history, b)];
  if (from === null || to === null || !(from > 0)) return null;
  return { from, to, months, ratio: to / from };
}
