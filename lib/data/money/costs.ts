import { and, desc, eq, gte } from "drizzle-orm";
import { getDb, type Queryable } from "@/db/client";
import { oneOffCosts } from "@/db/schema/index";
import { NotFoundError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { recordAudit } from "@/lib/data/audit";
import type { TenantContext } from "../context";
import { ensureSpendMetric } from "./channels";

export type OneOffCostInput = { channelId: string; date: string; amount: number; note: string };
export type OneOffCostRow = { id: string; channelId: string; date: string; amount: number; note: string };

const columns = {
  id: oneOffCosts.id,
  channelId: oneOffCosts.channelId,
  date: oneOffCosts.date,
  amount: oneOffCosts.amount,
  note: oneOffCosts.note,
};

/** Records a cost outside the ad platforms (an influencer campaign, a print run); it counts in the channel's spend once. */
export async function addOneOffCost(ctx: TenantContext, input: OneOffCostInput): Promise<OneOffCostRow> {
  return getDb().transaction(async (tx) => {
    await ensureSpendMetric(tx, ctx, input.channelId);
    const [row] = await tx
      .insert(oneOffCosts)
      .values({ orgId: ctx.orgId, ...input, createdBy: ctx.userId })
      .returning(columns);
    await recordAudit(tx, ctx, "money.cost_added", { type: "oneOffCost", id: row!.id }, { ...input });
    return row!;
  });
}

/** The organization's one-off costs since `from`, newest first; on one channel when `channelId` is given. */
export async function listOneOffCosts(
  ctx: TenantContext,
  filter: { from: string; channelId?: string },
  db: Queryable = getDb(),
): Promise<OneOffCostRow[]> {
  return db
    .select(columns)
    .from(oneOffCosts)
    .where(
      and(
        eq(oneOffCosts.orgId, ctx.orgId),
        gte(oneOffCosts.date, filter.from),
        filter.channelId ? eq(oneOffCosts.channelId, filter.channelId) : undefined,
      ),
    )
    .orderBy(desc(oneOffCosts.date), desc(oneOffCosts.createdAt));
}

/** Deletes a one-off cost; an invalid id or another organization's is not found. */
export async function deleteOneOffCost(ctx: TenantContext, id: string): Promise<void> {
  if (!isUuid(id)) throw new NotFoundError();
  await getDb().transaction(async (tx) => {
    const [row] = await tx
      .delete(oneOffCosts)
      .where(and(eq(oneOffCosts.orgId, ctx.orgId), eq(oneOffCosts.id, id)))
      .returning(columns);
    if (!row) throw new NotFoundError();
    await recordAudit(
      tx,
      ctx,
      "money.cost_deleted",
      { type: "oneOffCost", id },
      { channelId: row.channelId, date: row.date, amount: row.amount, note: row.note },
    );
  });
}
