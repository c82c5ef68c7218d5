import type { Unit } from "./goal-types";
import { MEASUREMENT_PROBLEM_MESSAGE, measurementProblems } from "./measurements";
import type { MetricKind } from "./series";
import {
  type ColumnLayout,
  type CsvColumn,
  type Delimiter,
  isCsvDateOutOfRange,
  normalizeName,
  parseCsvDate,
  parseCsvNumber,
  restoreNote,
} from "./csv-format";

/**
 * One CSV row read against the organization's catalogue: the measurement it
 * holds, or every problem it has, each with a message key under
 * "measurements.import.errors" and the values the message shows.
 */
export type LookupMetric = { id: string; key: string; nameNb: string; nameEn: string; unit: Unit; kind: MetricKind };
export type LookupChannel = { id: string; key: string; nameNb: string; nameEn: string; metrics: LookupMetric[] };

export type ImportProblem = {
  line: number;
  field: CsvColumn | "file";
  messageKey: string;
  values?: Record<string, string | number>;
};

export type ImportRow = {
  line: number;
  channel: LookupChannel;
  metric: LookupMetric;
  date: string;
  value: number;
  note: string | null;
};

const IMPORT_ERRORS = "measurements.import.errors";
export const problemKey = (name: string) => `${IMPORT_ERRORS}.${name}`;

export type CatalogLookup = {
  channel: (name: string) => LookupChannel | undefined;
  metric: (channel: LookupChannel, name: string) => LookupMetric | undefined;
};

/**
 * Finds channels and metrics by key, bokmål name or English name, in any case.
 * Keys win over names, and the first in catalogue order wins a name two share,
 * so the shared catalogue comes before an organization's own additions.
 */
export function catalogLookup(channels: readonly LookupChannel[]): CatalogLookup {
  const index = <T extends { key: string; nameNb: string; nameEn: string }>(items: readonly T[]) => {
    const byName = new Map<string, T>();
    for (const item of items) byName.set(normalizeName(item.key), item);
    for (const item of items) {
      for (const name of [item.nameNb, item.nameEn]) {
        const k = normalizeName(name);
        if (!byName.has(k)) byName.set(k, item);
      }
    }
    return byName;
  };
  const channelIndex = index(channels);
  const metricIndex = new Map(channels.map((c) => [c.id, index(c.metrics)]));
  // A file repeats a handful of spellings thousands of times: remember each one's
  // normal form (bounded, so a file of random names cannot grow it without end).
  const seen = new Map<string, string>();
  const normal = (raw: string) => {
    let n = seen.get(raw);
    if (n === undefined) {
      n = normalizeName(raw);
      if (seen.size < 10_000) seen.set(raw, n);
    }
    return n;
  };
  return {
    channel: (name) => channelIndex.get(normal(name)),
    metric: (channel, name) => metricIndex.get(channel.id)?.get(normal(name)),
  };
}

/** Reads one data row; `today` is the organization's date, later dates are refused. */
export function readRow(
  cells: readonly string[],
  line: number,
  ctx: { layout: ColumnLayout; delimiter: Delimiter; lookup: CatalogLookup; today: string },
): { row: ImportRow; problems: [] } | { row: null; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const cell = (column: CsvColumn): string => {
    const at = ctx.layout[column];
    return at === undefined ? "" : (cells[at] ?? "").trim();
  };
  const problem = (field: CsvColumn, name: string, values?: Record<string, string | number>) =>
    problems.push({ line, field, messageKey: problemKey(name), ...(values ? { values } : {}) });
  const required = (column: CsvColumn): string | null => {
    const text = cell(column);
    if (!text) problem(column, "emptyCell");
    return text || null;
  };

  const [dateText, channelText, metricText, valueText] = [required("date"), required("channel"), required("metric"), required("value")];

  const date = dateText === null ? null : parseCsvDate(dateText);
  if (dateText !== null && date === null)
    problem("date", isCsvDateOutOfRange(dateText) ? "dateOutOfRange" : "badDate", { value: dateText });

  const channel = channelText === null ? undefined : ctx.lookup.channel(channelText);
  if (channelText !== null && !channel) problem("channel", "unknownChannel", { value: channelText });
  const metric = channel && metricText !== null ? ctx.lookup.metric(channel, metricText) : undefined;
  if (channel && metricText !== null && !metric) problem("metric", "unknownMetric", { value: metricText, channel: channelText ?? "" });

  const value = valueText === null ? null : parseCsvNumber(valueText, ctx.delimiter);
  if (valueText !== null && value === null) problem("value", "badNumber", { value: valueText });

  const note = cell("note");
  // The rules every measurement meets; a cell's own wording names the date and the number it read.
  for (const p of measurementProblems({ date, value, note }, ctx.today, metric)) {
    if (p.code === "futureDate" || p.code === "badDate" || p.code === "dateOutOfRange")
      problem("date", p.code, { value: dateText ?? date ?? "" });
    else if (p.code === "badNumber") problem("value", p.code, { value: valueText ?? "" });
    else problems.push({ line, field: p.field, messageKey: MEASUREMENT_PROBLEM_MESSAGE[p.code] });
  }

  if (problems.length || !channel || !metric || date === null || value === null) return { row: null, problems };
  return { row: { line, channel, metric, date, value, note: note ? restoreNote(note) : null }, problems: [] };
}
