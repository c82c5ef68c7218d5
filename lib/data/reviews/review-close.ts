import { and, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { reviewItems, reviewMeetings } from "@/db/schema/index";
import { NotFoundError } from "@/lib/errors";
import { recordAudit } from "@/lib/data/audit";
import type { TenantContext } from "../context";
import { meetingAgenda, snapshotOf } from "./review-agenda";
import { lockOpenMeeting, refreshNextReview } from "./reviews";

/**
 * Closes a meeting: from then on its notes and decisions are locked (the
 * note and decision writes refuse a closed meeting under the same row lock),
 * each goal on the agenda keeps a snapshot for the minutes and for the next
 * meeting's "since last time", and the next review date moves on.
 */
export async function closeMeeting(ctx: TenantContext, id: string, today: string): Promise<void> {
  const db = getDb();
  const [meeting] = await db
    .select({ id: reviewMeetings.id, scheduledFor: reviewMeetings.scheduledFor })
    .from(reviewMeetings)
    .where(and(eq(reviewMeetings.orgId, ctx.orgId), eq(reviewMeetings.id, id)));
  if (!meeting) throw new NotFoundError();
  // Read before the transaction: PGlite has one connection, and the agenda is a read.
  const agenda = await meetingAgenda(ctx, meeting, today);
  await db.transaction(async (tx) => {
    await lockOpenMeeting(tx, ctx, id, "update");
    if (agenda.goals.length) {
      await tx
        .insert(reviewItems)
        .values(agenda.goals.map((g) => ({ orgId: ctx.orgId, meetingId: id, goalId: g.id, snapshot: snapshotOf(g) })))
        .onConflictDoUpdate({
          target: [reviewItems.orgId, reviewItems.meetingId, reviewItems.goalId],
          set: { snapshot: sql`excluded.snapshot` },
        });
    }
    await tx
      .update(reviewMeetings)
      .set({ status: "closed", closedAt: sql`now()`, closedBy: ctx.userId })
      .where(and(eq(reviewMeetings.orgId, ctx.orgId), eq(reviewMeetings.id, id)));
    await refreshNextReview(tx, ctx);
    await recordAudit(tx, ctx, "review.closed", { type: "review_meeting", id }, { goals: agenda.goals.length });
  });
}
