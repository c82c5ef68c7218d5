/**
 * Plain data shapes shared by the goal rules in lib/domain (SMART checks,
 * realism, pitfalls, templates). No I/O: lib/data maps rows to these.
 */
export type Unit = "count" | "percent" | "nok" | "ratio";
export type Direction = "increase" | "decrease";
export type GoalStatus = "draft" | "active" | "achieved" | "missed" | "archived";

/** A goal as written in the form (every field may still be missing). Dates are ISO YYYY-MM-DD. */
export type GoalDraft = {
  title: string;
  channelId: string | null;
  metricId: string | null;
  unit: Unit | null;
  direction: Direction | null;
  baselineValue: number | null;
  targetValue: number | null;
  startDate: string | null;
  deadline: string | null;
  objectiveId: string | null;
};

/** One measurement of a series. */
export type Point = { date: string; value: number };
