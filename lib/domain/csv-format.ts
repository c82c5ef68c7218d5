import { dateProblem, isoDateMs } from "./dates";

/**
 * The measurement CSV format, both ways: what Norwegian and English
 * spreadsheets export (`;` with a decimal comma, or `,` with a decimal point;
 * ISO or dd.mm.yyyy dates; bokmål or English headers) and what Målbar writes
 * (`;`, decimal comma, ISO dates), so an export opens in Norwegian Excel and
 * imports again unchanged.
 */
export type CsvColumn = "date" | "channel" | "metric" | "value" | "note";
export type Delimiter = ";" | ",";

const REQUIRED_COLUMNS: readonly CsvColumn[] = ["date", "channel", "metric", "value"];
export const EXPORT_HEADER: readonly CsvColumn[] = ["date", "channel", "metric", "value", "note"];

const HEADER_NAMES: Record<string, CsvColumn> = {
  date: "date",
  dato: "date",
  channel: "channel",
  kanal: "channel",
  metric: "metric",
  måltall: "metric",
  maaltall: "metric",
  value: "value",
  verdi: "value",
  note: "note",
  notat: "note",
};

/** Lower case, NFC (a macOS "å" is two code points), single spaces: how names are compared. */
export function normalizeName(raw: string): string {
  return raw
    .normalize("NFC")
    .replace(/^\uFEFF/, "")
    .trim()
    .replace(/\s+/g, " ")
    .toLowerCase();
}

/** The delimiter of a header line: the one of `;` and `,` it uses more often outside quotes. */
export function detectDelimiter(headerLine: string): Delimiter {
  const unquoted = headerLine.replace(/"[^"]*"/g, "");
  const semicolons = unquoted.split(";").length - 1;
  const commas = unquoted.split(",").length - 1;
  return semicolons > 0 && semicolons >= commas ? ";" : ",";
}

export type ColumnLayout = Partial<Record<CsvColumn, number>>;

/** Which cell holds which column; unknown headers are ignored, so extra spreadsheet columns do no harm. */
export function mapHeader(cells: readonly string[]): { layout: ColumnLayout; missing: CsvColumn[] } {
  const layout: ColumnLayout = {};
  cells.forEach((cell, i) => {
    const column = HEADER_NAMES[normalizeName(cell)];
    if (column && layout[column] === undefined) layout[column] = i;
  });
  return { layout, missing: REQUIRED_COLUMNS.filter((c) => layout[c] === undefined) };
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const NORWEGIAN = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

function csvIso(raw: string): string | null {
  const text = raw.trim();
  if (ISO.test(text)) return text;
  const m = NORWEGIAN.exec(text);
  return m ? `${m[3]}-${m[2]!.padStart(2, "0")}-${m[1]!.padStart(2, "0")}` : null;
}

/** An ISO (2026-11-26) or Norwegian (26.11.2026) date as ISO, or null when it is no calendar date in MIN_YEAR–MAX_YEAR. */
export function parseCsvDate(raw: string): string | null {
  const iso = csvIso(raw);
  return iso && isoDateMs(iso) !== null ? iso : null;
}

/** A real calendar date whose year is outside MIN_YEAR–MAX_YEAR (told apart from a typo in the message). */
export function isCsvDateOutOfRange(raw: string): boolean {
  const iso = csvIso(raw);
  return iso !== null && dateProblem(iso) === "validation.dateRange";
}

// Spaces, no-break spaces and narrow no-break spaces: the thousands separators Norwegian Excel and Intl write.
const GROUPING = /[\s\u00a0\u202f]/g;
// With a decimal comma, "1.234" may be a thousands separator (German style): too ambiguous to guess.
const DOT_THOUSANDS = /^[1-9]\d{0,2}(\.\d{3})+$/;

/**
 * A number as a spreadsheet writes it, or null. With `;` files the decimal
 * mark is a comma ("1 234,5"); a point is taken only where it cannot be a
 * thousands separator. With `,` files it is a point. A trailing "%" is
 * dropped (percent metrics are stored in percent points), and Intl's minus
 * sign (U+2212) counts as a minus.
 */
export function parseCsvNumber(raw: string, delimiter: Delimiter): number | null {
  let text = raw
    .replace(GROUPING, "")
    .replace(/%$/, "")
    .replace(/^\u2212/, "-");
  if (delimiter === ";") {
    if (text.includes(",")) {
      if (text.includes(".")) return null;
      text = text.replace(",", ".");
    } else if (DOT_THOUSANDS.test(text.replace(/^[-+]/, ""))) return null;
  }
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(text)) return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}

// A cell starting with these is run as a formula by Excel; exported notes are defused with an apostrophe.
const FORMULA_START = /^[=+\-@\t\r]/;

/** A note as it is exported: defused against formula injection (CWE-1236). */
export function defuseNote(note: string): string {
  return FORMULA_START.test(note) ? `'${note}` : note;
}

/** A note as it is imported: the apostrophe an export put in front of a formula character comes off again. */
export function restoreNote(note: string): string {
  return /^'[=+\-@\t\r]/.test(note) ? note.slice(1) : note;
}

/** One cell, quoted when it holds the delimiter, a quote or a line break. */
export function csvCell(value: string): string {
  return /[;"\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A stored decimal (its exact text, e.g. "1234.50") with a decimal comma, as Norwegian Excel reads it. */
function exportNumber(decimal: string): string {
  return decimal.replace(".", ",");
}

/** One exported line, `;`-separated and ended by CRLF as RFC 4180 and Excel expect. */
export function exportLine(row: { date: string; channel: string; metric: string; value: string; note: string | null }): string {
  const cells = [row.date, row.channel, row.metric, exportNumber(row.value), row.note === null ? "" : defuseNote(row.note)];
  return `${cells.map(csvCell).join(";")}\r\n`;
}
