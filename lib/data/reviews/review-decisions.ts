import { and, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { type Assessment, type Decision, goals, type GoalStatus, reviewItems } from "@/db/schema/index";
import { adjustedGoal, adjustmentProblems } from "@/lib/domain/review-decisions";
import { canTransition } from "@/lib/domain/goal-status";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { recordAudit } from "@/lib/data/audit";
import type { TenantContext } from "../context";
import { goalSeen } from "../hidden-money";
import { requireSmart, writeRevision } from "@/lib/data/goals";
import { lockOpenMeeting } from "./reviews";

export type DecisionInput = {
  goalId: string;
  assessment: Assessment;
  decision: Decision;
  /** For "adjust": the new target and/or deadline, and why (required). */
  targetValue?: number | null;
  deadline?: string | null;
  reason: string;
};

const CLOSING: Partial<Record<Decision, GoalStatus>> = { close_achieved: "achieved", close_missed: "missed" };

/**
 * Records the team's assessment and decision on one goal in a meeting. An
 * adjustment changes the goal's target and/or deadline and a closing changes
 * its status, each written as a revision that links to the meeting, in the
 * same transaction as the decision.
 */
export async function decideGoal(ctx: TenantContext, meetingId: string, input: DecisionInput, today: string): Promise<void> {
  await getDb().transaction(async (tx) => {
    await lockOpenMeeting(tx, ctx, meetingId);
    const [goal] = await tx
      .select()
      .from(goals)
      .where(and(eq(goals.orgId, ctx.orgId), eq(goals.id, input.goalId), goalSeen(ctx, goals.id)))
      .for("update");
    if (!goal) throw new NotFoundError();
    const closeAs = CLOSING[input.decision];
    // Closing goes through the goal's status table like any other status change; adjusting needs an active goal.
    const allowed = closeAs ? canTransition(goal.status, closeAs) : input.decision !== "adjust" || goal.status === "active";
    if (!allowed) throw new ConflictError("reviews.errors.goalNotActive");

    if (input.decision === "adjust") {
      const errors = adjustmentProblems(goal, input, today);
      if (Object.keys(errors).length) throw new ValidationError(errors);
      const after = adjustedGoal(goal, input);
      // An adjusted target the realism check calls unrealistic keeps the goal's written reason, or takes the decision's.
      const realismReason = await requireSmart(tx, ctx, { ...goal, ...after }, today, false, goal.realismReason || input.reason);
      await tx
        .update(goals)
        .set({ ...after, realismReason, version: goal.version + 1, updatedAt: sql`now()` })
        .where(and(eq(goals.orgId, ctx.orgId), eq(goals.id, goal.id)));
      await writeRevision(tx, ctx, goal, after, input.reason, meetingId);
    }
    if (closeAs) {
      await tx
        .update(goals)
        .set({ status: closeAs, version: goal.version + 1, updatedAt: sql`now()` })
        .where(and(eq(goals.orgId, ctx.orgId), eq(goals.id, goal.id)));
      await writeRevision(tx, ctx, goal, { status: closeAs }, input.reason, meetingId);
    }

    const decided = { assessment: input.assessment, decision: input.decision, decidedBy: ctx.userId, decidedAt: new Date() };
    await tx
      .insert(reviewItems)
      .values({ orgId: ctx.orgId, meetingId, goalId: goal.id, ...decided })
      .onConflictDoUpdate({ target: [reviewItems.orgId, reviewItems.meetingId, reviewItems.goalId], set: decided });
    await recordAudit(
      tx,
      ctx,
      "review.decided",
      { type: "goal", id: goal.id },
      { meetingId, decision: input.decision, assessment: input.assessment },
    );
  });
}
