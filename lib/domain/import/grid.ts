import { Parser } from "csv-parse";
import type { Rows } from "./rows";

/**
 * An uploaded file as rows of cells: CSV/TSV in any of the encodings the
 * platforms write, or a spreadsheet (.xlsx, .xls) through SheetJS. Pure: the
 * bytes come in, strings go out.
 */

/** At most this many rows are read; one more marks the file as too long (parseImport refuses it). */
export const MAX_ROWS = 200_000;

/** The file is no spreadsheet SheetJS can read (damaged, encrypted, not a workbook). */
export class UnreadableFileError extends Error {
  readonly problem = { line: 1, messageKey: "import.problems.unreadable" } as const;
  constructor(cause?: unknown) {
    super("unreadable spreadsheet", { cause });
  }
}

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/** UTF-8 (BOM or not), UTF-16 LE/BE (BOM, or NULs in every other byte), else Windows-1252. */
export function decodeText(bytes: Uint8Array): string {
  if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes.subarray(3));
  const sample = bytes.subarray(0, 512);
  if (sample.length >= 4) {
    let evenNul = 0;
    let oddNul = 0;
    sample.forEach((b, i) => b === 0 && (i % 2 ? oddNul++ : evenNul++));
    if (oddNul > sample.length / 4 && evenNul === 0) return new TextDecoder("utf-16le").decode(bytes);
    if (evenNul > sample.length / 4 && oddNul === 0) return new TextDecoder("utf-16be").decode(bytes);
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

/** The delimiter the first lines use most outside quotes (a `sep=;` line says it outright). */
export function sniffDelimiter(text: string): "," | ";" | "\t" {
  const sep = /^sep=([,;\t])\s*$/m.exec(text.slice(0, 20));
  if (sep) return sep[1] as "," | ";" | "\t";
  const lines = text
    .slice(0, 8192)
    .split(/\r?\n/)
    .filter((l) => l && !l.startsWith("#"))
    .slice(0, 10);
  const unquoted = lines.join("\n").replace(/"[^"]*"/g, "");
  const count = (c: string) => unquoted.split(c).length - 1;
  const [tabs, semis, commas] = [count("\t"), count(";"), count(",")];
  if (tabs >= semis && tabs >= commas && tabs > 0) return "\t";
  return semis > commas ? ";" : ",";
}

/**
 * Characters of decoded text handed to csv-parse at a time: the rows of one
 * chunk are all that is held. The first chunk is small and each next one
 * twice the size up to CHUNK, so reading only the first rows (the header
 * search, the mapper's head) parses only a few kilobytes.
 */
const CHUNK = 64 * 1024;
const FIRST_CHUNK = 4 * 1024;
type CsvApi = { parse(buf: Buffer | undefined, end: boolean, push: (row: string[]) => void, close: () => void): Error | undefined };

/**
 * The rows of a delimited text, read anew each time it is iterated and never
 * held whole: csv-parse's tokenizer (the one its stream uses) is fed the text
 * 64 KB at a time and the rows of each chunk are handed on one by one. Ragged
 * rows stay ragged (a short row is a truncated file, told by parseImport); at
 * most MAX_ROWS + 1 rows. An unclosed quote swallowing the rest of the file
 * throws UnreadableFileError when the reading gets there.
 */
class DelimitedRows implements Iterable<string[]> {
  constructor(
    private readonly text: string,
    private readonly delimiter: string,
  ) {}

  *[Symbol.iterator](): Iterator<string[]> {
    const options = { delimiter: this.delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false };
    const api = (new Parser(options) as unknown as { api: CsvApi }).api;
    let batch: string[][] = [];
    const push = (row: string[]) => void batch.push(row);
    let count = 0;
    for (let at = 0, size = FIRST_CHUNK; ; size = Math.min(2 * size, CHUNK)) {
      const end = at >= this.text.length;
      let to = Math.min(at + size, this.text.length);
      const code = this.text.charCodeAt(to - 1);
      if (to < this.text.length && code >= 0xd800 && code <= 0xdbff) to++; // never split a surrogate pair
      const error = api.parse(end ? undefined : Buffer.from(this.text.slice(at, to)), end, push, () => undefined);
      if (error) throw new UnreadableFileError(error);
      const rows = batch;
      batch = [];
      for (const row of rows) {
        yield row.length === 1 && row[0] === "" ? [] : row;
        if (++count > MAX_ROWS) return;
      }
      if (end) return;
      at = to;
    }
  }
}

/** Whether a number format shows a date: a d, m or y outside quoted text and [colour/locale] brackets. */
export function isDateFormat(format: string): boolean {
  const bare = format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, "");
  return /[dmy]/i.test(bare) && !/^general$/i.test(bare.trim());
}

