import { dateProblem, isoDateMs } from "./dates";
import type { Unit } from "./goal-types";
import type { MetricKind } from "./series";

/**
 * What makes one measurement valid, whichever way it arrives: the quick
 * entry, the grid, a CSV file or the API. The series lookup (is this metric
 * the organization's, under that channel?) stays with each caller's catalogue
 * lookup; everything about the value itself is here.
 */

/** Where a measurement came from: typed one at a time, the grid, a file, the API. */
export const SNAPSHOT_SOURCES = ["manual", "grid", "csv", "api"] as const;

/** The longest note a measurement keeps. */
export const MEASUREMENT_NOTE_MAX = 1000;

export const MEASUREMENT_PROBLEMS = [
  "badDate",
  "dateOutOfRange",
  "futureDate",
  "badNumber",
  "notWhole",
  "negative",
  "overShare",
  "tooLarge",
  "noteTooLong",
  "noteInvalid",
  "noteMalformed",
] as const;
export type MeasurementProblemCode = (typeof MEASUREMENT_PROBLEMS)[number];
export type MeasurementProblem = { field: "date" | "value" | "note"; code: MeasurementProblemCode };

/** The message key each problem shows in a form or an API answer (CSV names some with the cell's value). */
export const MEASUREMENT_PROBLEM_MESSAGE: Record<MeasurementProblemCode, string> = {
  badDate: "validation.date",
  dateOutOfRange: "validation.dateRange",
  futureDate: "measurements.errors.futureDate",
  badNumber: "validation.number",
  notWhole: "measurements.errors.notWhole",
  negative: "measurements.errors.negative",
  overShare: "measurements.errors.overShare",
  tooLarge: "measurements.errors.tooLarge",
  noteTooLong: "validation.tooLong",
  noteInvalid: "validation.invalid",
  noteMalformed: "validation.malformedText",
};

/**
 * The largest value a small business can mean, per unit; anything above is a
 * typo (a pasted phone number, an extra row of zeros). A percentage is a share
 * (open rate, conversion rate, churn): 0–100. No recordable metric may be
 * negative: the ones that can (ROI) are computed, never recorded.
 */
export const COUNT_MAX = 1_000_000_000;
export const NOK_MAX = 1_000_000_000;
const PERCENT_MAX = 100;
export const RATIO_MAX = 100_000;
const UNIT_MAX: Record<Unit, number> = { count: COUNT_MAX, nok: NOK_MAX, percent: PERCENT_MAX, ratio: RATIO_MAX };

/** What a value's rules depend on: the metric's unit and kind. */
export type MetricShape = { unit: Unit; kind: MetricKind };

/** The value's problems for its metric: whole counts (a count per something, a rate, may have decimals), not negative, within the unit's bound. */
function valueProblems(value: number, metric: MetricShape): MeasurementProblemCode[] {
  if (value < 0) return ["negative"];
  const found: MeasurementProblemCode[] = [];
  if (metric.unit === "count" && metric.kind !== "rate" && !Number.isInteger(value)) found.push("notWhole");
  if (value > UNIT_MAX[metric.unit]) found.push(metric.unit === "percent" ? "overShare" : "tooLarge");
  return found;
}

/**
 * Every problem of one measurement: a real calendar date not after the
 * organization's `today` and within the years dates may have (lib/domain/dates),
 * a finite number, and a note PostgreSQL can keep (no NUL character, no lone
 * UTF-16 surrogate) of at most MEASUREMENT_NOTE_MAX characters; given the
 * metric, a value its unit allows (valueProblems). A null date
 * or value is one the caller could not read and has already named (a CSV cell).
 */
export function measurementProblems(
  item: { date: string | null; value: number | null; note?: string | null },
  today: string,
  /** The metric, when the caller knows it (every writer does; a caller still resolving the series may not yet). */
  metric?: MetricShape,
): MeasurementProblem[] {
  const problems: MeasurementProblem[] = [];
  if (item.date !== null) {
    // Exactly YYYY-MM-DD, a real day, in the years dates may have; then not after today (as day numbers).
    const problem = dateProblem(item.date);
    const day = problem ? null : isoDateMs(item.date);
    const last = isoDateMs(today);
    if (problem === "validation.dateRange") problems.push({ field: "date", code: "dateOutOfRange" });
    else if (day === null) problems.push({ field: "date", code: "badDate" });
    else if (last !== null && day > last) problems.push({ field: "date", code: "futureDate" });
  }
  if (item.value !== null && !Number.isFinite(item.value)) problems.push({ field: "value", code: "badNumber" });
  else if (item.value !== null && metric) for (const code of valueProblems(item.value, metric)) problems.push({ field: "value", code });
  const note = item.note ?? "";
  if (note.length > MEASUREMENT_NOTE_MAX) problems.push({ field: "note", code: "noteTooLong" });
  if (note.includes("\0")) problems.push({ field: "note", code: "noteInvalid" });
  else if (!note.isWellFormed()) problems.push({ field: "note", code: "noteMalformed" });
  return problems;
}
