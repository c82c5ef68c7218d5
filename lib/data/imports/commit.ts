import { and, eq } from "drizzle-orm";
import { getDb, type Queryable } from "@/db/client";
import { imports, metrics } from "@/db/schema";
import type { MetricKind } from "@/lib/domain/series";
import { catalogLookup } from "@/lib/domain/csv-rows";
import { compareDates } from "@/lib/domain/dates";
import type { Unit } from "@/lib/domain/goal-types";
import { measurementProblems } from "@/lib/domain/measurements";
import { type ImportProblem, newMetricShape, type ParsedImport, type Rows } from "@/lib/domain/import";
import { ValidationError } from "@/lib/errors";
import { recordAudit } from "@/lib/data/audit";
import { addCustomMetric, channelCatalog } from "@/lib/data/benchmarks";
import { BATCH_SIZE, type MeasurementInput, type RecordResult, writeMeasurementBatch } from "@/lib/data/measurements";
import type { TenantContext } from "../context";

import { customLabel, type FileImportResult, type ImportPlan, parseFile, seriesKey } from "./file-import";

/** A file that cannot be imported as it is: the first problem, with its line. Nothing was written. */
export class FileImportError extends ValidationError {
  constructor(readonly problem: ImportProblem) {
    super({ [`line.${problem.line}`]: [problem.messageKey] }, problem.messageKey, { line: problem.line, ...problem.values });
  }
}

type Target = { channelId: string; metricId: string; kind: MetricKind; unit: Unit };

/** The first value its metric does not allow (measurementProblems: whole counts, no negatives, shares 0–100, the unit's bound). */
function firstValueProblem(values: Map<string, MeasurementInput>, targets: Map<string, Target>): ImportProblem | null {
  const shapes = new Map([...targets.values()].map((t) => [t.metricId, t]));
  for (const v of values.values()) {
    const shape = shapes.get(v.metricId);
    const problem = shape && measurementProblems({ date: null, value: v.value }, v.date, shape).find((p) => p.field === "value");
    if (problem && problem.code in VALUE_PROBLEM)
      return { line: 1, messageKey: VALUE_PROBLEM[problem.code as keyof typeof VALUE_PROBLEM], values: { date: v.date, value: v.value } };
  }
  return null;
}
const VALUE_PROBLEM = {
  notWhole: "import.problems.valueNotWhole",
  negative: "import.problems.valueNegative",
  overShare: "import.problems.valueOverShare",
  tooLarge: "import.problems.valueTooLarge",
} as const;

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
  const targets = new Map<string, Target>();
  for (const p of parsed.points) {
    const key = seriesKey(p.channel, p.metric);
    if (targets.has(key)) continue;
    const channel = byId.get(plan.channels[p.channel] ?? "");
    if (!channel) throw new FileImportError({ line: 1, messageKey: "import.problems.channelNotConfirmed", values: { channel: p.channel } });
    const label = customLabel(p.metric);
    let metricId = lookup.metric(channel, label)?.id;
    const kind = plan.newMetrics?.[key];
    if (!metricId && kind) {
      const shape = newMetricShape(parsed.source, p.metric);
      metricId = await addCustomMetric(tx, ctx, {
        channelId: channel.id,
        name: label,
        // A rate the platform's file computes keeps its own unit (a cost per result is kroner); any other rate is percent points.
        unit: kind === "rate" ? (shape.kind === "rate" ? shape.unit : "percent") : "count",
        direction: "increase",
      });
      await tx
        .update(metrics)
        .set({ kind })
        .where(and(eq(metrics.id, metricId), eq(metrics.orgId, ctx.orgId)));
    }
    if (!metricId) continue;
    const [found] = await tx.select({ kind: metrics.kind, unit: metrics.unit }).from(metrics).where(eq(metrics.id, metricId)).limit(1);
    targets.set(key, { channelId: channel.id, metricId, kind: found?.kind ?? "level", unit: found?.unit ?? "count" });
  }
  if (!targets.size) throw new FileImportError({ line: 1, messageKey: "import.problems.nothingChosen" });
  return targets;
}

/**
 * One value per metric and date: two proposed channels confirmed as the same
 * channel (GA4's "Organic Search" and "Direct" both as the website) add up for
 * a total and keep the later one otherwise.
 */
function combineTargets(parsed: ParsedImport, targets: Map<string, Target>): Map<string, MeasurementInput> {
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
    const { parsed, preset } = await parseFile(ctx, tx, rows, fileName, plan);
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
    const refused = firstValueProblem(values, targets);
    if (refused) throw new FileImportError(refused);
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
      const written = await writeMeasurementBatch(tx, ctx, batch, "csv", importId, fileName.slice(0, 200));
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
