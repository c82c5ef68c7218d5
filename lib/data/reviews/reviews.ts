import { and, asc, desc, eq, inArray, ne, sql } from "drizzle-orm";
import { getDb, type Queryable, type Tx } from "@/db/client";
import { memberships, organizations, type ReviewMeeting, reviewAttendees, reviewMeetings, users } from "@/db/schema/index";
import { nextReviewAfter, type ReviewCadence } from "@/lib/domain/review-cadence";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { recordAudit } from "@/lib/data/audit";
import { meetingDateError } from "@/lib/domain/review-dates";
import type { TenantContext } from "../context";

export type MeetingSummary = Pick<ReviewMeeting, "id" | "title" | "scheduledFor" | "status" | "closedAt"> & {
  attendeeCount: number;
  decisionCount: number;
  noteCount: number;
};

// Qualified by hand: in a select list drizzle renders a column without its table, and a bare
// "org_id" / "id" inside the subquery bound to x's own columns, so every count was 0 and each
// subquery scanned its whole table (bench/explain.ts found it).
const countOf = (table: string, extra = "") =>
  sql<number>`(select count(*)::int from ${sql.raw(table)} x where x.org_id = "review_meetings"."org_id" and x.meeting_id = "review_meetings"."id"${sql.raw(extra)})`;

/** The organization's meetings, the latest first, with a few counts (one query). */
export async function listMeetings(ctx: TenantContext): Promise<MeetingSummary[]> {
  return getDb()
    .select({
      id: reviewMeetings.id,
      title: reviewMeetings.title,
      scheduledFor: reviewMeetings.scheduledFor,
      status: reviewMeetings.status,
      closedAt: reviewMeetings.closedAt,
      attendeeCount: countOf("review_attendees"),
      decisionCount: countOf("review_items", " and x.decision is not null"),
      noteCount: countOf("review_notes"),
    })
    .from(reviewMeetings)
    .where(eq(reviewMeetings.orgId, ctx.orgId))
    .orderBy(desc(reviewMeetings.scheduledFor), desc(reviewMeetings.createdAt))
    .limit(200);
}

export type Meeting = ReviewMeeting & { closedByName: string | null; attendees: { userId: string; name: string }[] };

/** One meeting of the organization with its attendees; another organization's id is not found. */
export async function getMeeting(ctx: TenantContext, id: string): Promise<Meeting> {
  const db = getDb();
  const [row] = await db
    .select({ meeting: reviewMeetings, closedByName: users.name })
    .from(reviewMeetings)
    .leftJoin(users, eq(users.id, reviewMeetings.closedBy))
    .where(and(eq(reviewMeetings.orgId, ctx.orgId), eq(reviewMeetings.id, id)));
  if (!row) throw new NotFoundError();
  const attendees = await db
    .select({ userId: users.id, name: users.name })
    .from(reviewAttendees)
    .innerJoin(users, eq(users.id, reviewAttendees.userId))
    .where(and(eq(reviewAttendees.orgId, ctx.orgId), eq(reviewAttendees.meetingId, id)))
    .orderBy(asc(users.name));
  return { ...row.meeting, closedByName: row.closedByName, attendees };
}

/**
 * Locks a meeting row for the rest of the transaction. Notes, decisions and
 * action items take a shared lock; closing takes an exclusive one, so a note
 * saved while the meeting closes is either in before the close or refused.
 */
async function lockMeeting(tx: Tx, ctx: TenantContext, id: string, mode: "share" | "update"): Promise<ReviewMeeting> {
  const [meeting] = await tx
    .select()
    .from(reviewMeetings)
    .where(and(eq(reviewMeetings.orgId, ctx.orgId), eq(reviewMeetings.id, id)))
    .for(mode);
  if (!meeting) throw new NotFoundError();
  return meeting;
}

/** As lockMeeting, and refuses a closed meeting: its notes and decisions are locked. */
export async function lockOpenMeeting(tx: Tx, ctx: TenantContext, id: string, mode: "share" | "update" = "share"): Promise<ReviewMeeting> {
  const meeting = await lockMeeting(tx, ctx, id, mode);
  if (meeting.status === "closed") throw new ConflictError("reviews.errors.closed");
  return meeting;
}

/** Every id must be a member of this organization. */
export async function checkMembers(db: Queryable, ctx: TenantContext, userIds: string[], field: string): Promise<void> {
  const unique = [...new Set(userIds)];
  if (!unique.length) return;
  const found = await db
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.orgId, ctx.orgId), inArray(memberships.userId, unique)));
  if (found.length !== unique.length) throw new ValidationError({ [field]: ["reviews.errors.notMember"] });
}

