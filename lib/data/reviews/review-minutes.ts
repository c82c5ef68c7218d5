import { and, asc, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { type Assessment, type Decision, goalRevisions, goals, metrics, reviewItems, type ReviewSnapshot, users } from "@/db/schema/index";
import type { MinutesAdjustment } from "@/lib/domain/minutes-markdown";
import type { TenantContext } from "../context";
import { type MeetingActionItem, meetingActivity, type MeetingNote } from "./review-activity";
import { meetingAgenda, snapshotOf } from "./review-agenda";
import { listBudgetMoves, type MeetingBudgetMove } from "./review-budget-moves";
import { getMeeting, type Meeting } from "./reviews";

const PACE_ORDER = ["off_track", "at_risk", "no_data", "on_track"];

export type MinutesGoal = {
  goalId: string;
  snapshot: ReviewSnapshot;
  assessment: Assessment | null;
  decision: Decision | null;
  decidedByName: string | null;
  notes: MeetingNote[];
  adjustments: MinutesAdjustment[];
  actionItems: MeetingActionItem[];
};
export type Minutes = {
  meeting: Meeting;
  /** The meeting is not closed yet: these minutes may still change. */
  draft: boolean;
  goals: MinutesGoal[];
  /** Notes and action items not tied to a goal. */
  generalNotes: MeetingNote[];
  generalActionItems: MeetingActionItem[];
  /** Budget moved between channels in the meeting; none for someone who does not see money. */
  budgetMoves: MeetingBudgetMove[];
};

/**
 * A meeting's minutes: attendees, each goal's status, assessment, note,
 * decision and adjustments, and the action items decided in the meeting.
 * A closed meeting reads the snapshots kept when it closed, so its minutes
 * never change afterwards; an open one is a draft built from the live agenda.
 */
export async function meetingMinutes(ctx: TenantContext, id: string, today: string): Promise<Minutes> {
  const meeting = await getMeeting(ctx, id);
  const draft = meeting.status !== "closed";
  const db = getDb();
  const [activity, revisions, kept, budgetMoves] = await Promise.all([
    meetingActivity(ctx, id),
    db
      .select({
        goalId: goalRevisions.goalId,
        createdAt: goalRevisions.createdAt,
        changedByName: users.name,
        reason: goalRevisions.reason,
        changes: goalRevisions.changes,
      })
      .from(goalRevisions)
      .leftJoin(users, eq(users.id, goalRevisions.changedBy))
      .where(and(eq(goalRevisions.orgId, ctx.orgId), eq(goalRevisions.meetingId, id)))
      .orderBy(asc(goalRevisions.createdAt)),
    draft
      ? Promise.resolve([])
      : db
          .select({ goalId: reviewItems.goalId, snapshot: reviewItems.snapshot, title: goals.title, unit: goals.unit })
          .from(reviewItems)
          .innerJoin(goals, and(eq(goals.id, reviewItems.goalId), eq(goals.orgId, reviewItems.orgId)))
          .innerJoin(metrics, eq(metrics.id, goals.metricId))
          // A goal on a derived figure (cost per result, ROAS) is money: left out for who does not see money.
          .where(
            and(eq(reviewItems.orgId, ctx.orgId), eq(reviewItems.meetingId, id), ctx.hideMoney ? isNull(metrics.derivation) : undefined),
          ),
    ctx.hideMoney ? Promise.resolve([]) : listBudgetMoves(ctx, id),
  ]);
  const snapshots: { goalId: string; snapshot: ReviewSnapshot }[] = draft
    ? (await meetingAgenda(ctx, meeting, today)).goals.map((g) => ({ goalId: g.id, snapshot: snapshotOf(g) }))
    : kept
        .map((k) => ({
          goalId: k.goalId,
          snapshot: k.snapshot ?? {
            title: k.title,
            unit: k.unit,
            latestValue: null,
            latestDate: null,
            targetValue: null,
            deadline: null,
            progress: null,
            pace: "no_data",
          },
        }))
        // In the agenda's order (off track first), as the meeting walked through them.
        .sort(
          (a, b) =>
            PACE_ORDER.indexOf(a.snapshot.pace) - PACE_ORDER.indexOf(b.snapshot.pace) || a.snapshot.title.localeCompare(b.snapshot.title),
        );
  const decisions = new Map(activity.decisions.map((d) => [d.goalId, d]));
  const own = activity.actionItems.filter((a) => a.meetingId === id);
  const goalsOut: MinutesGoal[] = snapshots.map(({ goalId, snapshot }) => ({
    goalId,
    snapshot,
    assessment: decisions.get(goalId)?.assessment ?? null,
    decision: decisions.get(goalId)?.decision ?? null,
    decidedByName: decisions.get(goalId)?.decidedByName ?? null,
    notes: activity.notes.filter((n) => n.goalId === goalId),
    adjustments: revisions
      .filter((r) => r.goalId === goalId)
      .map(({ goalId: _g, createdAt, ...r }) => ({ ...r, createdAt: createdAt.toISOString() })),
    actionItems: own.filter((a) => a.goalId === goalId),
  }));
  const listed = new Set(snapshots.map((s) => s.goalId));
  return {
    meeting,
    draft,
    goals: goalsOut,
    generalNotes: activity.notes.filter((n) => !n.goalId || !listed.has(n.goalId)),
    generalActionItems: own.filter((a) => !a.goalId || !listed.has(a.goalId)),
    budgetMoves,
  };
}
