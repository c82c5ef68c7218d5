import { and, desc, eq, lte, ne } from "drizzle-orm";
import { getDb } from "@/db/client";
import { type ReviewMeeting, reviewItems, reviewMeetings, type ReviewSnapshot } from "@/db/schema/index";
import type { Pitfall } from "@/lib/domain/pitfalls";
import type { TenantContext } from "../context";
import { type DashboardGoal, dashboardData } from "@/lib/data/goals";
import { type ChartNoteRow, chartNotesBetween } from "@/lib/data/check-ins";
import { agendaNotePeriod } from "@/lib/domain/chart-notes";
import { confidenceFlag } from "@/lib/domain/confidence";

export type AgendaGoal = DashboardGoal & {
  /** The goal as it stood when the previous meeting closed, if it was on that agenda. */
  since: ReviewSnapshot | null;
  pitfalls: Pitfall[];
  /** The goal channel's campaign notes since the previous meeting (lib/domain/chart-notes.ts agendaNotePeriod). */
  campaignNotes: ChartNoteRow[];
  /** A low confidence with an "on track" verdict: the meeting should talk about it. */
  confidenceFlag: ReturnType<typeof confidenceFlag>;
};
export type Agenda = { goals: AgendaGoal[]; previous: Pick<ReviewMeeting, "id" | "title" | "scheduledFor"> | null };

/** Off track first: the meeting spends its time where it matters. */
const ORDER = ["off_track", "at_risk", "no_data", "too_early", "on_track", "achieved"] as const;

/** The snapshot the minutes keep of a goal on the agenda. */
export function snapshotOf(g: AgendaGoal): ReviewSnapshot {
  return {
    title: g.title,
    unit: g.unit,
    latestValue: g.latestValue,
    latestDate: g.latestDate,
    targetValue: g.targetValue,
    deadline: g.deadline,
    progress: g.insight?.progress ?? null,
    pace: g.pace,
    reason: g.insight ? { ...g.insight.verdict.reason, period: g.period, kind: g.metricKind } : undefined,
    confidence: g.confidence ? { level: g.confidence.level, comment: g.confidence.comment } : null,
    campaignNotes: g.campaignNotes.map((n) => ({ body: n.body, startsOn: n.startsOn, endsOn: n.endsOn })),
  };
}

/**
 * A meeting's agenda: every active goal, and the goals already decided in
 * this meeting (closing one as achieved keeps it on the agenda), with pace,
 * progress, forecast, pitfalls, confidence, the campaign notes of the period
 * and what changed since the last closed meeting. A constant number of
 * queries, whatever the number of goals.
 */
export async function meetingAgenda(
  ctx: TenantContext,
  meeting: Pick<ReviewMeeting, "id" | "scheduledFor">,
  today: string,
): Promise<Agenda> {
  const db = getDb();
  const [decided, [previous]] = await Promise.all([
    db
      .select({ goalId: reviewItems.goalId })
      .from(reviewItems)
      .where(and(eq(reviewItems.orgId, ctx.orgId), eq(reviewItems.meetingId, meeting.id))),
    db
      .select({ id: reviewMeetings.id, title: reviewMeetings.title, scheduledFor: reviewMeetings.scheduledFor })
      .from(reviewMeetings)
      .where(
        and(
          eq(reviewMeetings.orgId, ctx.orgId),
          eq(reviewMeetings.status, "closed"),
          ne(reviewMeetings.id, meeting.id),
          lte(reviewMeetings.scheduledFor, meeting.scheduledFor),
        ),
      )
      .orderBy(desc(reviewMeetings.scheduledFor), desc(reviewMeetings.closedAt))
      .limit(1),
  ]);
  const onAgenda = new Set(decided.map((d) => d.goalId));
  const [data, before, notes] = await Promise.all([
    dashboardData(ctx, today, (g) => g.status === "active" || onAgenda.has(g.id)),
    previous
      ? db
          .select({ goalId: reviewItems.goalId, snapshot: reviewItems.snapshot })
          .from(reviewItems)
          .where(and(eq(reviewItems.orgId, ctx.orgId), eq(reviewItems.meetingId, previous.id)))
      : Promise.resolve([]),
    chartNotesBetween(ctx, agendaNotePeriod(previous?.scheduledFor ?? null, meeting.scheduledFor)),
  ]);
  const snapshots = new Map(before.map((b) => [b.goalId, b.snapshot]));
  const goals = data.goals
    .map((g) => ({
      ...g,
      since: snapshots.get(g.id) ?? null,
      pitfalls: data.pitfalls.filter((p) => p.goalIds.includes(g.id)),
      campaignNotes: notes.filter((n) => n.channelId === g.channelId),
      confidenceFlag: confidenceFlag(g.confidence?.level ?? null, g.pace),
    }))
    .sort((a, b) => ORDER.indexOf(a.pace) - ORDER.indexOf(b.pace) || a.title.localeCompare(b.title));
  return { goals, previous: previous ?? null };
}
