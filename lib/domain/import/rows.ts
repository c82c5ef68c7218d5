import { compareDates, isoDateMs } from "../dates";
import { MAX_ROWS } from "./grid";
import type { SourceSpec } from "./source-spec";
import type { ImportedPoint, ImportProblem, ParsedImport } from "./types";

/** Small helpers the readers share. */
export const blank = (row: readonly string[]) => row.every((c) => c.trim() === "");

export function summaryOf(spec: SourceSpec, items: number, days: string[]): ParsedImport["summary"] {
  const sorted = days.sort((a, b) => compareDates(a, b));
  return { itemKey: spec.itemKey, items, from: sorted[0] ?? null, to: sorted.at(-1) ?? null };
}

/**
 * Points by date, then channel, then metric (as compareDates and localeCompare
 * order them). Each date's day number is worked out once, not twice per
 * comparison: a year of daily data from five sources is about 16 000 points.
 */
export function sortPoints(points: ImportedPoint[]): ImportedPoint[] {
  const days = new Map<string, number>();
  const day = (date: string) => {
    let ms = days.get(date);
    if (ms === undefined) days.set(date, (ms = isoDateMs(date) ?? Number.NaN));
    return ms;
  };
  return points.sort((x, y) => day(x.date) - day(y.date) || x.channel.localeCompare(y.channel) || x.metric.localeCompare(y.metric));
}

/** The rows of a file: an array, or a text read row by row anew each time it is iterated (readRows). */
export type Rows = Iterable<string[]>;

/** The first `n` rows (the rest is not read). */
export function take(rows: Rows, n: number): string[][] {
  const out: string[][] = [];
  if (n <= 0) return out;
  for (const row of rows) if (out.push(row) >= n) break;
  return out;
}

/** The first row that is not blank and its 0-based index (null, -1 when every row is blank); `count`: rows read. */
export function firstFilled(rows: Rows): { row: string[] | null; index: number; count: number } {
  let count = 0;
  for (const row of rows) {
    if (!blank(row)) return { row, index: count, count: count + 1 };
    count++;
  }
  return { row: null, index: -1, count };
}

/** A file read to no values: its problems, or the notes saying why. */
export const empty = (source: ParsedImport["source"], problems: ImportProblem[], notes: string[] = []): ParsedImport => ({
  source,
  summary: { itemKey: "import.items.rows", items: 0, from: null, to: null },
  points: [],
  notes,
  problems,
});

/** The file has more than MAX_ROWS rows: refused whole, at the first row past the limit. */
export const tooMany = () =>
  empty("mapped", [{ line: MAX_ROWS + 1, messageKey: "import.problems.tooManyRows", values: { max: MAX_ROWS } }]);
