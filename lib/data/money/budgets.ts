import { and, asc, eq, gte, lte } from "drizzle-orm";
import { getDb, type Queryable } from "@/db/client";
import { channelBudgets } from "@/db/schema/index";
import { recordAudit } from "@/lib/data/audit";
import type { TenantContext } from "../context";
import { ensureSpendMetric } from "./channels";

export type BudgetInput = { channelId: string; month: string; amount: number | null };
export type BudgetRow = { channelId: string; month: string; amount: number };

/** The first day of the month of an ISO date. */
const monthOf = (date: string) => `${date.slice(0, 7)}-01`;

/**
 * Sets the channel's budget for a month (any day of it names the month), or
 * removes it when `amount` is null. Another organization's channel is not found.
 */
export async function setBudget(ctx: TenantContext, input: BudgetInput): Promise<void> {
  const month = monthOf(input.month);
  await getDb().transaction(async (tx) => {
    await ensureSpendMetric(tx, ctx, input.channelId);
    const where = and(eq(channelBudgets.orgId, ctx.orgId), eq(channelBudgets.channelId, input.channelId), eq(channelBudgets.month, month));
    const [before] = await tx.select({ amount: channelBudgets.amount }).from(channelBudgets).where(where).limit(1);
    if (input.amount === null) await tx.delete(channelBudgets).where(where);
    else
      await tx
        .insert(channelBudgets)
        .values({ orgId: ctx.orgId, channelId: input.channelId, month, amount: input.amount, updatedBy: ctx.userId })
        .onConflictDoUpdate({
          target: [channelBudgets.orgId, channelBudgets.channelId, channelBudgets.month],
          set: { amount: input.amount, updatedBy: ctx.userId, updatedAt: new Date() },
        });
    if ((before?.amount ?? null) === input.amount) return;
    await recordAudit(
      tx,
      ctx,
      "money.budget_set",
      { type: "channel", id: input.channelId },
      { month, from: before?.amount ?? null, to: input.amount },
    );
  });
}

/** The organization's budgets for the months from `from` to `to` (first days), by month then channel. */
export async function listBudgets(ctx: TenantContext, range: { from: string; to: string }, db: Queryable = getDb()): Promise<BudgetRow[]> {
  return db
    .select({ channelId: channelBudgets.channelId, month: channelBudgets.month, amount: channelBudgets.amount })
    .from(channelBudgets)
    .where(
      and(
        eq(channelBudgets.orgId, ctx.orgId),
        gte(channelBudgets.month, monthOf(range.from)),
        lte(channelBudgets.month, monthOf(range.to)),
      ),
    )
    .orderBy(asc(channelBudgets.month), asc(channelBudgets.channelId));
}
