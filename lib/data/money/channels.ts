import { and, eq, isNull, or } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { channels, metrics } from "@/db/schema/index";
import { SPEND_METRIC } from "@/lib/domain/money";
import { NotFoundError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import type { TenantContext } from "../context";

/** The channel if the organization sees it (the catalogue's or its own); another organization's channel is not found. */
export async function visibleChannel(db: Queryable, ctx: TenantContext, channelId: string): Promise<{ id: string; orgId: string | null }> {
  if (!isUuid(channelId)) throw new NotFoundError();
  const [row] = await db
    .select({ id: channels.id, orgId: channels.orgId })
    .from(channels)
    .where(and(eq(channels.id, channelId), or(isNull(channels.orgId), eq(channels.orgId, ctx.orgId))))
    .limit(1);
  if (!row) throw new NotFoundError();
  return row;
}

/**
 * An organization's own channel gets a spend series (NOK, a total) the first
 * time money is set on it, so spend can be entered like any measurement; the
 * catalogue's channels have theirs already.
 */
export async function ensureSpendMetric(db: Queryable, ctx: TenantContext, channelId: string): Promise<void> {
  const channel = await visibleChannel(db, ctx, channelId);
  if (channel.orgId === null) return;
  await db
    .insert(metrics)
    .values({ orgId: ctx.orgId, channelId, key: SPEND_METRIC, nameNb: "Kostnad", nameEn: "Spend", unit: "nok", kind: "total" })
    .onConflictDoNothing();
}
