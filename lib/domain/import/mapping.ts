import { isoDateMs } from "../dates";
import type { ColumnMapping, ImportedPoint, ImportProblem, ParsedImport } from "./types";

/**
 * The column mapper's rule: a spreadsheet no platform preset reads becomes a
 * series through the person's choices — which column holds the date and in
 * which format, which numeric column is which channel's metric, and whether
 * several rows on one day are summed (visits, orders) or the last one kept
 * (followers). Any bad date or number refuses the whole file, naming the line.
 */
export const MAX_MAPPED_COLUMNS = 50;

const problem = (line: number, name: string, values?: ImportProblem["values"]): ImportProblem => ({
  line,
  messageKey: `import.problems.${name}`,
  ...(values ? { values } : {}),
});

/** A date cell in the chosen format as yyyy-mm-dd, or null when it is no calendar date (2000–2100). */
export function mappedDate(text: string, format: ColumnMapping["dateFormat"]): string | null {
  const t = text.trim().replace(/[T ].*$/, "");
  let y: string | undefined, m: string | undefined, d: string | undefined;
  if (format === "iso") [, y, m, d] = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t) ?? [];
  else if (format === "ymdCompact") [, y, m, d] = /^(\d{4})(\d{2})(\d{2})$/.exec(t) ?? [];
  else {
    const parts = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(t);
    if (parts) [d, m, y] = format === "dmy" ? [parts[1], parts[2], parts[3]] : [parts[2], parts[1], parts[3]];
  }
  if (!y || !m || !d) return null;
  const iso = `${y}-${m.padStart(2, "0")}-${d.padStart(2, "0")}`;
  return isoDateMs(iso) === null ? null : iso;
}

/**
 * A number in either convention ("1 234,5", "1,234.5", "kr 1 234", "23,5 %"),
 * or null. A lone comma followed by exactly three digits is read as a
 * thousands separator only when a point also appears; alone it is a decimal comma.
 */
export function mappedNumber(text: string): number | null {
  let t = text.replace(/[\s\u00a0\u202f]/g, "").replace(/^(kr|nok)\.?/i, "").replace(/(kr|nok|%)$/i, "").replace(/^\u2212/, "-");
  if (t.includes(",") && t.includes(".")) t = t.lastIndexOf(",") > t.lastIndexOf(".") ? t.replace(/\./g, "").replace(",", ".") : t.replace(/,/g, "");
  else if (/^[-+]?\d{1,3}(,\d{3}){2,}$/.test(t)) t = t.replace(/,/g, "");
  else t = t.replace(",", ".");
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(t)) return null;
  const value = Number(t);
  return Number.isFinite(value) ? value : null;
}

/** The grid read through a mapping: one point per channel, metric and day; `problems` refuse the file. */
export function applyMapping(grid: string[][], mapping: ColumnMapping): ParsedImport {
  const problems: ImportProblem[] = [];
  const header = grid[mapping.headerRow];
  const width = header?.length ?? 0;
  const columns = mapping.columns.slice(0, MAX_MAPPED_COLUMNS);
  if (!header || mapping.dateColumn >= width || columns.some((c) => c.column >= width || c.column === mapping.dateColumn)) {
    problems.push(problem(mapping.headerRow + 1, "badMapping"));
  }
  if (!columns.length) problems.push(problem(mapping.headerRow + 1, "noColumns"));
  const combined = new Map<string, ImportedPoint>();
  let items = 0;
  let from: string | null = null;
  let to: string | null = null;
  // Bounded by the grid, which readGrid bounds (200 000 rows).
  for (let r = mapping.headerRow + 1; r < grid.length && !problems.length; r++) {
    const row = grid[r]!;
    const line = r + 1;
    if (row.every((cell) => !cell.trim())) continue;
    const dateText = (row[mapping.dateColumn] ?? "").trim();
    // Summary rows ("Total", "Totalt") carry no date: platforms add them at the end.
    if (/^tota(l|lt)\b/i.test(dateText)) continue;
    const date = mappedDate(dateText, mapping.dateFormat);
    if (date === null) {
      problems.push(problem(line, dateText ? "badDate" : "emptyDate", { value: dateText }));
      break;
    }
    items += 1;
    if (from === null || isoDateMs(date)! < isoDateMs(from)!) from = date;
    if (to === null || isoDateMs(date)! > isoDateMs(to)!) to = date;
    for (const c of columns) {
      const text = (row[c.column] ?? "").trim();
      if (!text) continue;
      const value = mappedNumber(text);
      if (value === null) {
        problems.push(problem(line, "badNumber", { value: text, column: header?.[c.column] ?? String(c.column + 1) }));
        break;
      }
      const key = `${c.channel}|${c.metric}|${date}`;
      const earlier = combined.get(key);
      const next = earlier && c.combine === "sum" ? earlier.value + value : value;
      combined.set(key, { date, covers: "day", channel: c.channel, metric: c.metric, value: next });
    }
  }
  if (!problems.length && items === 0) problems.push(problem(mapping.headerRow + 1, "noRows"));
  const points = problems.length ? [] : [...combined.values()].sort((a, b) => isoDateMs(a.date)! - isoDateMs(b.date)!);
  return { source: "mapped", summary: { itemKey: "import.items.rows", items, from, to }, points, notes: [], problems };
}

/** The header row's cells as one comparable string: how a saved preset recognises next month's file. */
export function headerSignature(cells: readonly string[]): string {
  return cells.map((c) => c.trim().toLowerCase().replace(/\s+/g, " ")).join("\u001f");
}
