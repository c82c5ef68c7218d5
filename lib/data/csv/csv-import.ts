import { setImmediate as nextTurn } from "node:timers/promises";
import { sql } from "drizzle-orm";
import { getDb, type Queryable, rowsOf } from "@/db/client";
import { mapHeader } from "@/lib/domain/csv-format";
import { catalogLookup, type ImportProblem, type ImportRow, problemKey, readRow } from "@/lib/domain/csv-rows";
import { isoDateMs } from "@/lib/domain/dates";
import type { Unit } from "@/lib/domain/goal-types";
import { ValidationError } from "@/lib/errors";
import { recordAudit } from "@/lib/data/audit";
import { channelCatalog } from "@/lib/data/benchmarks";
import type { TenantContext } from "../context";
import { type CsvSource, CsvSyntaxError, readCsv } from "./csv-records";
import { BATCH_SIZE, type MeasurementInput, type RecentValues, unusualItems, writeMeasurementBatch } from "@/lib/data/measurements";

/**
 * CSV import of measurements, streaming: rows are read one at a time, checked
 * against the organization's catalogue and written in batches, so a 100,000-row
 * file never sits in memory. Only a number per (metric, date) seen is kept, to
 * find a date given twice in the same file.
 */
export type ImportSample = {
  line: number;
  date: string;
  channel: { key: string; nameNb: string; nameEn: string };
  metric: { key: string; nameNb: string; nameEn: string; unit: Unit };
  value: number;
  note: string | null;
};
export type ImportPreview = {
  rows: number;
  valid: number;
  /** The first MAX_PROBLEMS problems; problemCount counts them all. */
  problems: ImportProblem[];
  problemCount: number;
  sample: ImportSample[];
  /** Valid rows that change a value already recorded for their date (kept in the history). */
  corrections: number;
  /** Valid rows equal to what is already recorded. */
  unchanged: number;
  /** The first CHANGES_SHOWN rows that change a recorded value, with the value before ("12. mars: 140 → 152"); changeCount counts them all. */
  changes: ImportChange[];
  changeCount: number;
  /** The first WARNINGS_SHOWN values far outside their series' recent range (asked about, not refused); warningCount counts them all. */
  warnings: ImportWarning[];
  warningCount: number;
};
/** A row that changes a recorded value: the value before and the file's. */
type ImportChange = Omit<ImportSample, "note" | "value"> & { before: number; after: number };
/** A value far outside its series' recent range, with the recent values' lowest and highest. */
type ImportWarning = Omit<ImportSample, "note"> & { low: number; high: number };
export type ImportResult = { rows: number; created: number; corrected: number; unchanged: number };
/** The lines of a commit's NDJSON answer (see the import route). */
export type ImportStreamLine =
  | { type: "progress"; rows: number }
  | ({ type: "done" } & ImportResult)
  | { type: "error"; messageKey: string; line?: number; field?: string; values?: Record<string, string | number> };

export const MAX_PROBLEMS = 200;
const SAMPLE_SIZE = 20;
/** Corrections and warnings listed one by one in the preview; the rest are counted ("… and 23 more"). */
const CHANGES_SHOWN = 10;
const WARNINGS_SHOWN = 10;
/**
 * Rows checked between two turns of the event loop. Reading rows is pure CPU
 * (microtasks only while the upload is already in memory): without a turn, a
 * 100,000-row preview held every other request for seconds. ~1 ms of work a turn.
 */
export const ROWS_PER_TURN = 500;

/** The first problem of a commit: nothing was written, and it says which line to fix. */
export class CsvImportError extends ValidationError {
  constructor(readonly problem: ImportProblem) {
    super({ [`line.${problem.line}.${problem.field}`]: [problem.messageKey] }, problem.messageKey);
  }
}

type Outcome = { kind: "row"; row: ImportRow } | { kind: "bad"; problems: ImportProblem[] } | { kind: "file"; problems: ImportProblem[] };

const fileProblem = (line: number, name: string, field: ImportProblem["field"] = "file", values?: ImportProblem["values"]): Outcome => ({
  kind: "file",
  problems: [{ line, field, messageKey: problemKey(name), ...(values ? { values } : {}) }],
});

