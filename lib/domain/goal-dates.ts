/**
 * The dates a goal may be written with, checked by every path that writes a
 * goal (the goal form, the review's "adjust" decision, and the data layer
 * behind them). Bounding a goal's span bounds everything drawn or computed
 * over it: a path, a forecast, a pace.
 */
import { addMonths, compareDates, dateProblem } from "./dates";

/** A goal's deadline is at most 10 years after its start: a marketing goal further out cannot be followed up. */
export const MAX_GOAL_SPAN_MONTHS = 120;

export type GoalDates = { startDate: string | null; baselineDate: string | null; deadline: string | null };
export type GoalDateErrors = Partial<Record<keyof GoalDates, string[]>>;

/**
 * Field errors (message keys) for a goal's dates, empty when they are fine:
 * each date real and within MIN_YEAR–MAX_YEAR, the deadline after the start
 * and at most MAX_GOAL_SPAN_MONTHS after it. A goal without a start (a draft)
 * is measured from `today`, the earliest it can start.
 */
export function goalDateErrors(goal: GoalDates, today: string): GoalDateErrors {
  const errors: GoalDateErrors = {};
  for (const field of ["startDate", "baselineDate", "deadline"] as const) {
    const value = goal[field];
    const problem = value == null ? null : dateProblem(value.slice(0, 10));
    if (problem) errors[field] = [problem];
  }
  const { startDate, deadline } = goal;
  if (!deadline || errors.deadline || errors.startDate) return errors;
  if (startDate && !(compareDates(deadline, startDate) > 0)) errors.deadline = ["goals.errors.deadlineBeforeStart"];
  else {
    const latest = addMonths((startDate ?? today).slice(0, 10), MAX_GOAL_SPAN_MONTHS);
    if (latest !== null && compareDates(deadline, latest) > 0) errors.deadline = ["goals.errors.deadlineTooFar"];
  }
  return errors;
}

/**
 * A goal's baseline is a value already seen, so its date cannot be after
 * `today` (the organization's today). Checked where a person writes a goal
 * (create and edit); the message key, or null when the date is fine or empty.
 */
export function baselineDateError(baselineDate: string | null, today: string): string | null {
  if (!baselineDate || dateProblem(baselineDate.slice(0, 10))) return null;
  return compareDates(baselineDate.slice(0, 10), today) > 0 ? "goals.errors.baselineInFuture" : null;
}
