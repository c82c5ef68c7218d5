import { and, eq, inArray, isNull, or } from "drizzle-orm";
import { getDb, type Queryable } from "@/db/client";
import { channelResultMetrics, metrics } from "@/db/schema/index";
import { ValidationError } from "@/lib/errors";
import { recordAudit } from "@/lib/data/audit";
import type { TenantContext } from "../context";
import { visibleChannel } from "./channels";
import { moneyChannels } from "./money-series";

export type ResultMetric = { id: string; channelId: string; key: string; nameNb: string; nameEn: string };

/**
 * Each channel's result metrics (the ones the organization chose, else the
 * catalogue's), as moneyChannels reads them: one query whatever the number of
 * channels. A channel without any is left out.
 */
export async function resultMetricsByChannel(ctx: TenantContext, db: Queryable = getDb()): Promise<Map<string, ResultMetric[]>> {
  const channels = await moneyChannels(ctx, db);
  return new Map(channels.filter((c) => c.results.length).map((c) => [c.id, c.results]));
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
