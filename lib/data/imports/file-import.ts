import { and, eq, sql } from "drizzle-orm";
import { getDb, type Queryable, rowsOf } from "@/db/client";
import { imports, metrics } from "@/db/schema";
import type { MetricKind } from "@/lib/domain/series";
import { catalogLookup } from "@/lib/domain/csv-rows";
import { compareDates } from "@/lib/domain/dates";
import {
  applyMapping,
  type ColumnMapping,
  firstFilled,
  guessMapping,
  type ImportProblem,
  type ImportSource,
  type ParsedImport,
  parseImport,
  type Rows,
  take,
  UnreadableFileError,
} from "@/lib/domain/import";
import { type PreviewSeries, previewSeries } from "@/lib/domain/import-preview";
import { ValidationError } from "@/lib/errors";
import { recordAudit } from "@/lib/data/audit";
import { addCustomMetric, channelCatalog } from "@/lib/data/benchmarks";
import { BATCH_SIZE, type MeasurementInput, type RecordResult, writeMeasurementBatch } from "@/lib/data/measurements";
import type { TenantContext } from "../context";
import { findPreset, presetForRows } from "./presets";

/**
 * A platform's own download (or any spreadsheet through the column mapper)
 * imported in two steps: the preview says what was found, proposes the
 * channels and shows the series per week, writing nothing; the commit takes
 * the person's confirmed channels (and metrics to create) and writes every
 * value in one transaction, each carrying the import's id, or nothing at all.
 */
export type ImportPlan = {
  /** Each proposed channel (ImportedPoint.channel) → the organization's channel id the person confirmed. */
  channels: Record<string, string>;
  /** "channel|metric" of a metric the organization lacks → create it as its own metric of this kind. */
  newMetrics?: Record<string, MetricKind>;
  /** The column mapper's answer, or a saved preset's id. */
  mapping?: ColumnMapping | null;
  presetId?: string | null;
};

export type FilePreview = {
  source: ImportSource;
  /** The saved preset that read the file (named in the plan, or whose header the file has), with its mapping to change. */
  preset: { id: string; name: string; mapping: ColumnMapping } | null;
  summary: ParsedImport["summary"];
  notes: string[];
  problems: ImportProblem[];
  /** Each channel the file names, with the organization's channel proposed for it (null: the person picks). */
  channels: { proposed: string; channelId: string | null }[];
  /** Each metric, with the organization's metric found in the proposed channel (null: create it or pick another channel). */
  metrics: { channel: string; metric: string; metricId: string | null; kind: MetricKind }[];
  series: PreviewSeries[];
  /** Of the values whose channel and metric are known: how many would change a stored value, and how many equal it. */
  existing: { corrected: number; unchanged: number };
  /** For the column mapper: the first rows of the grid (only for a file read by columns: mapped, or to be). */
  head: string[][];
  /** For a file no one recognises: the mapper's first guess (date column and format, numeric columns). */
  guess: ColumnMapping | null;
  catalog: {
    id: string;
    key: string;
    nameNb: string;
    nameEn: string;
    metrics: { id: string; key: string; nameNb: string; nameEn: string }[];
  }[];
};

export type FileImportResult = RecordResult & { importId: string; rows: number };

/** Rows of the file the column mapper shows. */
const HEAD_ROWS = 15;
const customLabel = (metric: string) => (metric.startsWith("custom:") ? metric.slice("custom:".length).trim() : metric);
const seriesKey = (channel: string, metric: string) => `${channel}|${metric}`;

