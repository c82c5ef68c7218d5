import { CHANNEL_CATALOG } from "../catalog";
import { parseCsvDate } from "../csv-format";
import { catalogLookup, type LookupChannel } from "../csv-rows";
import { MAX_ROWS } from "./grid";
import { blank, type Rows, sortPoints, summaryOf, tooMany } from "./rows";
import type { SourceSpec } from "./source-spec";
import type { ImportedPoint, ImportProblem, ParsedImport } from "./types";
import { parseDate, parseNumber } from "./values";

/** Målbar's own layout (date, channel, metric, value, note) through csv-format's header names, as before. */
const CATALOG_LOOKUP = catalogLookup(
  CHANNEL_CATALOG.map<LookupChannel>((c) => ({
    id: c.key,
    key: c.key,
    nameNb: c.nb,
    nameEn: c.en,
    metrics: c.metrics.map((m) => ({ id: m.key, key: m.key, nameNb: m.nb, nameEn: m.en, unit: m.unit, kind: m.kind })),
  })),
);

/** Målbar's own four columns: names resolved against the catalogue where they match, else passed on as written. */
export function readMaalbar(rows: Rows, header: number, at: Record<string, number | undefined>): ParsedImport {
  const problems: ImportProblem[] = [];
  const points = new Map<string, ImportedPoint>();
  const days = new Set<string>();
  let r = -1;
  for (const row of rows) {
    if (++r <= header) continue;
    if (r >= MAX_ROWS) return tooMany();
    if (blank(row) || problems.length >= 50) continue;
    const get = (i: number | undefined) => (i === undefined ? "" : (row[i] ?? "").trim());
    const [dateText, channelText, metricText, valueText] = [get(at.date), get(at.channel), get(at.metric), get(at.value)];
    const date = parseCsvDate(dateText) ?? parseDate(dateText);
    const value = parseNumber(valueText);
    if (!channelText || !metricText)
      problems.push({ line: r + 1, messageKey: "import.problems.shortRow", values: { cells: row.length, expected: 4 } });
    else if (!date) problems.push({ line: r + 1, messageKey: "import.problems.badDate", values: { value: dateText } });
    else if (value === null)
      problems.push({ line: r + 1, messageKey: "import.problems.badNumber", values: { value: valueText, column: "value" } });
    else {
      const channel = CATALOG_LOOKUP.channel(channelText);
      const metric = channel ? CATALOG_LOOKUP.metric(channel, metricText) : undefined;
      const [c, m] = [channel?.key ?? channelText, metric?.key ?? metricText];
      days.add(date);
      points.set(`${c}|${m}|${date}`, { date, covers: "day", channel: c, metric: m, value });
    }
  }
  const spec = { itemKey: "import.items.rows" } as SourceSpec;
  if (problems.length) return { source: "maalbar", summary: summaryOf(spec, 0, []), points: [], notes: [], problems };
  const sorted = sortPoints([...points.values()]);
  return { source: "maalbar", summary: summaryOf(spec, sorted.length, [...days]), points: sorted, notes: [], problems: [] };
}
