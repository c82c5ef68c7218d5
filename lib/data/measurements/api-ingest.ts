import { and, asc, eq, gte, lte } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { kpiSnapshots, type Unit } from "@/db/schema/index";
import { addDays, addMonths, compareDates, dateProblem } from "@/lib/domain/dates";
import { MEASUREMENT_PROBLEM_MESSAGE, measurementProblems } from "@/lib/domain/measurements";
import { ValidationError } from "@/lib/errors";
import { channelCatalog, type CatalogChannel, type CatalogMetric } from "@/lib/data/benchmarks";
import type { TenantContext } from "../context";
import { type MeasurementInput, recordMeasurements, type RecordResult } from "./measurements";
import { unusualItems } from "./unusual";

/**
 * The ingestion API's half of the data layer: an item names its series by the
 * catalogue's keys ("instagram" / "followers"), which are resolved here to the
 * organization's visible channel and metric ids before recordMeasurements.
 */
const MAX_ITEMS = 1000;

export type ItemProblem = { index: number; field: string; messageKey: string };
export type IngestOutcome =
  | { ok: true; result: RecordResult & { warnings?: ItemProblem[] } }
  | { ok: false; error: "invalidBody" | "noItems" | "tooManyItems" | "invalidItems"; items: ItemProblem[] };

const key = z.string("validation.required").trim().min(1, "validation.required").max(100, "validation.tooLong");
/** One item's shape; what makes its values valid is measurementProblems (lib/domain/measurements). */
const FIELD_ORDER = ["item", "channel", "metric", "date", "value", "note"];
const itemSchema = z.object({
  channel: key,
  metric: key,
  date: z.string("validation.date"),
  value: z.number("validation.number"),
  note: z.string("validation.invalid").trim().nullish(),
});

function findSeries(
  catalog: CatalogChannel[],
  channelKey: string,
  metricKey: string,
): { channel?: CatalogChannel; metric?: CatalogMetric } {
  const channel = catalog.find((c) => c.key === channelKey);
  return { channel, metric: channel?.metrics.find((m) => m.key === metricKey) };
}

/** The problems of one item that zod found, with the item's index. */
function zodProblems(index: number, error: z.ZodError): ItemProblem[] {
  return error.issues.map((issue) => ({
    index,
    field: issue.path.map(String).join(".") || "item",
    messageKey: /^[a-zA-Z]+(\.[a-zA-Z0-9_]+)+$/.test(issue.message) ? issue.message : "validation.invalid",
  }));
}

/**
 * Validates and records a request body (one item or an array of them): all
 * items or, when any is invalid, none, with every problem named by index.
 */
export async function ingestMeasurements(
  ctx: TenantContext,
  body: unknown,
  today: string,
  /** The token's name, kept with each value as where it came from. */
  tokenName: string | null = null,
): Promise<IngestOutcome> {
  if (!Array.isArray(body) && (body === null || typeof body !== "object")) return { ok: false, error: "invalidBody", items: [] };
  const raw: unknown[] = Array.isArray(body) ? body : [body];
  if (!raw.length) return { ok: false, error: "noItems", items: [] };
  if (raw.length > MAX_ITEMS) return { ok: false, error: "tooManyItems", items: [] };

  const catalog = await channelCatalog(ctx);
  const problems: ItemProblem[] = [];
  const inputs: MeasurementInput[] = [];
  raw.forEach((candidate, index) => {
    const parsed = itemSchema.safeParse(candidate);
    const found = parsed.success ? [] : zodProblems(index, parsed.error);
    // Keys and values are checked even when another field is wrong, so one answer names every problem.
    const named = candidate as { channel?: unknown; metric?: unknown; date?: unknown; value?: unknown; note?: unknown } | null;
    const text = (v: unknown) => (typeof v === "string" ? v.trim() : "");
    const readable = {
      date: typeof named?.date === "string" ? named.date : null,
      value: typeof named?.value === "number" ? named.value : null,
      note: typeof named?.note === "string" ? named.note.trim() : null,
    };
    const { channel, metric } = findSeries(catalog, text(named?.channel), text(named?.metric));
    for (const p of measurementProblems(readable, today, metric))
      found.push({ index, field: p.field, messageKey: MEASUREMENT_PROBLEM_MESSAGE[p.code] });
    // Named in the item's field order, as zod names its own.
    found.sort((a, b) => FIELD_ORDER.indexOf(a.field) - FIELD_ORDER.indexOf(b.field));
    const has = (field: string) => found.some((p) => p.field === field);
    if (!channel && !has("channel") && !has("item"))
      found.push({ index, field: "channel", messageKey: "measurements.api.errors.unknownChannel" });
    else if (channel && !metric && !has("metric")) found.push({ index, field: "metric", messageKey: "measurements.errors.unknownMetric" });
    problems.push(...found);
    if (parsed.success && !found.length && channel && metric) {
      const item = parsed.data;
      inputs.push({ channelId: channel.id, metricId: metric.id, date: item.date, value: item.value, note: item.note || null });
    }
  });
  if (problems.length) return { ok: false, error: "invalidItems", items: problems };

  try {
    // A value far outside its series' recent range is saved, and named as a warning ("are you sure?").
    const unusual = await unusualItems(ctx, inputs);
    const result = await recordMeasurements(ctx, inputs, { source: "api", today, sourceDetail: tokenName });
    const warnings = unusual.map(({ index }) => ({ index, field: "value", messageKey: "measurements.warnings.unusual" }));
    return { ok: true, result: warnings.length ? { ...result, warnings } : result };
  } catch (error) {
    // The data layer checks again inside its transaction (a metric removed meanwhile).
    if (!(error instanceof ValidationError)) throw error;
    const items = Object.entries(error.fieldErrors).flatMap(([path, keys]) => {
      const [, index, field] = path.split(".");
      return keys.map((messageKey) => ({ index: Number(index), field: field ?? "item", messageKey }));
    });
    return { ok: false, error: "invalidItems", items };
  }
}