/** The file read through the plan's mapping, its preset, a recognised platform, or a saved preset whose header matches. */
async function parse(ctx: TenantContext, db: Queryable, rows: Rows, fileName: string, plan: Pick<ImportPlan, "mapping" | "presetId">) {
  let filled = true;
  try {
    filled = firstFilled(rows).row !== null;
  } catch (error) {
    if (!(error instanceof UnreadableFileError)) throw error; // parseImport and applyMapping tell it
  }
  if (!filled) {
    const empty: ParsedImport = {
      source: "mapped",
      summary: { itemKey: "import.items.rows", items: 0, from: null, to: null },
      points: [],
      notes: [],
      problems: [{ line: 1, messageKey: "import.problems.emptyFile" }],
    };
    return { parsed: empty, preset: null };
  }
  if (plan.presetId) {
    const preset = await findPreset(ctx, plan.presetId, db);
    return { parsed: applyMapping(rows, preset.mapping), preset: { id: preset.id, name: preset.name, mapping: preset.mapping } };
  }
  if (plan.mapping) return { parsed: applyMapping(rows, plan.mapping), preset: null };
  const parsed = parseImport(rows, fileName);
  if (parsed.source !== "mapped" || parsed.points.length) return { parsed, preset: null };
  const preset = await presetForRows(ctx, rows, db);
  return preset
    ? { parsed: applyMapping(rows, preset.mapping), preset: { id: preset.id, name: preset.name, mapping: preset.mapping } }
    : { parsed, preset: null };
}

/** Values per correction-count query in the preview: the parameter stays the same size however long the file is. */
const PREVIEW_CHUNK = 5000;

/** How many of the points would correct a stored value and how many equal it; one query per PREVIEW_CHUNK points, each as one JSON parameter. */
async function existingValues(
  db: Queryable,
  ctx: TenantContext,
  parsed: ParsedImport,
  known: Map<string, { channelId: string; metricId: string }>,
) {
  const total = { corrected: 0, unchanged: 0 };
  let rows: { channel_id: string; metric_id: string; date: string; value: number }[] = [];
  const count = async () => {
    const result = await db.execute(sql`
      select count(*) filter (where s.value is distinct from i.value) as corrected, count(*) filter (where s.value = i.value) as unchanged
      from json_to_recordset(${JSON.stringify(rows)}::json) as i(channel_id uuid, metric_id uuid, date date, value numeric)
      join kpi_snapshots s on s.org_id = ${ctx.orgId} and s.channel_id = i.channel_id and s.metric_id = i.metric_id and s.date = i.date`);
    const out = rowsOf<{ corrected: string | number; unchanged: string | number }>(result)[0];
    total.corrected += Number(out?.corrected ?? 0);
    total.unchanged += Number(out?.unchanged ?? 0);
    rows = [];
  };
  for (const p of parsed.points) {
    const t = known.get(seriesKey(p.channel, p.metric));
    if (!t) continue;
    rows.push({ channel_id: t.channelId, metric_id: t.metricId, date: p.date, value: p.value });
    if (rows.length >= PREVIEW_CHUNK) await count();
  }
  if (rows.length) await count();
  return total;
}

