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
