import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb } from "@/db/client";
import { channelBudgets, channels, reviewBudgetMoves, users } from "@/db/schema/index";
import { type BudgetMove, budgetMoveProblems, budgetsAfterMove } from "@/lib/domain/review-decisions";
import { ValidationError } from "@/lib/errors";
import { recordAudit } from "@/lib/data/audit";
import { ensureSpendMetric, visibleChannel } from "@/lib/data/money";
import type { TenantContext } from "../context";
import { lockOpenMeeting } from "./reviews";

/** A budget move as the meeting page and the minutes show it. */
export type MeetingBudgetMove = {
  id: string;
  month: string;
  amount: number;
  from: { nameNb: string; nameEn: string; before: number };
  to: { nameNb: string; nameEn: string; before: number | null };
  reason: string;
  movedByName: string | null;
  createdAt: string;
};

/** The first day of the month of an ISO date. */
const monthOf = (date: string) => `${date.slice(0, 7)}-01`;

/**
 * Records a meeting's decision to move part of a month's budget from one
 * channel to another: both budgets change and the move is kept, in one
 * transaction. The first channel's budget row is locked first, so two moves
 * from the same channel at once are taken one after the other and the second
 * sees what the first left (never moving more than there is).
 */
export async function moveBudget(ctx: TenantContext, meetingId: string, input: BudgetMove, today: string): Promise<string> {
  const move = { ...input, month: monthOf(input.month) };
  return getDb().transaction(async (tx) => {
    await lockOpenMeeting(tx, ctx, meetingId);
    await visibleChannel(tx, ctx, move.fromChannelId);
    if (move.toChannelId !== move.fromChannelId) await ensureSpendMetric(tx, ctx, move.toChannelId);
    // Both rows locked in one statement, in id order: a move A → B and one B → A never wait on each other.
    const rows = await tx
      .select({ channelId: channelBudgets.channelId, amount: channelBudgets.amount })
      .from(channelBudgets)
      .where(
        and(
          eq(channelBudgets.orgId, ctx.orgId),
          eq(channelBudgets.month, move.month),
          inArray(channelBudgets.channelId, [move.fromChannelId, move.toChannelId]),
        ),
      )
      .orderBy(asc(channelBudgets.id))
      .for("update");
    const fromBudget = rows.find((r) => r.channelId === move.fromChannelId)?.amount ?? null;
    const toBudget = rows.find((r) => r.channelId === move.toChannelId)?.amount ?? null;
    const problems = budgetMoveProblems(move, fromBudget, today);
    if (Object.keys(problems).length) throw new ValidationError(problems);
    const after = budgetsAfterMove(move.amount, fromBudget!, toBudget);
    const stamp = { updatedBy: ctx.userId, updatedAt: new Date() };
    await tx
      .update(channelBudgets)
      .set({ amount: after.from, ...stamp })
      .where(
        and(eq(channelBudgets.orgId, ctx.orgId), eq(channelBudgets.channelId, move.fromChannelId), eq(channelBudgets.month, move.month)),
      );
    // Added, not set: a budget the receiving channel got a moment ago (no row to lock then) is kept.
    await tx
      .insert(channelBudgets)
      .values({ orgId: ctx.orgId, channelId: move.toChannelId, month: move.month, amount: after.to, ...stamp })
      .onConflictDoUpdate({
        target: [channelBudgets.orgId, channelBudgets.channelId, channelBudgets.month],
        set: { amount: sql`${channelBudgets.amount} + ${move.amount}`, ...stamp },
      });
    const [row] = await tx
      .insert(reviewBudgetMoves)
      .values({
        orgId: ctx.orgId,
        meetingId,
        month: move.month,
        fromChannelId: move.fromChannelId,
        toChannelId: move.toChannelId,
        amount: move.amount,
        fromBudgetBefore: fromBudget!,
        toBudgetBefore: toBudget,
        reason: move.reason.trim(),
        movedBy: ctx.userId,
      })
      .returning({ id: reviewBudgetMoves.id });
    await recordAudit(
      tx,
      ctx,
      "review.budget_moved",
      { type: "review_meeting", id: meetingId },
      { month: move.month, amount: move.amount, fromChannelId: move.fromChannelId, toChannelId: move.toChannelId, after },
    );
    return row!.id;
  });
}

const fromChannel = alias(channels, "from_channel");
const toChannel = alias(channels, "to_channel");

/** The budget moves decided in a meeting, in the order they were made (one query). */
export async function listBudgetMoves(ctx: TenantContext, meetingId: string): Promise<MeetingBudgetMove[]> {
  const rows = await getDb()
    .select({
      id: reviewBudgetMoves.id,
      month: reviewBudgetMoves.month,
      amount: reviewBudgetMoves.amount,
      fromNb: fromChannel.nameNb,
      fromEn: fromChannel.nameEn,
      fromBefore: reviewBudgetMoves.fromBudgetBefore,
      toNb: toChannel.nameNb,
      toEn: toChannel.nameEn,
      toBefore: reviewBudgetMoves.toBudgetBefore,
      reason: reviewBudgetMoves.reason,
      movedByName: users.name,
      createdAt: reviewBudgetMoves.createdAt,
    })
    .from(reviewBudgetMoves)
    .innerJoin(fromChannel, eq(fromChannel.id, reviewBudgetMoves.fromChannelId))
    .innerJoin(toChannel, eq(toChannel.id, reviewBudgetMoves.toChannelId))
    .leftJoin(users, eq(users.id, reviewBudgetMoves.movedBy))
    .where(and(eq(reviewBudgetMoves.orgId, ctx.orgId), eq(reviewBudgetMoves.meetingId, meetingId)))
    .orderBy(asc(reviewBudgetMoves.createdAt), asc(reviewBudgetMoves.id));
  return rows.map((r) => ({
    id: r.id,
    month: r.month,
    amount: r.amount,
    from: { nameNb: r.fromNb, nameEn: r.fromEn, before: r.fromBefore },
    to: { nameNb: r.toNb, nameEn: r.toEn, before: r.toBefore },
    reason: r.reason,
    movedByName: r.movedByName,
    createdAt: r.createdAt.toISOString(),
  }));
}
