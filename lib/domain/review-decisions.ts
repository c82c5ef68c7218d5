import { goalDateErrors } from "./goal-dates";
import { isoDateMs } from "./dates";

/** How a meeting finds a goal, and what it decides about it. */
export const ASSESSMENTS = ["on_track", "at_risk", "off_track"] as const;
export type Assessment = (typeof ASSESSMENTS)[number];
export const DECISIONS = ["keep", "adjust", "close_achieved", "close_missed"] as const;
export type Decision = (typeof DECISIONS)[number];
export const MEETING_STATUSES = ["scheduled", "open", "closed"] as const;

/**
 * The rules of a review meeting's "adjust" decision: what a new target or
 * deadline must meet before the goal's SMART check even runs.
 */
export type AdjustableGoal = {
  targetValue: number | null;
  deadline: string | null;
  startDate?: string | null;
  baselineDate?: string | null;
};
export type Adjustment = { targetValue?: number | null; deadline?: string | null; reason: string };

/** The goal's target and deadline after the adjustment: a field left out keeps its value. */
export function adjustedGoal(goal: AdjustableGoal, input: Adjustment): AdjustableGoal {
  return { ...goal, targetValue: input.targetValue ?? goal.targetValue, deadline: input.deadline ?? goal.deadline };
}

/**
 * Problems by form field, as message keys: a reason is required, a changed
 * deadline must lie after `today`, and something must change.
 */
export function adjustmentProblems(goal: AdjustableGoal, input: Adjustment, today: string): Record<string, string[]> {
  const after = adjustedGoal(goal, input);
  const problems: Record<string, string[]> = {};
  if (!input.reason.trim()) problems.reason = ["reviews.errors.reasonRequired"];
  const deadline = isoDateMs(after.deadline);
  const now = isoDateMs(today);
  if (after.deadline !== goal.deadline && deadline !== null && now !== null && deadline <= now)
    problems.deadline = ["reviews.errors.deadlinePast"];
  if (after.targetValue === goal.targetValue && after.deadline === goal.deadline) problems.targetValue = ["reviews.errors.nothingToAdjust"];
  // A new deadline obeys the goal's own date rules: in range, and at most MAX_GOAL_SPAN_MONTHS after the start.
  if (after.deadline !== goal.deadline && !problems.deadline) {
    const dates = goalDateErrors(
      { startDate: goal.startDate ?? null, baselineDate: goal.baselineDate ?? null, deadline: after.deadline },
      today,
    );
    if (dates.deadline?.length) problems.deadline = dates.deadline;
  }
  return problems;
}

/** A meeting's decision to move part of a month's budget from one channel to another. */
export type BudgetMove = { fromChannelId: string; toChannelId: string; month: string; amount: number; reason: string };

/** Kroner compared in øre, so 0,1 + 0,2 kr is never more than 0,3 kr. */
const ore = (kroner: number) => Math.round(kroner * 100);

/**
 * Problems by form field, as message keys: two different channels, an amount
 * above 0 and at most what the first channel has budgeted for the month
 * (`fromBudget`, null: none), this month or a later one, and a reason.
 */
export function budgetMoveProblems(move: BudgetMove, fromBudget: number | null, today: string): Record<string, string[]> {
  const problems: Record<string, string[]> = {};
  if (move.fromChannelId === move.toChannelId) problems.toChannelId = ["reviews.errors.sameChannel"];
  if (move.month.slice(0, 7) < today.slice(0, 7)) problems.month = ["reviews.errors.monthPast"];
  if (!Number.isFinite(move.amount) || ore(move.amount) <= 0) problems.amount = ["reviews.errors.amountPositive"];
  else if (fromBudget === null || ore(fromBudget) <= 0) problems.fromChannelId = ["reviews.errors.noBudgetToMove"];
  else if (ore(move.amount) > ore(fromBudget)) problems.amount = ["reviews.errors.moreThanBudget"];
  if (!move.reason.trim()) problems.reason = ["reviews.errors.moveReasonRequired"];
  return problems;
}

/** The two budgets after the move, in kroner rounded to øre. */
export function budgetsAfterMove(amount: number, fromBudget: number, toBudget: number | null): { from: number; to: number } {
  return { from: (ore(fromBudget) - ore(amount)) / 100, to: (ore(toBudget ?? 0) + ore(amount)) / 100 };
}

/**
 * The agenda's goals the meeting has not assessed yet, in agenda order:
 * closing the meeting warns about them by name (closing is still allowed).
 */
export function unassessedGoals<G extends { id: string }>(
  agenda: readonly G[],
  decisions: readonly { goalId: string; assessment: Assessment | null }[],
): G[] {
  const assessed = new Set(decisions.filter((d) => d.assessment !== null).map((d) => d.goalId));
  return agenda.filter((g) => !assessed.has(g.id));
}
