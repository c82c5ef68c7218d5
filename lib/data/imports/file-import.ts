import { sql } from "drizzle-orm";
import { getDb, type Queryable, rowsOf } from "@/db/client";
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
import { channelCatalog } from "@/lib/data/benchmarks";
import { type RecordResult } from "@/lib/data/measurements";
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
