import { dateProblem, isoDateMs } from "./dates";

/**
 * What makes one measurement valid, whichever way it arrives: the quick
 * entry, the grid, a CSV file or the API. The series lookup (is this metric
 * the organization's, under that channel?) stays with each caller's catalogue
 * lookup; everything about the value itself is here.
 */

/** Where a measurement came from. */
export const SNAPSHOT_SOURCES = ["manual", "csv", "api"] as const;

/** The longest note a measurement keeps. */
export const MEASUREMENT_NOTE_MAX = 1000;

export const MEASUREMENT_PROBLEMS = [
  "badDate",
  "dateOutOfRange",
  "futureDate",
  "badNumber",
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
  noteTooLong: "validation.tooLong",
  noteInvalid: "validation.invalid",
  noteMalformed: "validation.malformedText",
};

/**
 * Every problem of one measurement: a real calendar date not after the
 * organization's `today` and within the years dates may have (lib/domain/dates),
 * a finite number, and a note PostgreSQL can keep (no NUL character, no lone
 * UTF-16 surrogate) of at most MEASUREMENT_NOTE_MAX characters. A null date
 * or value is one the caller could not read and has already named (a CSV cell).
 */
export function measurementProblems(
  item: { date: string | null; value: number | null; note?: string | null },
  today: string,
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
  const note = item.note ?? "";
  if (note.length > MEASUREMENT_NOTE_MAX) problems.push({ field: "note", code: "noteTooLong" });
  if (note.includes("\0")) problems.push({ field: "note", code: "noteInvalid" });
  else if (!note.isWellFormed()) problems.push({ field: "note", code: "noteMalformed" });
  return problems;
}