/**
 * The organization's next review date: the earliest meeting not yet closed,
 * else one cadence after the last closed meeting, else left as it was.
 */
export async function refreshNextReview(tx: Tx, ctx: TenantContext): Promise<void> {
  const [org] = await tx.select({ cadence: organizations.reviewCadence }).from(organizations).where(eq(organizations.id, ctx.orgId));
  const [dates] = await tx
    .select({
      pending: sql<string | null>`min(${reviewMeetings.scheduledFor}) filter (where ${reviewMeetings.status} <> 'closed')::text`,
      lastClosed: sql<string | null>`max(${reviewMeetings.scheduledFor}) filter (where ${reviewMeetings.status} = 'closed')::text`,
    })
    .from(reviewMeetings)
    .where(eq(reviewMeetings.orgId, ctx.orgId));
  const next = dates?.pending ?? (dates?.lastClosed && org ? nextReviewAfter(dates.lastClosed, org.cadence) : null);
  if (next) await tx.update(organizations).set({ nextReviewOn: next }).where(eq(organizations.id, ctx.orgId));
}

export type MeetingInput = { title: string; scheduledFor: string; attendeeIds: string[] };

/**
 * Plans a meeting. With `today` (the organization's today, as the scheduling
 * form passes it) a date in the past is refused; fixtures and the demo seed
 * leave it out to write meetings that already happened.
 */
export async function scheduleMeeting(ctx: TenantContext, input: MeetingInput, today?: string): Promise<string> {
  const past = today === undefined ? null : meetingDateError(input.scheduledFor, today);
  if (past) throw new ValidationError({ scheduledFor: [past] });
  return getDb().transaction(async (tx) => {
    await checkMembers(tx, ctx, input.attendeeIds, "attendeeIds");
    const [row] = await tx
      .insert(reviewMeetings)
      .values({ orgId: ctx.orgId, title: input.title, scheduledFor: input.scheduledFor, createdBy: ctx.userId })
      .returning({ id: reviewMeetings.id });
    const meetingId = row!.id;
    const attendees = [...new Set(input.attendeeIds)];
    if (attendees.length) await tx.insert(reviewAttendees).values(attendees.map((userId) => ({ orgId: ctx.orgId, meetingId, userId })));
    await refreshNextReview(tx, ctx);
    await recordAudit(tx, ctx, "review.scheduled", { type: "review_meeting", id: meetingId }, { scheduledFor: input.scheduledFor });
    return meetingId;
  });
}

/** Starts a scheduled meeting; it stays open for notes and decisions until it is closed. */
export async function startMeeting(ctx: TenantContext, id: string): Promise<void> {
  await getDb().transaction(async (tx) => {
    const meeting = await lockOpenMeeting(tx, ctx, id, "update");
    if (meeting.status === "open") return;
    await tx
      .update(reviewMeetings)
      .set({ status: "open", openedAt: sql`now()` })
      .where(and(eq(reviewMeetings.orgId, ctx.orgId), eq(reviewMeetings.id, id)));
    await recordAudit(tx, ctx, "review.started", { type: "review_meeting", id });
  });
}

/** A meeting that has not started can be cancelled; one with notes or decisions is kept. */
export async function cancelMeeting(ctx: TenantContext, id: string): Promise<void> {
  await getDb().transaction(async (tx) => {
    const meeting = await lockMeeting(tx, ctx, id, "update");
    if (meeting.status !== "scheduled") throw new ConflictError("reviews.errors.alreadyStarted");
    await tx
      .delete(reviewMeetings)
      .where(and(eq(reviewMeetings.orgId, ctx.orgId), eq(reviewMeetings.id, id), ne(reviewMeetings.status, "closed")));
    await refreshNextReview(tx, ctx);
    await recordAudit(tx, ctx, "review.cancelled", { type: "review_meeting", id }, { title: meeting.title });
  });
}

export async function setReviewCadence(ctx: TenantContext, cadence: ReviewCadence, nextReviewOn: string | null): Promise<void> {
  await getDb().transaction(async (tx) => {
    await tx
      .update(organizations)
      .set(nextReviewOn ? { reviewCadence: cadence, nextReviewOn } : { reviewCadence: cadence })
      .where(eq(organizations.id, ctx.orgId));
    // No date given: the cadence decides it from the meetings held.
    if (!nextReviewOn) await refreshNextReview(tx, ctx);
    await recordAudit(tx, ctx, "review.cadence_changed", undefined, { cadence, nextReviewOn });
  });
}