/** What importing the file would do; writes nothing. */
export async function previewFileImport(
  ctx: TenantContext,
  rows: Rows,
  fileName: string,
  plan: Partial<ImportPlan> = {},
  /** The organization's today: a later date is a problem already in the preview. */
  today: string | null = null,
  db: Queryable = getDb(),
): Promise<FilePreview> {
  const { parsed, preset } = await parse(ctx, db, rows, fileName, plan);
  const future = today === null ? undefined : parsed.points.find((p) => compareDates(p.date, today) > 0);
  if (future && !parsed.problems.length)
    parsed.problems.push({ line: 1, messageKey: "import.problems.futureDate", values: { date: future.date } });
  const catalog = await channelCatalog(ctx, db);
  // The catalogue carries each metric's kind: no second read.
  const kinds = new Map<string, MetricKind>(catalog.flatMap((c) => c.metrics.map((m) => [m.id, m.kind] as const)));
  const lookup = catalogLookup(catalog);
  const byId = new Map(catalog.map((c) => [c.id, c]));
  const proposedChannels = [...new Set(parsed.points.map((p) => p.channel))];
  const channels = proposedChannels.map((proposed) => ({
    proposed,
    channelId:
      (plan.channels?.[proposed] && byId.has(plan.channels[proposed]) ? plan.channels[proposed] : lookup.channel(proposed)?.id) ?? null,
  }));
  const chosen = new Map(channels.map((c) => [c.proposed, c.channelId ? byId.get(c.channelId) : undefined]));
  const metricRows = [...new Map(parsed.points.map((p) => [seriesKey(p.channel, p.metric), p])).values()].map((p) => {
    const channel = chosen.get(p.channel);
    const found = channel ? lookup.metric(channel, customLabel(p.metric)) : undefined;
    const kind = (found && kinds.get(found.id)) ?? plan.newMetrics?.[seriesKey(p.channel, p.metric)] ?? "total";
    return { channel: p.channel, metric: p.metric, metricId: found?.id ?? null, kind };
  });
  const kindOf = new Map(metricRows.map((m) => [seriesKey(m.channel, m.metric), m.kind]));
  const known = new Map(
    metricRows
      .filter((m) => m.metricId)
      .map((m) => [seriesKey(m.channel, m.metric), { channelId: chosen.get(m.channel)!.id, metricId: m.metricId! }]),
  );
  return {
    source: parsed.source,
    preset,
    summary: parsed.summary,
    notes: parsed.notes,
    problems: parsed.problems,
    channels,
    metrics: metricRows,
    series: previewSeries(parsed.points, (c, m) => kindOf.get(seriesKey(c, m)) ?? "total"),
    existing: parsed.problems.length ? { corrected: 0, unchanged: 0 } : await existingValues(db, ctx, parsed, known),
    head: parsed.source === "mapped" ? take(rows, HEAD_ROWS).map((r) => r.slice(0, 50)) : [],
    guess: parsed.source === "mapped" && !parsed.points.length && !parsed.problems.length ? guessMapping(rows) : null,
    catalog: catalog.map((c) => ({
      id: c.id,
      key: c.key,
      nameNb: c.nameNb,
      nameEn: c.nameEn,
      metrics: c.metrics.map((m) => ({ id: m.id, key: m.key, nameNb: m.nameNb, nameEn: m.nameEn })),
    })),
  };
}

/** A file that cannot be imported as it is: the first problem, with its line. Nothing was written. */
export class FileImportError extends ValidationError {
  constructor(readonly problem: ImportProblem) {
    super({ [`line.${problem.line}`]: [problem.messageKey] }, problem.messageKey, { line: problem.line, ...problem.values });
  }
}

/**
 * Every point's confirmed channel and metric; creates the metrics the person
 * asked for. A metric the organization lacks and the person chose not to
 * create is left out (a platform's download has more columns than anyone
 * follows). Throws on an unconfirmed channel, or when nothing is left to import.
 */
async function resolveTargets(tx: Queryable, ctx: TenantContext, parsed: ParsedImport, plan: ImportPlan) {
  const catalog = await channelCatalog(ctx, tx);
  const byId = new Map(catalog.map((c) => [c.id, c]));
  const lookup = catalogLookup(catalog);
  const targets = new Map<string, { channelId: string; metricId: string; kind: MetricKind }>();
  for (const p of parsed.points) {
    const key = seriesKey(p.channel, p.metric);
    if (targets.has(key)) continue;
    const channel = byId.get(plan.channels[p.channel] ?? "");
    if (!channel) throw new FileImportError({ line: 1, messageKey: "import.problems.channelNotConfirmed", values: { channel: p.channel } });
    const label = customLabel(p.metric);
    let metricId = lookup.metric(channel, label)?.id;
    const kind = plan.newMetrics?.[key];
    if (!metricId && kind) {
      metricId = await addCustomMetric(tx, ctx, {
        channelId: channel.id,
        name: label,
        unit: kind === "rate" ? "percent" : "count",
        direction: "increase",
      });
      await tx
        .update(metrics)
        .set({ kind })
        .where(and(eq(metrics.id, metricId), eq(metrics.orgId, ctx.orgId)));
    }
    if (!metricId) continue;
    const [found] = await tx.select({ kind: metrics.kind }).from(metrics).where(eq(metrics.id, metricId)).limit(1);
    targets.set(key, { channelId: channel.id, metricId, kind: found?.kind ?? "level" });
  }
  if (!targets.size) throw new FileImportError({ line: 1, messageKey: "import.problems.nothingChosen" });
  return targets;
}

