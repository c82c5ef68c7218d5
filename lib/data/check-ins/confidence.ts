import { and, desc, eq, inArray, ne } from "drizzle-orm";
import { getDb } from "@/db/client";
import { goalConfidences, goals, memberships, metrics, notifications, reviewMeetings, users } from "@/db/schema/index";
import { type ConfidenceLevel, confidenceDropped, mayRecordConfidence } from "@/lib/domain/confidence";
import type { Role } from "@/lib/domain/permissions";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { recordAudit } from "@/lib/data/audit";
import type { TenantContext } from "../context";
import { goalSeen } from "../hidden-money";
import { reminderData } from "../notifications/reminder-text";

export type ConfidenceInput = { goalId: string; level: ConfidenceLevel; comment: string; meetingId?: string | null };
export type ConfidenceOptions = {
  /** Whether the caller may record on any goal, not only one they own (`confidence.recordAny`). */
  anyGoal: boolean;
  /** Who hears of a drop: the roles holding `confidence.recordAny`, as the action read them from the permission table. */
  notifyRoles: readonly Role[];
  /**
   * The roles that see money in this organization (`money.view`): a goal on a
   * derived figure is money, so a drop on one is told only to those of the
   * notified roles (for the others the goal does not exist).
   */
  moneyRoles: readonly Role[];
};

/**
 * Records a confidence check-in on one of the organization's goals, in one
 * transaction: the goal is locked so two check-ins in the same second keep
 * their order, and a drop from the one before it leaves a notification for
 * every manager but the person who recorded it. Returns the new row's id and
 * whether it was a drop.
 */
export async function recordConfidence(
  ctx: TenantContext,
  input: ConfidenceInput,
  opts: ConfidenceOptions,
): Promise<{ id: string; dropped: boolean }> {
  return getDb().transaction(async (tx) => {
    const [goal] = await tx
      .select({ id: goals.id, title: goals.title, ownerId: goals.ownerId, derivation: metrics.derivation })
      .from(goals)
      .innerJoin(metrics, eq(metrics.id, goals.metricId))
      .where(and(eq(goals.orgId, ctx.orgId), eq(goals.id, input.goalId), goalSeen(ctx, goals.id)))
      .for("update", { of: goals });
    if (!goal) throw new NotFoundError();
    if (!mayRecordConfidence(ctx.userId, goal.ownerId, opts.anyGoal)) throw new ForbiddenError();
    if (input.meetingId) {
      const [meeting] = await tx
        .select({ status: reviewMeetings.status })
        .from(reviewMeetings)
        .where(and(eq(reviewMeetings.orgId, ctx.orgId), eq(reviewMeetings.id, input.meetingId)));
      if (!meeting) throw new NotFoundError();
      if (meeting.status !== "open") throw new ConflictError("reviews.errors.notOpen");
    }
    const [previous] = await tx
      .select({ level: goalConfidences.level })
      .from(goalConfidences)
      .where(and(eq(goalConfidences.orgId, ctx.orgId), eq(goalConfidences.goalId, goal.id)))
      .orderBy(desc(goalConfidences.createdAt), desc(goalConfidences.id))
      .limit(1);
    const [row] = await tx
      .insert(goalConfidences)
      .values({
        orgId: ctx.orgId,
        goalId: goal.id,
        level: input.level,
        comment: input.comment.trim(),
        recordedBy: ctx.userId,
        meetingId: input.meetingId ?? null,
      })
      .returning({ id: goalConfidences.id });
    const dropped = confidenceDropped(previous?.level ?? null, input.level);
    await recordAudit(
      tx,
      ctx,
      "confidence.recorded",
      { type: "goal", id: goal.id },
      { level: input.level, from: previous?.level ?? null, meetingId: input.meetingId ?? null },
    );
    const told = goal.derivation ? opts.notifyRoles.filter((role) => opts.moneyRoles.includes(role)) : opts.notifyRoles;
    if (dropped && told.length) {
      const managers = await tx
        .select({ userId: memberships.userId })
        .from(memberships)
        .where(and(eq(memberships.orgId, ctx.orgId), inArray(memberships.role, [...told]), ne(memberships.userId, ctx.userId)));
      const [by] = await tx.select({ name: users.name }).from(users).where(eq(users.id, ctx.userId));
      if (managers.length) {
        const data = reminderData({
          kind: "confidence_drop",
          goalId: goal.id,
          title: goal.title,
          from: previous!.level,
          to: input.level,
          by: by?.name ?? "",
        });
        await tx.insert(notifications).values(
          managers.map((m) => ({
            orgId: ctx.orgId,
            userId: m.userId,
            kind: "confidence_drop",
            data,
            dedupeKey: `confidence-drop:${row!.id}:${m.userId}`,
          })),
        );
      }
    }
    return { id: row!.id, dropped };
  });
}

export type ConfidenceEntry = {
  id: string;
  level: ConfidenceLevel;
  comment: string;
  recordedByName: string | null;
  meetingId: string | null;
  createdAt: Date;
};

/** CONFIDENCE_HISTORY_LIMIT newest check-ins of a goal, newest first. */
const CONFIDENCE_HISTORY_LIMIT = 20;

export async function confidenceHistory(ctx: TenantContext, goalId: string): Promise<ConfidenceEntry[]> {
  return getDb()
    .select({
      id: goalConfidences.id,
      level: goalConfidences.level,
      comment: goalConfidences.comment,
      recordedByName: users.name,
      meetingId: goalConfidences.meetingId,
      createdAt: goalConfidences.createdAt,
    })
    .from(goalConfidences)
    .leftJoin(users, eq(users.id, goalConfidences.recordedBy))
    .where(and(eq(goalConfidences.orgId, ctx.orgId), eq(goalConfidences.goalId, goalId), goalSeen(ctx, goalConfidences.goalId)))
    .orderBy(desc(goalConfidences.createdAt), desc(goalConfidences.id))
    .limit(CONFIDENCE_HISTORY_LIMIT);
}
