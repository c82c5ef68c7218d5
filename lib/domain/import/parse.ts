import { addDays, compareDates, daysBetween } from "../dates";
import { mapHeader, normalizeName } from "../csv-format";
import { MAX_ROWS, UnreadableFileError } from "./grid";
import { type Acc, pointsOf } from "./outputs";
import { GA4_CHANNEL_GROUPS } from "./ga4-channels";
import { readMaalbar } from "./own-format";
import { blank, empty, firstFilled, type Rows, sortPoints, summaryOf, take, tooMany } from "./rows";
import type { SourceSpec } from "./source-spec";
import { META_PRIMARY_TITLES, SOURCE_SPECS } from "./sources";
import type { Covers, ImportProblem, ParsedImport } from "./types";
import { parseDate, parseNumber } from "./values";

/** How many leading rows may come before the header (titles, `#` metadata, `sep=`). */
const HEADER_SEARCH_ROWS = 30;
/** A row whose label cell says this is a total or a description row, never data. */
const SUMMARY = /^(total|totalt|totals|sum|summer|lifetime|livstid|daily|daglig)\b/i;

// Fields that hold text (dates, names, currency codes): every other field is read as a number.
const NUMBER_FIELDS_EXCLUDED = new Set([
  "date",
  "day",
  "publish",
  "starts",
  "ends",
  "campaign",
  "account",
  "page",
  "group",
  "sent",
  "name",
  "created",
  "currency",
  "financial",
]);

type Layout = { at: Record<string, number>; currency: string | null; width: number; last: number; numbers: string[] };

/** Which field each header cell is; a trailing "(NOK)" is read as the currency of that column. */
function layoutOf(spec: SourceSpec, cells: readonly string[]): Layout | null {
  const at: Record<string, number> = {};
  let currency: string | null = null;
  cells.forEach((cell, i) => {
    const name = normalizeName(cell);
    const bare = /^(.*\S)\s*\(([a-z]{3})\)$/.exec(name);
    for (const [field, names] of Object.entries(spec.fields)) {
      if (at[field] !== undefined) continue;
      if (names.includes(name)) at[field] = i;
      else if (bare && names.includes(bare[1]!)) {
        at[field] = i;
        currency = bare[2]!.toUpperCase();
      }
    }
  });
  if (!spec.required.every((f) => at[f] !== undefined)) return null;
  if (spec.anyOf && !spec.anyOf.some((f) => at[f] !== undefined)) return null;
  const numbers = Object.keys(at).filter((f) => !NUMBER_FIELDS_EXCLUDED.has(f) && f !== spec.date);
  return { at, currency, width: cells.length, last: Math.max(...Object.values(at)), numbers };
}

// GA4's `#` metadata lines are one cell; Shopify's order names ("#1001") start with `#` too, in a full row.
const comment = (row: readonly string[]) =>
  ((row[0] ?? "").trimStart().startsWith("#") || /^sep=/i.test(row[0] ?? "")) && row.slice(1).every((c) => c.trim() === "");

type Found = { spec: SourceSpec; header: number; layout: Layout };

/** The source whose header is among the first rows (the head). */
function findSource(head: string[][]): Found | null {
  for (let r = 0; r < head.length; r++) {
    const row = head[r]!;
    if (blank(row) || comment(row)) continue;
    for (const spec of SOURCE_SPECS) {
      const layout = layoutOf(spec, row);
      if (layout) return { spec, header: r, layout };
    }
  }
  return null;
}

/** A week (Monday–Sunday) or calendar month a reporting range covers exactly, or null. */
function coversOf(from: string, to: string): Covers | null {
  const days = daysBetween(from, to);
  if (days === 0) return "day";
  const weekday = new Date(`${from}T00:00:00Z`).getUTCDay();
  if (days === 6 && weekday === 1) return "week";
  if (from.endsWith("-01") && addDays(to, 1)?.endsWith("-01") && days !== null && days < 31) return "month";
  return null;
}

/**
 * Reads the rows of one recognised source into per-day (or per-range) series,
 * one row at a time: only the sums per channel, date and field are kept.
 */