/**
 * One value per metric and date: two proposed channels confirmed as the same
 * channel (GA4's "Organic Search" and "Direct" both as the website) add up for
 * a total and keep the later one otherwise.
 */
function combineTargets(
  parsed: ParsedImport,
  targets: Map<string, { channelId: string; metricId: string; kind: MetricKind }>,
): Map<string, MeasurementInput> {
  const out = new Map<string, MeasurementInput>();
  for (const p of parsed.points) {
    const t = targets.get(seriesKey(p.channel, p.metric));
    if (!t) continue; // a metric the person chose not to create
    const key = `${t.metricId}|${p.date}`;
    const earlier = out.get(key);
    out.set(key, {
      channelId: t.channelId,
      metricId: t.metricId,
      date: p.date,
      value: earlier && t.kind === "total" ? earlier.value + p.value : p.value,
    });
  }
  return out;
}

/**
 * Imports the file in one transaction: every value written carries the new
 * import's id; a value equal to what is stored stays as it is (so the same
 * file twice changes nothing), a different one is a correction kept in the history.
 */
export async function commitFileImport(
  ctx: TenantContext,
  rows: Rows,
  fileName: string,
  plan: ImportPlan,
  today: string,
  onProgress?: (rows: number) => void,
): Promise<FileImportResult> {
  return getDb().transaction(async (tx) => {
    const { parsed, preset } = await parse(ctx, tx, rows, fileName, plan);
    if (parsed.problems.length) throw new FileImportError(parsed.problems[0]!);
    if (!parsed.points.length)
      throw new FileImportError({
        line: 1,
        messageKey: parsed.source === "mapped" ? "import.problems.needsMapping" : "import.problems.noRows",
      });
    const future = parsed.points.find((p) => compareDates(p.date, today) > 0);
    if (future) throw new FileImportError({ line: 1, messageKey: "import.problems.futureDate", values: { date: future.date } });
    const targets = await resolveTargets(tx, ctx, parsed, plan);
    const values = combineTargets(parsed, targets);
    const [row] = await tx
      .insert(imports)
      .values({
        orgId: ctx.orgId,
        fileName: fileName.slice(0, 200),
        source: parsed.source,
        presetId: preset?.id ?? null,
        periodFrom: parsed.summary.from,
        periodTo: parsed.summary.to,
        rows: values.size,
        created: 0,
        corrected: 0,
        unchanged: 0,
        createdBy: ctx.userId,
      })
      .returning({ id: imports.id });
    const importId = row!.id;
    const total: RecordResult = { created: 0, corrected: 0, unchanged: 0 };
    // One statement per BATCH_SIZE values, taken from the map as they go (no second array of every value).
    let batch: MeasurementInput[] = [];
    let done = 0;
    const write = async () => {
      const written = await writeMeasurementBatch(tx, ctx, batch, "csv", importId);
      total.created += written.created;
      total.corrected += written.corrected;
      total.unchanged += written.unchanged;
      done += batch.length;
      batch = [];
      onProgress?.(done);
    };
    for (const value of values.values()) {
      batch.push(value);
      if (batch.length === BATCH_SIZE) await write();
    }
    if (batch.length) await write();
    await tx.update(imports).set(total).where(eq(imports.id, importId));
    await recordAudit(
      tx,
      ctx,
      "measurements.imported",
      { type: "import", id: importId },
      { source: parsed.source, fileName, rows: values.size, ...total },
    );
    return { importId, rows: values.size, ...total };
  });
}
