import { compareDates } from "../dates";
import { UnreadableFileError } from "./grid";
import { type Rows, take } from "./rows";
import type { ColumnMapping, ImportedPoint, ImportProblem, ParsedImport } from "./types";
import { type DateFormat, parseDate, parseNumber } from "./values";

/**
 * The column mapper for a spreadsheet no preset recognises: a guess the
 * person confirms (date column and its format, numeric columns), and the
 * reading of a grid by a confirmed or saved mapping.
 */

/** Rows looked at to guess: enough to tell a date column, bounded for a 200 000-row file. */
const SAMPLE_ROWS = 200;
const HEADER_SEARCH_ROWS = 30;

const blank = (row: readonly string[]) => row.every((c) => c.trim() === "");

/** The format a column's dates are written in, when every sampled cell reads in it and one form fits. */
function formatOf(cells: string[]): DateFormat | null {
  const filled = cells.map((c) => c.trim()).filter(Boolean);
  if (!filled.length) return null;
  if (filled.every((c) => /^\d{8}$/.test(c) && parseDate(c))) return "ymdCompact";
  if (filled.every((c) => /^\d{4}-\d{1,2}-\d{1,2}/.test(c) && parseDate(c))) return "iso";
  const slashed = filled.map((c) => /^(\d{1,2})[./-](\d{1,2})[./-]\d{4}/.exec(c));
  if (slashed.every(Boolean)) {
    if (filled.every((c) => c.includes("."))) return filled.every((c) => parseDate(c, "dmy")) ? "dmy" : null;
    const mdy = filled.every((c) => parseDate(c, "mdy"));
    const dmy = filled.every((c) => parseDate(c, "dmy"));
    // Both fit only when no day passed the 12th: day first, the Norwegian way; the person confirms.
    return dmy ? "dmy" : mdy ? "mdy" : null;
  }
  return filled.every((c) => parseDate(c)) ? "iso" : null;
}

export function guessMapping(rows: Rows): ColumnMapping | null {
  const grid = take(rows, HEADER_SEARCH_ROWS + 1 + SAMPLE_ROWS);
  for (let h = 0; h < Math.min(grid.length, HEADER_SEARCH_ROWS); h++) {
    const header = grid[h]!;
    if (header.filter((c) => c.trim()).length < 2) continue;
    const sample = grid.slice(h + 1, h + 1 + SAMPLE_ROWS).filter((row) => !blank(row));
    if (!sample.length) return null;
    let dateColumn = -1;
    let dateFormat: DateFormat | null = null;
    for (let c = 0; c < header.length && dateColumn < 0; c++) {
      const f = formatOf(sample.map((row) => row[c] ?? ""));
      if (f) [dateColumn, dateFormat] = [c, f];
    }
    if (dateColumn < 0 || !dateFormat) continue;
    const columns: ColumnMapping["columns"] = [];
    header.forEach((name, c) => {
      if (c === dateColumn) return;
      const filled = sample.map((row) => (row[c] ?? "").trim()).filter(Boolean);
      if (filled.length && filled.every((t) => parseNumber(t) !== null)) {
        columns.push({
          column: c,
          channel: "",
          metric: `custom:${name.trim() || `#${c + 1}`}`,
          combine: /%|rate|andel|snitt|average/i.test(name) ? "last" : "sum",
        });
      }
    });
    return columns.length ? { headerRow: h, dateColumn, dateFormat, columns } : null;
  }
  return null;
}

/**
 * Reads the rows by a mapping, one at a time: per date, each column's values
 * summed or the last one kept. A text broken further on comes back refused.
 */
export function applyMapping(rows: Rows, mapping: ColumnMapping): ParsedImport {
  try {
    return mapRows(rows, mapping);
  } catch (error) {
    if (!(error instanceof UnreadableFileError)) throw error;
    const summary = { itemKey: "import.items.rows", items: 0, from: null, to: null };
    return { source: "mapped", summary, points: [], notes: [], problems: [error.problem] };
  }
}