export type SeriesQuery = { channel: string; metric: string; from: string; to: string };
export type QueryProblem = { field: string; messageKey: string };

/** The longest span one GET may read, so a request stays bounded. */
const MAX_YEARS = 5;

/** Reads ?channel=&metric=&from=&to=; from/to default to the last 365 days up to today. */
export function parseSeriesQuery(
  params: URLSearchParams,
  today: string,
): { ok: true; query: SeriesQuery } | { ok: false; fields: QueryProblem[] } {
  const fields: QueryProblem[] = [];
  const text = (name: string) => {
    const value = params.get(name)?.trim() ?? "";
    if (!value) fields.push({ field: name, messageKey: "validation.required" });
    else if (value.length > 100) fields.push({ field: name, messageKey: "validation.tooLong" });
    return value;
  };
  const date = (name: string, fallback: string) => {
    const value = params.get(name);
    if (value === null || value === "") return fallback;
    const problem = dateProblem(value);
    if (problem) fields.push({ field: name, messageKey: problem });
    return value;
  };
  const channel = text("channel");
  const metric = text("metric");
  const to = date("to", today);
  const from = date("from", addDays(to, -365) ?? addDays(today, -365)!);
  if (!fields.length) {
    if (compareDates(from, to) > 0) fields.push({ field: "from", messageKey: "measurements.api.errors.fromAfterTo" });
    else if (compareDates(from, addMonths(to, -12 * MAX_YEARS) ?? to) < 0)
      fields.push({ field: "from", messageKey: "measurements.api.errors.rangeTooLong" });
  }
  return fields.length ? { ok: false, fields } : { ok: true, query: { channel, metric, from, to } };
}

export type SeriesAnswer = { channel: string; metric: string; unit: Unit; points: { date: string; value: number; note: string | null }[] };

/** One series of the organization between two dates, or null when it names no channel or metric it can see. */
export async function readSeries(ctx: TenantContext, query: SeriesQuery): Promise<SeriesAnswer | null> {
  const { channel, metric } = findSeries(await channelCatalog(ctx), query.channel, query.metric);
  if (!channel || !metric) return null;
  const points = await getDb()
    .select({ date: kpiSnapshots.date, value: kpiSnapshots.value, note: kpiSnapshots.note })
    .from(kpiSnapshots)
    .where(
      and(
        eq(kpiSnapshots.orgId, ctx.orgId),
        eq(kpiSnapshots.channelId, channel.id),
        eq(kpiSnapshots.metricId, metric.id),
        gte(kpiSnapshots.date, query.from),
        lte(kpiSnapshots.date, query.to),
      ),
    )
    .orderBy(asc(kpiSnapshots.date));
  return { channel: channel.key, metric: metric.key, unit: metric.unit, points };
}
