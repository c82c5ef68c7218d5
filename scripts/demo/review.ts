import { and, asc, desc, eq, isNotNull, lte } from "drizzle-orm";
import { getDb } from "@/db/client";
import { actionItems, goalRevisions, goals, kpiSnapshots, organizations, reviewItems, reviewMeetings, reviewNotes } from "@/db/schema";
import { isoDateMs } from "@/lib/domain/dates";
import { periodNumber } from "@/lib/domain/forecast";
import { goalProgress } from "@/lib/domain/progress";
import { goalVerdict } from "@/lib/domain/verdict";
import type { TenantContext } from "@/lib/data/context";
import { addDays, addMonths, firstWeekdayOfNextMonth } from "./series";
import { addActionItem, addNote, meetingActivity, setActionItemDone } from "@/lib/data/reviews";
import { closeMeeting } from "@/lib/data/reviews";
import { decideGoal } from "@/lib/data/reviews";
import { scheduleMeeting, startMeeting } from "@/lib/data/reviews";

export const DEMO_MEETING_TITLE = "Månedsmøte i bakeriet";

export type DemoReviewRefs = {
  orgId: string;
  users: { owner: string; manager: string; member: string };
  /** The demo goals: the wedding cakes (on track), Facebook (lagging) and the website (ahead). */
  goals: { weddingCakes: string; facebook: string; website: string };
};

/** The last monthly meeting: the first weekday of this month, or of the last one if this month's is still to come. */
function demoMeetingDate(today: string): string {
  const monthStart = `${today.slice(0, 8)}01`;
  const thisMonth = firstWeekdayOfNextMonth(addDays(monthStart, -1));
  return thisMonth <= today ? thisMonth : firstWeekdayOfNextMonth(addDays(addMonths(monthStart, -1), -1));
}

/**
 * One closed review meeting for the demo bakery, written through the same
 * functions the meeting screen uses, so its decisions, the adjustment's
 * revision and the action items link to it as in real use. Idempotent and
 * resumable: a closed demo meeting is left alone, a half-written one (a run
 * stopped midway) is finished.
 */
export async function seedDemoReview(refs: DemoReviewRefs, today: string): Promise<void> {
  const db = getDb();
  const ctx = (role: keyof DemoReviewRefs["users"]): TenantContext => ({ orgId: refs.orgId, userId: refs.users[role], role });
  const [existing] = await db
    .select({ id: reviewMeetings.id, status: reviewMeetings.status, scheduledFor: reviewMeetings.scheduledFor })
    .from(reviewMeetings)
    .where(and(eq(reviewMeetings.orgId, refs.orgId), eq(reviewMeetings.title, DEMO_MEETING_TITLE)))
    .limit(1);
  if (existing?.status === "closed") return;

  const date = existing?.scheduledFor ?? demoMeetingDate(today);
  const id =
    existing?.id ??
    (await scheduleMeeting(ctx("manager"), { title: DEMO_MEETING_TITLE, scheduledFor: date, attendeeIds: Object.values(refs.users) }));
  if (existing?.status !== "open") await startMeeting(ctx("manager"), id);

  const done = await meetingActivity(ctx("owner"), id);
  const decided = new Set(done.decisions.filter((d) => d.decision).map((d) => d.goalId));
  const [wedding] = await db
    .select()
    .from(goals)
    .where(and(eq(goals.orgId, refs.orgId), eq(goals.id, refs.goals.weddingCakes)));
  if (!decided.has(refs.goals.weddingCakes) && wedding) {
    // Someone may have edited the demo goal since: adjust it only while that still makes sense.
    const later = wedding.deadline ? addMonths(wedding.deadline, 1) : null;
    const canAdjust = wedding.status === "active" && later && later > today;
    await decideGoal(
      ctx("manager"),
      id,
      canAdjust
        ? {
            goalId: wedding.id,
            assessment: "at_risk",
            decision: "adjust",
            deadline: later,
            reason:
              "De fleste bryllupene er i mai og juni, og bestillingene kommer sent. Vi flytter fristen en måned så den tar med de første vårbestillingene.",
          }
        : { goalId: wedding.id, assessment: "at_risk", decision: "keep", reason: "" },
      today,
    );
  }
  if (!decided.has(refs.goals.facebook)) {
    await decideGoal(ctx("manager"), id, { goalId: refs.goals.facebook, assessment: "at_risk", decision: "keep", reason: "" }, today);
  }
  if (!decided.has(refs.goals.website)) {
    await decideGoal(ctx("manager"), id, { goalId: refs.goals.website, assessment: "on_track", decision: "keep", reason: "" }, today);
  }

  if (!done.notes.length) {
    await addNote(
      ctx("manager"),
      id,
      refs.goals.weddingCakes,
      "Tre nye forespørsler kom via bestillingslenken på Instagram denne måneden.\nBildene fra ekte bryllup får mest respons.",
    );
    await addNote(
      ctx("member"),
      id,
      refs.goals.facebook,
      "Innlegg med et spørsmål til følgerne får flest kommentarer. Vi svarer på alle samme dag, men kom sent i gang i høst.",
    );
    await addNote(ctx("owner"), id, null, "Vi tar en kort status på bryllupskakene i hvert møte fram til sesongen starter.");
  }
  let firstItem: string | null = null;
  if (!done.actionItems.some((a) => a.meetingId === id)) {
    firstItem = await addActionItem(ctx("member"), {
      meetingId: id,
      goalId: refs.goals.facebook,
      title: "Lage innleggsplan for de neste fire ukene",
      ownerId: refs.users.member,
      dueOn: addDays(date, 7),
    });
    await addActionItem(ctx("manager"), {
      meetingId: id,
      goalId: refs.goals.weddingCakes,
      title: "Be tre brudepar om lov til å bruke bildene deres",
      ownerId: refs.users.manager,
      dueOn: addDays(date, 21),
    });
    await addActionItem(ctx("owner"), {
      meetingId: id,
      goalId: null,
      title: "Oppdatere åpningstidene for jul i Google-profilen",
      ownerId: refs.users.owner,
      dueOn: addDays(date, 28),
    });
  }
  // The agenda's pace as it was on the meeting's day.
  await closeMeeting(ctx("owner"), id, date);
  if (firstItem) await setActionItemDone(ctx("member"), firstItem, true, { anyItem: false });
  await placeOnMeetingDay(refs.orgId, id, date, today);
}