function mapRows(grid: Rows, mapping: ColumnMapping): ParsedImport {
  const problems: ImportProblem[] = [];
  const points = new Map<string, ImportedPoint>();
  const days = new Set<string>();
  let rows = 0;
  let header: string[] = [];
  let r = -1;
  for (const row of grid) {
    if (++r === mapping.headerRow) header = row;
    if (r <= mapping.headerRow || problems.length >= 50) continue;
    if (blank(row)) continue;
    const dateText = (row[mapping.dateColumn] ?? "").trim();
    if (/^(total|totalt|sum)\b/i.test(dateText)) continue;
    const date = parseDate(dateText, mapping.dateFormat);
    if (!date) {
      problems.push({
        line: r + 1,
        messageKey: dateText ? "import.problems.badDate" : "import.problems.emptyDate",
        values: { value: dateText },
      });
      continue;
    }
    rows++;
    days.add(date);
    for (const col of mapping.columns) {
      const text = (row[col.column] ?? "").trim();
      if (!text) continue;
      const value = parseNumber(text);
      if (value === null) {
        problems.push({
          line: r + 1,
          messageKey: "import.problems.badNumber",
          values: { value: text, column: header[col.column] ?? "" },
        });
        continue;
      }
      const key = `${col.channel}|${col.metric}|${date}`;
      const point = points.get(key);
      if (point && col.combine === "sum") point.value = Math.round((point.value + value) * 1e6) / 1e6;
      else points.set(key, { date, covers: "day", channel: col.channel, metric: col.metric, value });
    }
  }
  const sortedDays = [...days].sort(compareDates);
  const summary = {
    itemKey: "import.items.rows",
    items: problems.length ? 0 : rows,
    from: sortedDays[0] ?? null,
    to: sortedDays.at(-1) ?? null,
  };
  if (problems.length) return { source: "mapped", summary: { ...summary, from: null, to: null }, points: [], notes: [], problems };
  if (!rows)
    return {
      source: "mapped",
      summary,
      points: [],
      notes: [],
      problems: [{ line: mapping.headerRow + 2, messageKey: "import.problems.noRows" }],
    };
  const points_ = [...points.values()].sort(
    (a, b) => compareDates(a.date, b.date) || a.channel.localeCompare(b.channel) || a.metric.localeCompare(b.metric),
  );
  return { source: "mapped", summary, points: points_, notes: [], problems: [] };
}

/**
 * Why a mapping cannot read a file whose header row has `width` cells, as a
 * message key, or null when it can: the same check when a preset is saved
 * and when it is edited. A column mapped twice, the date column mapped as a
 * number, or a column past the header's end would read something else than
 * the person chose.
 */
export function mappingProblem(mapping: ColumnMapping, width: number): string | null {
  if (!mapping.columns.length) return "import.problems.noColumns";
  const inside = (c: number) => c >= 0 && c < width;
  if (!inside(mapping.dateColumn) || mapping.columns.some((c) => !inside(c.column))) return "import.problems.badMapping";
  const numbers = mapping.columns.map((c) => c.column);
  if (numbers.includes(mapping.dateColumn) || new Set(numbers).size !== numbers.length) return "import.problems.badMapping";
  if (mapping.columns.some((c) => !c.channel.trim() || !c.metric.trim())) return "import.problems.badMapping";
  return null;
}

const SEPARATOR = "\u001f";

/** The header row's cells as one comparable string: how a saved preset recognises next month's file. */
export function headerSignature(cells: readonly string[]): string {
  return cells.map((c) => c.trim().toLowerCase().replace(/\s+/g, " ")).join(SEPARATOR);
}

/** A signature's cells again (lower-cased): a preset saved before it kept its header as written. */
export function signatureCells(signature: string): string[] {
  return signature.split(SEPARATOR);
}