const DAY_MS = 86_400_000;
/** An Excel day serial as yyyy-mm-dd (day 0 is 1899-12-30 in the 1900 system, 1904-01-01 in the 1904 one). */
export function serialDate(serial: number, date1904 = false): string {
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  return new Date(epoch + Math.floor(serial) * DAY_MS).toISOString().slice(0, 10);
}

type Cell = { t: string; v?: unknown; z?: unknown };
const text = (cell: Cell | undefined, date1904: boolean): string => {
  if (!cell || cell.v === undefined || cell.v === null) return "";
  if (cell.t === "n" && typeof cell.v === "number" && typeof cell.z === "string" && isDateFormat(cell.z))
    return serialDate(cell.v, date1904);
  if (cell.v instanceof Date) return cell.v.toISOString().slice(0, 10);
  return typeof cell.v === "number" || typeof cell.v === "boolean" || typeof cell.v === "string" ? String(cell.v) : "";
};

/** A workbook is read whole (SheetJS has no row-by-row reader), then kept as its cells' text. */
async function readWorkbook(bytes: Uint8Array): Promise<string[][]> {
  const XLSX = await import("@e965/xlsx");
  let sheet;
  let date1904 = false;
  try {
    const book = XLSX.read(bytes, {
      type: "array",
      dense: true,
      sheetRows: MAX_ROWS + 1,
      cellDates: false,
      cellNF: true,
      cellHTML: false,
      cellFormula: false,
    });
    sheet = book.Sheets[book.SheetNames[0] ?? ""];
    date1904 = Boolean(book.Workbook?.WBProps?.date1904);
  } catch (cause) {
    throw new UnreadableFileError(cause);
  }
  if (!sheet) return [];
  // The dense cells are read directly, the first sheet only: dates are day serials with a date format.
  const range = XLSX.utils.decode_range(sheet["!ref"] ?? "A1");
  const data = (sheet["!data"] ?? []) as ((Cell | undefined)[] | undefined)[];
  const grid: string[][] = [];
  for (let r = range.s.r; r <= range.e.r && grid.length <= MAX_ROWS; r++) {
    const row: string[] = [];
    for (let c = range.s.c; c <= range.e.c; c++) row.push(text(data[r]?.[c], date1904));
    grid.push(row);
  }
  return grid;
}

/**
 * The rows of an uploaded file. A ZIP (xlsx) or OLE (xls) file is read as a
 * workbook whatever its name says (whole, as an array); anything else as
 * delimited text, read row by row each time the rows are iterated. Throws
 * UnreadableFileError for a workbook that cannot be opened or a text whose
 * first rows cannot be read; a text broken further on throws it while it is
 * iterated (file-import turns that into the same problem).
 */
export async function readRows(bytes: Uint8Array, fileName: string): Promise<Rows> {
  void fileName;
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return readWorkbook(bytes);
  const text = decodeText(bytes);
  const rows = new DelimitedRows(text, sniffDelimiter(text));
  // A text of one chunk is read through now, so a broken one is refused at once; a longer one, its first chunk.
  for (const row of rows) if (text.length > CHUNK && row) break;
  return rows;
}

/** Every row of a file as one array: for tests and small files; the import reads `readRows`. */
export async function readGrid(bytes: Uint8Array, fileName: string): Promise<string[][]> {
  return Array.from(await readRows(bytes, fileName));
}