/**
 * Places what was just written on the meeting's day (about 09:00–10:00 in
 * Oslo), with each goal's latest value as it was then, so the minutes read
 * like a meeting held that day and not like one written by the seed today;
 * and keeps the next review ahead of today.
 */
async function placeOnMeetingDay(orgId: string, meetingId: string, date: string, today: string): Promise<void> {
  const at = (minutes: number) => new Date(Date.parse(`${date}T08:00:00Z`) + minutes * 60_000);
  const doneOn = addDays(date, 5) <= today ? new Date(Date.parse(`${addDays(date, 5)}T13:00:00Z`)) : new Date();
  await getDb().transaction(async (tx) => {
    await tx
      .update(reviewMeetings)
      .set({ openedAt: at(0), closedAt: at(55) })
      .where(and(eq(reviewMeetings.orgId, orgId), eq(reviewMeetings.id, meetingId)));
    const notes = await tx
      .select({ id: reviewNotes.id })
      .from(reviewNotes)
      .where(and(eq(reviewNotes.orgId, orgId), eq(reviewNotes.meetingId, meetingId)))
      .orderBy(asc(reviewNotes.createdAt), asc(reviewNotes.id));
    for (const [i, note] of notes.entries()) {
      await tx
        .update(reviewNotes)
        .set({ createdAt: at(8 + i * 12) })
        .where(and(eq(reviewNotes.orgId, orgId), eq(reviewNotes.id, note.id)));
    }
    const items = await tx
      .select({
        id: reviewItems.id,
        snapshot: reviewItems.snapshot,
        baseline: goals.baselineValue,
        start: goals.startDate,
        channelId: goals.channelId,
        metricId: goals.metricId,
      })
      .from(reviewItems)
      .innerJoin(goals, and(eq(goals.orgId, reviewItems.orgId), eq(goals.id, reviewItems.goalId)))
      .where(and(eq(reviewItems.orgId, orgId), eq(reviewItems.meetingId, meetingId)));
    for (const item of items) {
      const [then] = await tx
        .select({ date: kpiSnapshots.date, value: kpiSnapshots.value })
        .from(kpiSnapshots)
        .where(
          and(
            eq(kpiSnapshots.orgId, orgId),
            eq(kpiSnapshots.channelId, item.channelId),
            eq(kpiSnapshots.metricId, item.metricId),
            lte(kpiSnapshots.date, date),
          ),
        )
        .orderBy(desc(kpiSnapshots.date))
        .limit(1);
      const kept = item.snapshot;
      // The verdict as it read on the meeting's day, from the value then; the forecast of that day is not rebuilt.
      const startMs = isoDateMs(item.start);
      const dayMs = isoDateMs(date);
      const period = kept?.reason?.period ?? "week";
      const verdict =
        kept && then
          ? goalVerdict({
              baseline: item.baseline,
              target: kept.targetValue,
              current: then.value,
              start: item.start,
              deadline: kept.deadline,
              today: date,
              period,
              periodsSinceStart: startMs !== null && dayMs !== null ? periodNumber(period, startMs, dayMs) : 0,
              forecast: null,
            })
          : null;
      const snapshot =
        kept && then && verdict
          ? {
              ...kept,
              latestValue: then.value,
              latestDate: then.date,
              progress:
                item.baseline != null && kept.targetValue != null ? goalProgress(item.baseline, kept.targetValue, then.value) : null,
              pace: verdict.status,
              reason: kept.reason ? { ...kept.reason, key: verdict.reason.key, values: verdict.reason.values } : undefined,
            }
          : kept;
      await tx
        .update(reviewItems)
        .set({ snapshot, decidedAt: at(30) })
        .where(and(eq(reviewItems.orgId, orgId), eq(reviewItems.id, item.id)));
    }
    await tx
      .update(goalRevisions)
      .set({ createdAt: at(30) })
      .where(and(eq(goalRevisions.orgId, orgId), eq(goalRevisions.meetingId, meetingId)));
    await tx
      .update(actionItems)
      .set({ createdAt: at(45) })
      .where(and(eq(actionItems.orgId, orgId), eq(actionItems.meetingId, meetingId)));
    await tx
      .update(actionItems)
      .set({ doneAt: doneOn })
      .where(and(eq(actionItems.orgId, orgId), eq(actionItems.meetingId, meetingId), isNotNull(actionItems.doneAt)));
    const [org] = await tx.select({ next: organizations.nextReviewOn }).from(organizations).where(eq(organizations.id, orgId));
    if (!org?.next || org.next <= today)
      await tx
        .update(organizations)
        .set({ nextReviewOn: firstWeekdayOfNextMonth(today) })
        .where(eq(organizations.id, orgId));
  });
}
