import { and, eq, inArray, isNull, or } from "drizzle-orm";
import { getDb, type Queryable } from "@/db/client";
import { channelResultMetrics, metrics } from "@/db/schema/index";
import { ValidationError } from "@/lib/errors";
import { recordAudit } from "@/lib/data/audit";
import type { TenantContext } from "../context";
import { visibleChannel } from "./channels";

export type ResultMetric = { id: string; channelId: string; key: string; nameNb: string; nameEn: string };

type MetricRow = ResultMetric & { isResult: boolean };

/** The organization's visible metrics and its result choices, as resultsByChannel reads them: two queries. */
async function readResultChoices(ctx: TenantContext, db: Queryable) {
  return Promise.all([
    db
      .select({
        id: metrics.id,
        channelId: metrics.channelId,
        key: metrics.key,
        nameNb: metrics.nameNb,
        nameEn: metrics.nameEn,
        isResult: metrics.isResult,
        orgId: metrics.orgId,
      })
      .from(metrics)
      .where(or(isNull(metrics.orgId), eq(metrics.orgId, ctx.orgId))),
    db
      .select({ channelId: channelResultMetrics.channelId, metricId: channelResultMetrics.metricId })
      .from(channelResultMetrics)
      .where(eq(channelResultMetrics.orgId, ctx.orgId)),
  ]);
}

/** What counts as a result on each channel: the metrics the organization chose for it, else the catalogue's (metrics.is_result). */
function resultsByChannel(rows: MetricRow[], picks: { channelId: string; metricId: string }[]): Map<string, ResultMetric[]> {
  const pickedByChannel = new Map<string, Set<string>>();
  for (const p of picks) pickedByChannel.set(p.channelId, (pickedByChannel.get(p.channelId) ?? new Set()).add(p.metricId));
  const out = new Map<string, ResultMetric[]>();
  for (const m of rows) {
    const picked = pickedByChannel.get(m.channelId);
    if (picked ? picked.has(m.id) : m.isResult)
      out.set(m.channelId, [
        ...(out.get(m.channelId) ?? []),
        { id: m.id, channelId: m.channelId, key: m.key, nameNb: m.nameNb, nameEn: m.nameEn },
      ]);
  }
  return out;
}

/** Each channel's result metrics, in two queries whatever the number of channels. */
export async function resultMetricsByChannel(ctx: TenantContext, db: Queryable = getDb()): Promise<Map<string, ResultMetric[]>> {
  const [rows, picks] = await readResultChoices(ctx, db);
  return resultsByChannel(rows, picks);
}

/**
 * Sets the metrics counted as the channel's results: totals of that channel
 * the organization sees (never a derived figure, nor money itself). An empty
 * list goes back to the catalogue's default. Another organization's channel or metric is not found.
 */
export async function setResultMetrics(ctx: TenantContext, channelId: string, metricIds: string[]): Promise<void> {
  await getDb().transaction(async (tx) => {
    await visibleChannel(tx, ctx, channelId);
    const ids = [...new Set(metricIds)];
    const found = ids.length
      ? await tx
          .select({ id: metrics.id, kind: metrics.kind, unit: metrics.unit, derivation: metrics.derivation })
          .from(metrics)
          .where(and(inArray(metrics.id, ids), eq(metrics.channelId, channelId), or(isNull(metrics.orgId), eq(metrics.orgId, ctx.orgId))))
      : [];
    if (found.length !== ids.length) throw new ValidationError({ metricIds: ["money.errors.unknownMetric"] }, "errors.validation");
    if (found.some((m) => m.kind !== "total" || m.unit === "nok" || m.derivation !== null))
      throw new ValidationError({ metricIds: ["money.errors.resultNotCounted"] }, "errors.validation");
    await tx
      .delete(channelResultMetrics)
      .where(and(eq(channelResultMetrics.orgId, ctx.orgId), eq(channelResultMetrics.channelId, channelId)));
    if (ids.length) await tx.insert(channelResultMetrics).values(ids.map((metricId) => ({ orgId: ctx.orgId, channelId, metricId })));
    await recordAudit(tx, ctx, "money.results_set", { type: "channel", id: channelId }, { metricIds: ids });
  });
}
