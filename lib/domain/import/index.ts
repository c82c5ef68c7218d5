/**
 * TEMPORARY — replaced by the importparse branch, which owns this file and
 * reads every platform's export. This stand-in only lets the import flow run
 * before that merge: it reads CSV text (no .xlsx), recognises Målbar's own
 * four-column layout and hands every other file to the column mapper
 * (source "mapped", notes ["import.notes.needsMapping"]). Keep the signatures
 * of /tmp/import-contract.md §3; take the importparse version at the merge.
 */
import { detectDelimiter, mapHeader, parseCsvDate, parseCsvNumber } from "../csv-format";
import type { ColumnMapping, ImportedPoint, ParsedImport } from "./types";

export * from "./types";
export { applyMapping, headerSignature } from "./mapping";

const MAX_ROWS = 200_000;

function decode(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

/** Rows of cells from CSV text (comma, semicolon or tab; quoted cells). Stand-in: no .xlsx. */
export function readGrid(bytes: Uint8Array, _fileName: string): Promise<string[][]> {
  const text = decode(bytes);
  const firstLine = text.slice(0, text.indexOf("\n") === -1 ? undefined : text.indexOf("\n"));
  const delimiter = firstLine.includes("\t") ? "\t" : detectDelimiter(firstLine);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length && rows.length < MAX_ROWS; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === "") quoted = true;
    else if (ch === delimiter) {
      row.push(cell);
      cell = "";
    }
    else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else cell += ch;
  }
  if (cell !== "" || row.length) rows.push([...row, cell]);
  return Promise.resolve(rows);
}

/** Målbar's own layout, or the column mapper for anything else (stand-in). */
export function parseImport(grid: string[][], _fileName: string): ParsedImport {
  const header = grid[0] ?? [];
  const { layout, missing } = mapHeader(header);
  if (grid.length === 0 || missing.length) {
    return { source: "mapped", summary: { itemKey: "import.items.rows", items: Math.max(0, grid.length - 1), from: null, to: null }, points: [], notes: ["import.notes.needsMapping"], problems: [] };
  }
  const points: ImportedPoint[] = [];
  const problems: ParsedImport["problems"] = [];
  for (let r = 1; r < grid.length && !problems.length; r++) {
    const cells = grid[r]!;
    if (cells.every((c) => !c.trim())) continue;
    const at = (i: number | undefined) => (i === undefined ? "" : (cells[i] ?? "").trim());
    const date = parseCsvDate(at(layout.date));
    const value = parseCsvNumber(at(layout.value), ";") ?? parseCsvNumber(at(layout.value), ",");
    if (date === null) problems.push({ line: r + 1, messageKey: "import.problems.badDate", values: { value: at(layout.date) } });
    else if (value === null) problems.push({ line: r + 1, messageKey: "import.problems.badNumber", values: { value: at(layout.value), column: header[layout.value!] ?? "" } });
    else points.push({ date, covers: "day", channel: at(layout.channel), metric: at(layout.metric), value });
  }
  const dates = points.map((p) => p.date).sort();
  return {
    source: "maalbar",
    summary: { itemKey: "import.items.rows", items: points.length, from: dates[0] ?? null, to: dates.at(-1) ?? null },
    points: problems.length ? [] : points,
    notes: [],
    problems,
  };
}

/** Stand-in: no guess; the person maps the columns. */
export function guessMapping(_grid: string[][]): ColumnMapping | null {
  return null;
}
