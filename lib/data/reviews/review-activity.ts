import { and, asc, eq, isNull, or } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb, type Queryable } from "@/db/client";
import {
  actionItems,
  type Assessment,
  type Decision,
  goals,
  notifications,
  reviewItems,
  reviewMeetings,
  reviewNotes,
  users,
} from "@/db/schema/index";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { recordAudit } from "@/lib/data/audit";
import { type Reminder, reminderData } from "@/lib/data/notifications";
import { actionItemDueError } from "@/lib/domain/review-dates";
import type { TenantContext } from "../context";
import { goalSeen } from "../hidden-money";
import { checkMembers, lockOpenMeeting } from "./reviews";

/**
 * What people add during a meeting: notes (appended, never overwritten, so
 * two people saving at the same moment both keep theirs), action items and
 * the per-goal decisions. Every open screen refetches this every few seconds.
 */
export type MeetingNote = { id: string; goalId: string | null; authorName: string | null; body: string; createdAt: string };
export type MeetingActionItem = {
  id: string;
  meetingId: string | null;
  goalId: string | null;
  title: string;
  ownerId: string | null;
  ownerName: string | null;
  dueOn: string | null;
  doneAt: string | null;
  createdBy: string | null;
};
export type MeetingDecision = { goalId: string; assessment: Assessment | null; decision: Decision | null; decidedByName: string | null };
export type MeetingActivity = {
  status: "scheduled" | "open" | "closed";
  notes: MeetingNote[];
  actionItems: MeetingActionItem[];
  decisions: MeetingDecision[];
};

const owner = alias(users, "owner");

/**
 * The meeting's notes, decisions and action items: those made in it, plus
 * every unfinished one from earlier meetings (they come back on the agenda
 * until someone ticks them off). Four queries whatever the size.
 */
export async function meetingActivity(ctx: TenantContext, meetingId: string): Promise<MeetingActivity> {
  const db = getDb();
  const [meeting] = await db
    .select({ status: reviewMeetings.status })
    .from(reviewMeetings)
    .where(and(eq(reviewMeetings.orgId, ctx.orgId), eq(reviewMeetings.id, meetingId)));
  if (!meeting) throw new NotFoundError();
  const closed = meeting.status === "closed";
  const [notes, items, decisions] = await Promise.all([
    db
      .select({
        id: reviewNotes.id,
        goalId: reviewNotes.goalId,
        authorName: users.name,
        body: reviewNotes.body,
        createdAt: reviewNotes.createdAt,
      })
      .from(reviewNotes)
      .leftJoin(users, eq(users.id, reviewNotes.authorId))
      .where(and(eq(reviewNotes.orgId, ctx.orgId), eq(reviewNotes.meetingId, meetingId), goalSeen(ctx, reviewNotes.goalId)))
      .orderBy(asc(reviewNotes.createdAt), asc(reviewNotes.id))
      .limit(2000),
    db
      .select({
        id: actionItems.id,
        meetingId: actionItems.meetingId,
        goalId: actionItems.goalId,
        title: actionItems.title,
        ownerId: actionItems.ownerId,
        ownerName: owner.name,
        dueOn: actionItems.dueOn,
        doneAt: actionItems.doneAt,
        createdBy: actionItems.createdBy,
      })
      .from(actionItems)
      .leftJoin(owner, eq(owner.id, actionItems.ownerId))
      // A closed meeting's minutes keep its own items only; an open one also carries the unfinished.
      .where(
        and(
          eq(actionItems.orgId, ctx.orgId),
          goalSeen(ctx, actionItems.goalId),
          closed ? eq(actionItems.meetingId, meetingId) : or(eq(actionItems.meetingId, meetingId), isNull(actionItems.doneAt)),
        ),
      )
      .orderBy(asc(actionItems.dueOn), asc(actionItems.createdAt))
      .limit(500),
    db
      .select({ goalId: reviewItems.goalId, assessment: reviewItems.assessment, decision: reviewItems.decision, decidedByName: users.name })
      .from(reviewItems)
      .leftJoin(users, eq(users.id, reviewItems.decidedBy))
      .where(and(eq(reviewItems.orgId, ctx.orgId), eq(reviewItems.meetingId, meetingId), goalSeen(ctx, reviewItems.goalId))),
  ]);
  return {
    status: meeting.status,
    notes: notes.map((n) => ({ ...n, createdAt: n.createdAt.toISOString() })),
    actionItems: items.map((i) => ({ ...i, doneAt: i.doneAt ? i.doneAt.toISOString() : null })),
    decisions,
  };
}

