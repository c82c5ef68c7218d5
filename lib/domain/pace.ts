/**
 * Pace and status of a goal (DOMAIN.md, "Progress"): where it is against
 * where it should be today, and where its trend will take it by the deadline.
 */
import { daysBetween } from "./dates";
import { goalProgress } from "./progress";

export type PaceStatus = "on_track" | "at_risk" | "off_track" | "no_data";

/** Behind the expected progress by at most this share of the way still counts as on track. */
const ON_TRACK_TOLERANCE = 0.05;
/** Behind by more than this share of the way is off track (unless the forecast says otherwise). */
const OFF_TRACK_GAP = 0.2;
/** A forecast reaching this share of the way by the deadline keeps a goal from being off track. */
const FORECAST_AT_RISK = 0.8;

const DAYS_PER_MONTH = 30.4375;

export type PaceInput = {
  baseline: number | null;
  target: number | null;
  latest: number | null;
  /** Expected progress today, the elapsed share of [start, deadline]. */
  expected: number | null;
  /** The trend's value at the deadline, when there are enough measurements. */
  forecast: number | null;
  deadlinePassed: boolean;
};

/**
 * On track when actual progress is at (or within ON_TRACK_TOLERANCE of) the
 * expected progress, or the forecast reaches the target; off track when far
 * behind and the forecast does not come close; at risk in between.
 */
export function paceStatus(i: PaceInput): PaceStatus {
  if (i.baseline == null || i.target == null || i.latest == null) return "no_data";
  const progress = goalProgress(i.baseline, i.target, i.latest);
  if (progress == null) return "no_data";
  if (progress >= 1) return "on_track";
  if (i.deadlinePassed) return "off_track";
  const forecast = i.forecast == null ? null : goalProgress(i.baseline, i.target, i.forecast);
  const expected = i.expected ?? 0;
  if (progress >= expected - ON_TRACK_TOLERANCE || (forecast != null && forecast >= 1)) return "on_track";
  if (progress >= expected - OFF_TRACK_GAP || (forecast != null && forecast >= FORECAST_AT_RISK)) return "at_risk";
  return "off_track";
}

/** What is still missing per month from today to the deadline; null once it has passed or without a measurement. */
export function neededMonthlyRate(i: {
  latest: number | null;
  target: number | null;
  today: string;
  deadline: string | null;
}): number | null {
  if (i.latest == null || i.target == null || !i.deadline) return null;
  const days = daysBetween(i.today, i.deadline);
  if (days === null || days <= 0) return null;
  return (i.target - i.latest) / (days / DAYS_PER_MONTH);
}

/** Days since the last measurement (0 = measured today), or null when there is none. */
export function measurementAge(lastDate: string | null, today: string): number | null {
  if (!lastDate) return null;
  const days = daysBetween(lastDate, today);
  return days === null ? null : Math.max(0, days);
}