/** Every data row of the file, checked; file-level problems (no header, broken quoting) end it. */
async function* checkedRows(db: Queryable, ctx: TenantContext, source: CsvSource, today: string): AsyncGenerator<Outcome> {
  const lookup = catalogLookup(await channelCatalog(ctx, db));
  const { delimiter, records } = await readCsv(source);
  // A date given twice for one metric, keyed by small numbers: metric number × 10⁷ + day number.
  const metricNumbers = new Map<string, number>();
  const firstLine = new Map<number, number>();
  let dataRows = 0;
  try {
    const header = await records.next();
    if (header.done) {
      yield fileProblem(1, "empty");
      return;
    }
    const { layout, missing } = mapHeader(header.value.cells);
    if (missing.length) {
      for (const column of missing) yield fileProblem(header.value.line, "missingColumn", column, { column });
      return;
    }
    for await (const { line, cells } of records) {
      dataRows += 1;
      if (dataRows % ROWS_PER_TURN === 0) await nextTurn();
      const { row, problems } = readRow(cells, line, { layout, delimiter, lookup, today });
      if (!row) {
        yield { kind: "bad", problems };
        continue;
      }
      if (!metricNumbers.has(row.metric.id)) metricNumbers.set(row.metric.id, metricNumbers.size);
      const key = metricNumbers.get(row.metric.id)! * 1e7 + isoDateMs(row.date)! / 86_400_000;
      const first = firstLine.get(key);
      if (first !== undefined)
        yield { kind: "bad", problems: [{ line, field: "date", messageKey: problemKey("duplicate"), values: { value: row.date, first } }] };
      else {
        firstLine.set(key, line);
        yield { kind: "row", row };
      }
    }
    if (dataRows === 0) yield fileProblem(header.value.line, "empty");
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    yield fileProblem(error.line, "badCsv");
  } finally {
    // Stopping early (a missing column, the first bad row of a commit) closes the parser and cancels the upload.
    await records.return(undefined);
  }
}

const toInput = (r: ImportRow): MeasurementInput => ({
  channelId: r.channel.id,
  metricId: r.metric.id,
  date: r.date,
  value: r.value,
  note: r.note,
});

/**
 * How many of these rows change an existing value, and how many repeat it (the
 * same test writeMeasurementBatch uses), with the first `listed` rows whose
 * value changes, in file order. The rows go as one JSON parameter: binding
 * 5,000 separate parameters costs more than the query itself.
 */
async function existing(
  db: Queryable,
  ctx: TenantContext,
  rows: ImportRow[],
  listed: number,
): Promise<{ changed: number; same: number; valueChanges: number; first: { line: number; before: number }[] }> {
  if (!rows.length) return { changed: 0, same: 0, valueChanges: 0, first: [] };
  const input = JSON.stringify(
    rows.map((r) => ({ line: r.line, channel_id: r.channel.id, metric_id: r.metric.id, date: r.date, value: r.value, note: r.note })),
  );
  const result = await db.execute(sql`
    with input as (
      select * from json_to_recordset(${input}::json) as x(line int, channel_id uuid, metric_id uuid, date date, value numeric, note text)
    ),
    joined as (
      select i.line, s.value as before, i.value as after,
             s.value is distinct from i.value or s.note is distinct from coalesce(i.note, s.note) as changed
      from input i join kpi_snapshots s
        on s.org_id = ${ctx.orgId} and s.channel_id = i.channel_id and s.metric_id = i.metric_id and s.date = i.date
    )
    select (select count(*) from joined where changed) as changed,
           (select count(*) from joined where not changed) as same,
           (select count(*) from joined where before <> after) as value_changes,
           (select coalesce(json_agg(json_build_object('line', line, 'before', before::float8) order by line), '[]'::json)
              from (select line, before from joined where before <> after order by line limit ${listed}) f) as first`);
  const out = rowsOf<{ changed: string | number; same: string | number; value_changes: string | number; first: unknown }>(result)[0];
  const first = (typeof out?.first === "string" ? JSON.parse(out.first) : (out?.first ?? [])) as { line: number; before: number }[];
  return { changed: Number(out?.changed ?? 0), same: Number(out?.same ?? 0), valueChanges: Number(out?.value_changes ?? 0), first };
}