function readSource(rows: Rows, head: string[][], found: Found): ParsedImport {
  const { spec } = found;
  let layout = found.layout;
  const problems: ImportProblem[] = [];
  const notes = new Set(spec.notes ?? []);
  const acc = new Map<string, Acc>(); // key: channel|date|covers
  const days = new Set<string>();
  const orders = new Set<string>();
  let items = 0;
  let lastDay: string | null = null; // the end of the last reporting range (Meta Ads without a Day column)
  const problem = (line: number, name: string, values?: Record<string, string | number>) =>
    problems.length < 50 && problems.push({ line, messageKey: `import.problems.${name}`, ...(values ? { values } : {}) });
  // Money is kept in NOK: another currency refuses the file, said once (the header's or the first row's).
  let currencyTold = false;
  const checkCurrency = (line: number, code: string) => {
    if (code && code !== "NOK" && !currencyTold) problem(line, "currency", { currency: code });
    currencyTold ||= Boolean(code && code !== "NOK");
  };
  checkCurrency(found.header + 1, layout.currency ?? "");
  const primary = layout.at.primary === undefined ? null : primaryOf(head, found.header);
  if (layout.at.primary !== undefined && !primary) problem(found.header + 1, "unknownMetric", { value: head[found.header - 1]?.[0] ?? "" });
  const headerCells = head[found.header]!;

  // "table": rows of a table being read; "gap": after a blank or comment row; "skipping": a table of another kind.
  let state: "table" | "gap" | "skipping" = "table";
  let r = -1;
  for (const row of rows) {
    if (++r <= found.header) continue;
    if (r >= MAX_ROWS) return tooMany();
    const line = r + 1;
    if (blank(row) || comment(row)) {
      state = "gap";
      continue;
    }
    if (state === "skipping") continue;
    if (state === "gap") {
      // A new table (GA4 puts several in one file): read it when it has this source's header, else skip it.
      const next = layoutOf(spec, row);
      if (next) layout = next;
      else notes.add("import.notes.tablesSkipped");
      state = next ? "table" : "skipping";
      continue;
    }
    const cell = (field: string) => {
      const at = layout.at[field];
      return at === undefined ? "" : (row[at] ?? "").trim();
    };
    const dateText = cell(spec.date);
    if (SUMMARY.test(dateText) || (!dateText && row.some((c) => SUMMARY.test(c.trim())))) {
      notes.add("import.notes.summaryRowsSkipped");
      continue;
    }
    if (row.length < layout.width && row.length <= layout.last) {
      problem(line, "shortRow", { cells: row.length, expected: layout.width });
      continue;
    }
    let date: string | null;
    let covers: Covers = "day";
    if (spec.source === "metaAds" && layout.at.day === undefined) {
      const [from, to] = [parseDate(cell("starts")), parseDate(cell("ends"))];
      const c = from && to ? coversOf(from, to) : null;
      if (!from || !to) problem(line, "badDate", { value: !from ? cell("starts") : cell("ends") });
      else if (!c) problem(line, "rangeNotPeriod", { from, to });
      [date, covers] = [from, c ?? "day"];
      if (to) lastDay = compareDates(to, lastDay ?? to) > 0 ? to : (lastDay ?? to);
    } else {
      date = dateText ? parseDate(dateText, spec.dateFormat) : null;
      if (!date) problem(line, dateText ? "badDate" : "emptyDate", { value: dateText });
    }
    if (spec.source === "shopify") {
      const name = cell("name");
      if (orders.has(name)) continue; // a further line item of an order already counted
      orders.add(name);
    }
    if (layout.at.currency !== undefined) checkCurrency(line, cell("currency").toUpperCase());
    const values: Record<string, number> = spec.source === "shopify" ? { orderCount: 1 } : {};
    for (const field of layout.numbers) {
      const text = cell(field);
      if (text === "" || text === "--" || text === "-") continue;
      const value = parseNumber(text);
      if (value === null)
        problem(line, "badNumber", {
          value: text,
          column: row[layout.at[field]!] ? (headerCells[layout.at[field]!] ?? field) : field,
        });
      else values[field] = value;
    }
    if (!date) continue;
    let channel = primary?.channel ?? spec.channel;
    if (primary && values.primary !== undefined) {
      values[primary.field] = values.primary;
      delete values.primary;
    }
    let group = "";
    if (spec.source === "ga4" && layout.at.group !== undefined) {
      group = normalizeName(cell("group"));
      channel = GA4_CHANNEL_GROUPS[group] ?? "website";
    }
    items++;
    days.add(date);
    const key = `${channel}|${date}|${covers}`;
    // GA4: Organic Search sessions are also the website's organic visits; Paid Search key events, Google Ads conversions.
    if (group === "organic search" || group === "organisk søk") values.organicSessions = values.sessions ?? 0;
    if (group === "paid search" || group === "betalt søk") values.paidKeyEvents = values.keyEvents ?? 0;
    let a = acc.get(key);
    if (!a) acc.set(key, (a = { covers, sums: new Map(), last: new Map() }));
    for (const [field, value] of Object.entries(values)) {
      a.sums.set(field, (a.sums.get(field) ?? 0) + value);
      a.last.set(field, value);
    }
    for (const o of spec.outputs) {
      if ("weighted" in o) {
        const [rate, weight] = o.weighted;
        if (values[rate] !== undefined && values[weight] !== undefined) {
          a.sums.set(`w:${rate}`, (a.sums.get(`w:${rate}`) ?? 0) + values[rate] * values[weight]);
          a.sums.set(`wd:${rate}`, (a.sums.get(`wd:${rate}`) ?? 0) + values[weight]);
        }
      }
    }
  }
  if (problems.length) return { source: spec.source, summary: summaryOf(spec, 0, []), points: [], notes: [...notes], problems };

  const sorted = sortPoints(pointsOf(spec, acc));
  const count = spec.countBy === "orders" ? orders.size : spec.countBy === "days" ? days.size : items;
  if (count === 0)
    return {
      source: spec.source,
      summary: summaryOf(spec, 0, []),
      points: [],
      notes: [...notes],
      problems: [{ line: found.header + 2, messageKey: "import.problems.noRows" }],
    };
  return {
    source: spec.source,
    summary: summaryOf(spec, count, lastDay ? [...days, lastDay] : [...days]),
    points: sorted,
    notes: [...notes],
    problems: [],
  };
}