/** A goal of this organization the caller sees, or not found (another organization's id, a money goal hidden from the caller). */
async function checkGoal(db: Queryable, ctx: TenantContext, goalId: string | null): Promise<void> {
  if (!goalId) return;
  const [goal] = await db
    .select({ id: goals.id })
    .from(goals)
    .where(and(eq(goals.orgId, ctx.orgId), eq(goals.id, goalId), goalSeen(ctx, goals.id)));
  if (!goal) throw new NotFoundError();
}

/** Anyone in the team may add a note, on any goal, while the meeting is not closed. */
export async function addNote(ctx: TenantContext, meetingId: string, goalId: string | null, body: string): Promise<string> {
  return getDb().transaction(async (tx) => {
    await lockOpenMeeting(tx, ctx, meetingId);
    await checkGoal(tx, ctx, goalId);
    const [row] = await tx
      .insert(reviewNotes)
      .values({ orgId: ctx.orgId, meetingId, goalId, authorId: ctx.userId, body })
      .returning({ id: reviewNotes.id });
    await recordAudit(tx, ctx, "review.note_added", { type: "review_meeting", id: meetingId }, { goalId });
    return row!.id;
  });
}

export type ActionItemInput = { meetingId: string; goalId: string | null; title: string; ownerId: string | null; dueOn: string | null };

/**
 * Anyone in the team may add an action item while the meeting is not closed.
 * The person it is assigned to (if not the writer) gets a notification in the
 * same transaction, at once, not when the hourly reminders job next runs; that
 * job e-mails it to those who want reminder e-mails.
 */
export async function addActionItem(ctx: TenantContext, input: ActionItemInput): Promise<string> {
  return getDb().transaction(async (tx) => {
    const meeting = await lockOpenMeeting(tx, ctx, input.meetingId);
    const due = actionItemDueError(input.dueOn, meeting.scheduledFor);
    if (due) throw new ValidationError({ dueOn: [due] });
    await checkGoal(tx, ctx, input.goalId);
    if (input.ownerId) await checkMembers(tx, ctx, [input.ownerId], "ownerId");
    const [row] = await tx
      .insert(actionItems)
      .values({ orgId: ctx.orgId, ...input, createdBy: ctx.userId })
      .returning({ id: actionItems.id });
    const id = row!.id;
    if (input.ownerId && input.ownerId !== ctx.userId) {
      const reminder: Reminder = { kind: "action_assigned", itemId: id, title: input.title, dueOn: input.dueOn };
      await tx.insert(notifications).values({
        orgId: ctx.orgId,
        userId: input.ownerId,
        kind: reminder.kind,
        data: reminderData(reminder),
        dedupeKey: `action-assigned:${id}`,
      });
    }
    await recordAudit(tx, ctx, "review.action_added", { type: "action_item", id }, { meetingId: input.meetingId });
    return id;
  });
}

/**
 * Ticks an action item off (or back on). Items are done between meetings, so
 * this works after the meeting closed. Its owner or its author may, and anyone
 * the caller says may tick any item (the permission "actionItem.completeAny").
 */
export async function setActionItemDone(ctx: TenantContext, id: string, done: boolean, opts: { anyItem: boolean }): Promise<void> {
  await getDb().transaction(async (tx) => {
    const [item] = await tx
      .select()
      .from(actionItems)
      .where(and(eq(actionItems.orgId, ctx.orgId), eq(actionItems.id, id)))
      .for("update");
    if (!item) throw new NotFoundError();
    if (!opts.anyItem && item.ownerId !== ctx.userId && item.createdBy !== ctx.userId) throw new ForbiddenError();
    if (Boolean(item.doneAt) === done) return;
    await tx
      .update(actionItems)
      .set({ doneAt: done ? new Date() : null })
      .where(and(eq(actionItems.orgId, ctx.orgId), eq(actionItems.id, id)));
    await recordAudit(tx, ctx, done ? "review.action_done" : "review.action_reopened", { type: "action_item", id });
  });
}