const sampleOf = (r: ImportRow): ImportSample => ({
  line: r.line,
  date: r.date,
  channel: { key: r.channel.key, nameNb: r.channel.nameNb, nameEn: r.channel.nameEn },
  metric: { key: r.metric.key, nameNb: r.metric.nameNb, nameEn: r.metric.nameEn, unit: r.metric.unit },
  value: r.value,
  note: r.note,
});

/** Reads the whole file and says what importing it would do; writes nothing. */
export async function previewImport(ctx: TenantContext, source: CsvSource, today: string, db: Queryable = getDb()): Promise<ImportPreview> {
  const preview: ImportPreview = {
    ...{ rows: 0, valid: 0, problems: [], problemCount: 0, sample: [], corrections: 0, unchanged: 0 },
    ...{ changes: [], changeCount: 0, warnings: [], warningCount: 0 },
  };
  let batch: ImportRow[] = [];
  // Each series' recent values are read once, by the first batch that names it.
  const recent: RecentValues = new Map();
  const countExisting = async () => {
    const { changed, same, valueChanges, first } = await existing(db, ctx, batch, CHANGES_SHOWN - preview.changes.length);
    preview.corrections += changed;
    preview.unchanged += same;
    preview.changeCount += valueChanges;
    const byLine = new Map(batch.map((r) => [r.line, r]));
    for (const { line, before } of first) {
      const { note: _note, value, ...row } = sampleOf(byLine.get(line)!);
      preview.changes.push({ ...row, before, after: value });
    }
    const unusual = await unusualItems(ctx, batch.map(toInput), db, recent);
    preview.warningCount += unusual.length;
    for (const { index, low, high } of unusual.slice(0, WARNINGS_SHOWN - preview.warnings.length)) {
      const { note: _note, ...row } = sampleOf(batch[index]!);
      preview.warnings.push({ ...row, low, high });
    }
    batch = [];
  };
  for await (const outcome of checkedRows(db, ctx, source, today)) {
    if (outcome.kind !== "file") preview.rows += 1;
    if (outcome.kind !== "row") {
      preview.problemCount += outcome.problems.length;
      preview.problems.push(...outcome.problems.slice(0, MAX_PROBLEMS - preview.problems.length));
      continue;
    }
    preview.valid += 1;
    if (preview.sample.length < SAMPLE_SIZE) preview.sample.push(sampleOf(outcome.row));
    batch.push(outcome.row);
    if (batch.length >= BATCH_SIZE) await countExisting();
  }
  await countExisting();
  return preview;
}

/**
 * Imports the file in one transaction, BATCH_SIZE rows per statement. The
 * first problem stops it with CsvImportError and nothing is written.
 * `onProgress` hears the number of rows written after every batch.
 */
export async function commitImport(
  ctx: TenantContext,
  source: CsvSource,
  today: string,
  onProgress?: (rows: number) => void,
): Promise<ImportResult> {
  return getDb().transaction(async (tx) => {
    const total: ImportResult = { rows: 0, created: 0, corrected: 0, unchanged: 0 };
    let batch: MeasurementInput[] = [];
    const flush = async () => {
      if (!batch.length) return;
      const written = await writeMeasurementBatch(tx, ctx, batch, "csv");
      total.created += written.created;
      total.corrected += written.corrected;
      total.unchanged += written.unchanged;
      batch = [];
      onProgress?.(total.rows);
    };
    for await (const outcome of checkedRows(tx, ctx, source, today)) {
      if (outcome.kind !== "row") throw new CsvImportError(outcome.problems[0]!);
      total.rows += 1;
      batch.push(toInput(outcome.row));
      if (batch.length >= BATCH_SIZE) await flush();
    }
    await flush();
    // One event for the whole import, in its transaction: an import that fails leaves no event either.
    await recordAudit(tx, ctx, "measurements.imported", undefined, { source: "csv", ...total });
    return total;
  });
}
