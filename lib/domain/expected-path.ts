/**
 * A goal's expected path from baseline to target (docs/DOMAIN-RULES.md,
 * "Expected path"): the value it should have on any date. Three kinds:
 * - linear: a straight line from the start to the deadline (the default);
 * - seasonal: the same series' shape over the last 12 complete months, with
 *   the lift over that shape growing steadily from the baseline's to the
 *   target's, so a bakery whose orders peak in spring is not "behind" all
 *   winter;
 * - milestones: the values the team set for dates on the way ("40 by end of
 *   March, 60 by June"), joined by straight lines, from the baseline before
 *   the first and to the target after the last.
 * Pure: dates are ISO YYYY-MM-DD, read as calendar days in UTC.
 */
import { compareDates, isoDateMs } from "./dates";
import type { Direction, Point } from "./goal-types";
import type { PeriodValue } from "./series";

export const PATH_KINDS = ["linear", "seasonal", "milestones"] as const;
export type PathKind = (typeof PATH_KINDS)[number];

/** The most milestones a goal holds: one a month for two years. */
export const MAX_MILESTONES = 24;

export type Milestone = Point;
/** Twelve factors, January first: a month's value over the mean month. */
export type SeasonalShape = readonly number[];

export type ExpectedPath =
  { kind: "linear" } | { kind: "seasonal"; shape: SeasonalShape } | { kind: "milestones"; milestones: Milestone[] };

export type PathGoalSpan = { baseline: number; target: number; start: string; deadline: string };

const DAY = 86_400_000;

/**
 * The seasonal shape of the 12 complete months before the one holding
 * `today` (January's factor first). A total is read per day of its month when
 * the goal is measured per week (a 31-day month is not a busier one); a
 * level's or rate's value as it is. Null without a value for each of the 12
 * months or with a mean of zero: the path falls back to a straight line.
 */
export function seasonalShape(months: PeriodValue[], today: string, opts: { perDay: boolean }): SeasonalShape | null {
  const now = isoDateMs(today);
  if (now === null) return null;
  const thisMonth = today.slice(0, 7);
  const complete = months.filter((m) => m.start.slice(0, 7) < thisMonth && !m.partial).slice(-12);
  if (complete.length < 12 || complete.some((m) => m.value === null || m.value < 0)) return null;
  const byMonth = new Array<number>(12).fill(Number.NaN);
  for (const m of complete) {
    const days = opts.perDay ? (isoDateMs(m.end)! - isoDateMs(m.start)!) / DAY + 1 : 1;
    byMonth[Number(m.start.slice(5, 7)) - 1] = m.value! / days;
  }
  if (byMonth.some((v) => Number.isNaN(v))) return null;
  const mean = byMonth.reduce((s, v) => s + v, 0) / 12;
  return mean > 0 ? byMonth.map((v) => v / mean) : null;
}

/** The shape's factor on a date: its month's on the 1st, straight towards the next month's across the month. */
export function shapeAt(shape: SeasonalShape, date: string): number {
  const ms = isoDateMs(date)!;
  const d = new Date(ms);
  const first = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
  const next = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
  const m = d.getUTCMonth();
  const t = (ms - first) / (next - first);
  return shape[m]! * (1 - t) + shape[(m + 1) % 12]! * t;
}

/** Straight between two dated values, by days; `date` outside them takes the nearer end. */
function between(a: Point, b: Point, date: string): number {
  const [x0, x1, x] = [isoDateMs(a.date)!, isoDateMs(b.date)!, isoDateMs(date)!];
  if (x1 <= x0 || x <= x0) return x <= x0 ? a.value : b.value;
  if (x >= x1) return b.value;
  return a.value + ((b.value - a.value) * (x - x0)) / (x1 - x0);
}

/** The milestones in date order with the baseline before and the target after them. */
function knots(goal: PathGoalSpan, milestones: Milestone[]): Point[] {
  const inside = milestones
    .filter((m) => compareDates(m.date, goal.start) > 0 && compareDates(m.date, goal.deadline) < 0)
    .sort((a, b) => compareDates(a.date, b.date));
  return [{ date: goal.start, value: goal.baseline }, ...inside, { date: goal.deadline, value: goal.target }];
}

/**
 * The value the goal should have on `date` (before the start: the baseline;
 * after the deadline: the target). Null when the span is not a real one or a
 * seasonal shape is zero at its start or deadline (no lift can be read there).
 */
export function expectedValueAt(path: ExpectedPath, goal: PathGoalSpan, date: string): number | null {
  const [s, d, x] = [isoDateMs(goal.start), isoDateMs(goal.deadline), isoDateMs(date)];
  if (s === null || d === null || x === null || d <= s) return null;
  const ends = [
    { date: goal.start, value: goal.baseline },
    { date: goal.deadline, value: goal.target },
  ] as const;
  if (path.kind === "linear") return between(ends[0], ends[1], date);
  if (path.kind === "milestones") {
    const k = knots(goal, path.milestones);
    const i = k.findIndex((p) => compareDates(p.date, date) >= 0);
    return i <= 0 ? (i === 0 ? k[0]!.value : k.at(-1)!.value) : between(k[i - 1]!, k[i]!, date);
  }
  const [f0, f1] = [shapeAt(path.shape, goal.start), shapeAt(path.shape, goal.deadline)];
  if (!(f0 > 0) || !(f1 > 0)) return null;
  const t = Math.min(1, Math.max(0, (x - s) / (d - s)));
  const lift = (goal.baseline / f0) * (1 - t) + (goal.target / f1) * t;
  return shapeAt(path.shape, x < s ? goal.start : x > d ? goal.deadline : date) * lift;
}

