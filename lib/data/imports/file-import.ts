import { sql } from "drizzle-orm";
import { getDb, type Queryable, rowsOf } from "@/db/client";
import type { MetricKind } from "@/lib/domain/series";
import type { Unit } from "@/lib/domain/goal-types";
import { catalogLookup } from "@/lib/domain/csv-rows";
import { compareDates } from "@/lib/domain/dates";
import {
  applyMapping,
  type ColumnMapping,
  firstFilled,
  guessMapping,
  type ImportProblem,
  type ImportSource,
  newMetricShape,
  type ParsedImport,
  parseImport,
  type Rows,
  take,
  UnreadableFileError,
} from "@/lib/domain/import";
import { type PreviewSeries, previewSeries } from "@/lib/domain/import-preview";
import { channelCatalog } from "@/lib/data/benchmarks";
import { type RecordResult, unusualItems } from "@/lib/data/measurements";
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
  /** The first CHANGES_SHOWN values that change a stored one, in file order, with the value before; `existing.corrected` counts them all. */
  changes: FileChange[];
  /** The first WARNINGS_SHOWN values far outside their series' recent range (imported all the same); warningCount counts them all. */
  warnings: FileWarning[];
  warningCount: number;
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
/** A point of the file (its proposed channel and metric) that changes a stored value. */
type FileChange = { channel: string; metric: string; date: string; before: number; after: number };
/** A point far outside its series' recent range, with the recent values' lowest and highest. */
type FileWarning = { channel: string; metric: string; unit: Unit; date: string; value: number; low: number; high: number };

/** Corrections and warnings listed one by one in the preview; the rest are counted ("… and 23 more"). */
const CHANGES_SHOWN = 10;
const WARNINGS_SHOWN = 10;

/** Rows of the file the column mapper shows. */
const HEAD_ROWS = 15;
/** The label of a custom metric ("custom:Bookings" → "Bookings"); shared with the commit (./commit.ts). */
export const customLabel = (metric: string) => (metric.startsWith("custom:") ? metric.slice("custom:".length).trim() : metric);
export const seriesKey = (channel: string, metric: string) => `${channel}|${metric}`;

/** The file read through the plan's mapping, its preset, a recognised platform, or a saved preset whose header matches. */
export async function parseFile(
  ctx: TenantContext,
  db: Queryable,
  rows: Rows,
  fileName: string,
  plan: Pick<ImportPlan, "mapping" | "presetId">,
) {
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

/**
 * How many of the points would correct a stored value and how many equal it,
 * with the first CHANGES_SHOWN corrections in file order and their values
 * before; one query per PREVIEW_CHUNK points, each as one JSON parameter.
 */
async function existingValues(
  db: Queryable,
  ctx: TenantContext,
  parsed: ParsedImport,
  known: Map<string, { channelId: string; metricId: string }>,
) {
  const total = { corrected: 0, unchanged: 0 };
  const changes: FileChange[] = [];
  const rows = parsed.points.flatMap((p, n) => {
    const t = known.get(seriesKey(p.channel, p.metric));
    return t ? [{ n, channel_id: t.channelId, metric_id: t.metricId, date: p.date, value: p.value }] : [];
  });
  for (let from = 0; from < rows.length; from += PREVIEW_CHUNK) {
    const result = await db.execute(sql`
      with joined as (
        select i.n, s.value as before, s.value is distinct from i.value as changed
        from json_to_recordset(${JSON.stringify(rows.slice(from, from + PREVIEW_CHUNK))}::json)
          as i(n int, channel_id uuid, metric_id uuid, date date, value numeric)
        join kpi_snapshots s on s.org_id = ${ctx.orgId} and s.channel_id = i.channel_id and s.metric_id = i.metric_id and s.date = i.date
      )
      select count(*) filter (where changed) as corrected, count(*) filter (where not changed) as unchanged,
             (select coalesce(json_agg(json_build_object('n', n, 'before', before::float8) order by n), '[]'::json)
                from (select n, before from joined where changed order by n limit ${CHANGES_SHOWN - changes.length}) f) as first
      from joined`);
    const out = rowsOf<{ corrected: string | number; unchanged: string | number; first: unknown }>(result)[0];
    total.corrected += Number(out?.corrected ?? 0);
    total.unchanged += Number(out?.unchanged ?? 0);
    const first = (typeof out?.first === "string" ? JSON.parse(out.first) : (out?.first ?? [])) as { n: number; before: number }[];
    for (const { n, before } of first) {
      const p = parsed.points[n]!;
      changes.push({ channel: p.channel, metric: p.metric, date: p.date, before, after: p.value });
    }
  }
  return { total, changes, rows };
}

/** The points far outside their series' recent range: the first WARNINGS_SHOWN, and how many in all (one query). */
async function unusualPoints(
  db: Queryable,
  ctx: TenantContext,
  parsed: ParsedImport,
  rows: { n: number; channel_id: string; metric_id: string }[],
  units: Map<string, Unit>,
) {
  const items = rows.map((r) => ({
    channelId: r.channel_id,
    metricId: r.metric_id,
    date: parsed.points[r.n]!.date,
    value: parsed.points[r.n]!.value,
  }));
  const found = await unusualItems(ctx, items, db);
  const warnings = found.slice(0, WARNINGS_SHOWN).map(({ index, low, high }): FileWarning => {
    const row = rows[index]!;
    const p = parsed.points[row.n]!;
    return { channel: p.channel, metric: p.metric, unit: units.get(row.metric_id) ?? "count", date: p.date, value: p.value, low, high };
  });
  return { warnings, warningCount: found.length };
}

/** The file's points beside the stored values: corrections, equal values and unusual ones (nothing when the file is refused). */
async function compared(
  db: Queryable,
  ctx: TenantContext,
  parsed: ParsedImport,
  known: Map<string, { channelId: string; metricId: string }>,
  units: Map<string, Unit>,
) {
  if (parsed.problems.length) return { existing: { corrected: 0, unchanged: 0 }, changes: [], warnings: [], warningCount: 0 };
  const { total, changes, rows } = await existingValues(db, ctx, parsed, known);
  return { existing: total, changes, ...(await unusualPoints(db, ctx, parsed, rows, units)) };
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
  const { parsed, preset } = await parseFile(ctx, db, rows, fileName, plan);
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
    const kind =
      (found && kinds.get(found.id)) ?? plan.newMetrics?.[seriesKey(p.channel, p.metric)] ?? newMetricShape(parsed.source, p.metric).kind;
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
    ...(await compared(db, ctx, parsed, known, new Map(catalog.flatMap((c) => c.metrics.map((m) => [m.id, m.unit] as const))))),
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
