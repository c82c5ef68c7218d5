/**
 * Plain data shapes shared by the goal rules in lib/domain (SMART checks,
 * realism, pitfalls, templates). No I/O: lib/data maps rows to these.
 */
export const UNITS = ["count", "percent", "nok", "ratio"] as const;
export type Unit = (typeof UNITS)[number];
export const DIRECTIONS = ["increase", "decrease"] as const;
export type Direction = (typeof DIRECTIONS)[number];
export const GOAL_STATUSES = ["draft", "active", "achieved", "missed", "archived"] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];
export const PRIORITIES = ["high", "medium", "low"] as const;
export type Priority = (typeof PRIORITIES)[number];

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