/** The expected share of the way from baseline to target on `date` (a seasonal path may dip below 0 or rise past 1). */
export function expectedShare(path: ExpectedPath, goal: PathGoalSpan, date: string): number | null {
  if (goal.target === goal.baseline) return null;
  const value = expectedValueAt(path, goal, date);
  return value === null ? null : (value - goal.baseline) / (goal.target - goal.baseline);
}

/** The most points a seasonal path draws: one a month for five years. */
const MAX_PATH_POINTS = 62;

/** The path as a chart draws it: its ends, each milestone, or (seasonal) the 1st of every month between. */
export function expectedPathPoints(path: ExpectedPath, goal: PathGoalSpan): Point[] {
  const at = (date: string): Point[] => {
    const value = expectedValueAt(path, goal, date);
    return value === null ? [] : [{ date, value }];
  };
  if (expectedValueAt(path, goal, goal.start) === null) return [];
  if (path.kind === "milestones") return knots(goal, path.milestones);
  const dates = [goal.start];
  if (path.kind === "seasonal") {
    const s = new Date(isoDateMs(goal.start)!);
    for (let k = 1; k < MAX_PATH_POINTS; k += 1) {
      const date = new Date(Date.UTC(s.getUTCFullYear(), s.getUTCMonth() + k, 1)).toISOString().slice(0, 10);
      if (compareDates(date, goal.deadline) >= 0) break;
      dates.push(date);
    }
  }
  dates.push(goal.deadline);
  return dates.flatMap(at);
}

/** The first milestone after `today`, which "needed per period" aims at; null for other paths or past the last. */
export function nextMilestone(path: ExpectedPath, today: string): Milestone | null {
  if (path.kind !== "milestones") return null;
  const ahead = path.milestones.filter((m) => compareDates(m.date, today) > 0).sort((a, b) => compareDates(a.date, b.date));
  return ahead[0] ?? null;
}

/** Why a chosen path could not be followed; the goal follows a straight line meanwhile. */
export type PathFallback = "noYear" | "noMilestones" | null;

/** The path a goal follows: its chosen kind when that can be drawn, else a straight line and why. */
export function resolvePath(
  kind: PathKind,
  data: { shape: SeasonalShape | null; milestones: Milestone[] },
): { path: ExpectedPath; fallback: PathFallback } {
  if (kind === "seasonal")
    return data.shape ? { path: { kind, shape: data.shape }, fallback: null } : { path: { kind: "linear" }, fallback: "noYear" };
  if (kind === "milestones")
    return data.milestones.length
      ? { path: { kind, milestones: data.milestones }, fallback: null }
      : { path: { kind: "linear" }, fallback: "noMilestones" };
  return { path: { kind: "linear" }, fallback: null };
}

/**
 * Problems with milestones as a team typed them, as message keys under
 * `goals.path.errors.` by field (`milestones.<i>.date` / `.value`): each date
 * after the start and before the deadline (the deadline's value is the
 * target), no date twice, and the values in date order moving the goal's way
 * from the baseline to the target (never back).
 */
export function milestoneErrors(
  milestones: Milestone[],
  goal: { baseline: number | null; target: number | null; start: string | null; deadline: string | null; direction: Direction },
): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  const add = (field: string, key: string) => (errors[field] ??= []).push(`goals.path.errors.${key}`);
  if (milestones.length > MAX_MILESTONES) add("milestones", "tooMany");
  if (!goal.start || !goal.deadline || goal.baseline == null || goal.target == null) {
    if (milestones.length) add("milestones", "goalIncomplete");
    return errors;
  }
  const seen = new Set<string>();
  milestones.forEach((m, i) => {
    if (compareDates(m.date, goal.start) <= 0 || compareDates(m.date, goal.deadline) >= 0) add(`milestones.${i}.date`, "outsidePeriod");
    else if (seen.has(m.date)) add(`milestones.${i}.date`, "sameDate");
    seen.add(m.date);
  });
  if (Object.keys(errors).length) return errors;
  const sign = goal.direction === "increase" ? 1 : -1;
  const order = milestones.map((m, i) => ({ ...m, i })).sort((a, b) => compareDates(a.date, b.date));
  let previous = goal.baseline;
  for (const m of order) {
    if (sign * (m.value - previous) < 0) add(`milestones.${m.i}.value`, goal.direction === "increase" ? "notRising" : "notFalling");
    else if (sign * (m.value - goal.target) > 0) add(`milestones.${m.i}.value`, "pastTarget");
    else previous = m.value;
  }
  return errors;
}