/** The field "Primary" holds and the channel, from the title line above a Business Suite one-metric export. */
function primaryOf(head: string[][], header: number): { field: string; channel: string } | null {
  let r = header - 1;
  while (r >= 0 && (blank(head[r]!) || /^sep=/i.test(head[r]![0] ?? ""))) r--;
  const title = r >= 0 ? normalizeName(head[r]![0] ?? "") : "";
  const entry = META_PRIMARY_TITLES.find((t) => t.words.some((w) => title.includes(w)));
  return entry ? { field: entry.field, channel: title.includes("instagram") ? "instagram" : "facebook" } : null;
}

/**
 * Recognises a platform's download by its header row (after any title lines
 * or `#` metadata) and turns it into series, reading the rows once (plus
 * the first rows for the header). Never throws: a bad file comes
 * back with problems and no points, an unrecognised one as "mapped" with the
 * note that the column mapper is needed.
 */
export function parseImport(rows: Rows, fileName: string): ParsedImport {
  void fileName;
  try {
    return parseRows(rows);
  } catch (error) {
    // A text broken further on than its first chunk (an unclosed quote): refused whole, as when it is read.
    if (error instanceof UnreadableFileError) return empty("mapped", [error.problem]);
    throw error;
  }
}

function parseRows(rows: Rows): ParsedImport {
  const first = firstFilled(rows);
  if (!first.row) return first.count > MAX_ROWS ? tooMany() : empty("mapped", [{ line: 1, messageKey: "import.problems.emptyFile" }]);
  const head = take(rows, HEADER_SEARCH_ROWS);
  const found = findSource(head);
  if (found) return readSource(rows, head, found);
  const { layout, missing } = mapHeader(first.row);
  if (missing.length === 0) return readMaalbar(rows, first.index, layout);
  // The column mapper's files are read later; a file too long for it is refused now, as before.
  let count = 0;
  for (const row of rows) if (row && ++count > MAX_ROWS) return tooMany();
  return empty("mapped", [], ["import.notes.needsMapping"]);
}
