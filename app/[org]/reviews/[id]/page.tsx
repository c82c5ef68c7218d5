import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { Suspense } from "react";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { MeetingStatusBadge } from "@/components/reviews/meeting-status-badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { MeetingSkeleton } from "@/components/ui/page-skeletons";
import type { Tenant } from "@/lib/auth/current";
import { pageRecord, pageTenant } from "@/lib/auth/page";
import { can } from "@/lib/domain/permissions";
import { mayRecordConfidence } from "@/lib/domain/confidence";
import { meetingActivity } from "@/lib/data/reviews";
import { meetingAgenda } from "@/lib/data/reviews";
import { channelEconomics, moneyChannels } from "@/lib/data/money";
import { AgendaEconomics } from "@/components/money/agenda-economics";
import { getMeeting, listBudgetMoves, type Meeting } from "@/lib/data/reviews";
import { listMembers } from "@/lib/data/team";
import { formatDate, minutesFormat, todayIn } from "@/lib/format";
import { ActionItems } from "./_components/action-items";
import { AgendaGoalCard } from "./_components/agenda-goal";
import { BudgetMoves } from "./_components/budget-moves";
import { GoalNotes } from "./_components/goal-notes";
import { MeetingControls } from "./_components/meeting-controls";
import { MeetingLive } from "./_components/meeting-live";
import { withMessages } from "@/lib/i18n/page-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reviews");
  return { title: t("meeting.title") };
}

async function MeetingPage({ params }: { params: Promise<{ org: string; id: string }> }) {
  const { org: slug, id } = await params;
  const { ctx, org, user } = await pageTenant(slug);
  const meeting = await pageRecord(id, (meetingId) => getMeeting(ctx, meetingId));
  // A closed meeting is read as its minutes.
  if (meeting.status === "closed") redirect(`/${slug}/reviews/${meeting.id}/minutes`);
  // The 404 and the redirect above are answered before anything streams; the agenda loads behind a skeleton.
  const tShell = await getTranslations("shell");
  return (
    <Suspense fallback={<MeetingSkeleton label={tShell("loading")} />}>
      <MeetingView slug={slug} tenant={{ ctx, org, user }} meeting={meeting} />
    </Suspense>
  );
}

async function MeetingView({ slug, tenant, meeting }: { slug: string; tenant: Tenant; meeting: Meeting }) {
  const { ctx, org, user } = tenant;
  const today = todayIn(org.timeZone);
  const seesMoney = can(ctx.role, "money.view", org);
  const movesBudget = can(ctx.role, "money.manage", org);
  const [agenda, activity, members, t, locale, economics, moves, channels] = await Promise.all([
    meetingAgenda(ctx, meeting, today),
    meetingActivity(ctx, meeting.id),
    listMembers(ctx),
    getTranslations("reviews"),
    getLocale(),
    // The money opens the agenda, for people who see money only.
    seesMoney ? channelEconomics(ctx, today) : null,
    seesMoney ? listBudgetMoves(ctx, meeting.id) : [],
    // The channels budget can be moved between: every channel with a spend series (or the organization's own).
    movesBudget ? moneyChannels(ctx).then((all) => all.filter((c) => c.spendMetricId !== null || c.own)) : [],
  ]);
  const canRun = can(ctx.role, "review.run");
  const anyConfidence = can(ctx.role, "confidence.recordAny");
  const confidenceFor = (ownerId: string | null) =>
    can(ctx.role, "confidence.record") && mayRecordConfidence(ctx.userId, ownerId, anyConfidence)
      ? { meetingId: meeting.status === "open" ? meeting.id : null }
      : undefined;
  const agendaIds = agenda.goals.map((g) => g.id);
  return (
    <>
      <MeetingLive
        org={slug}
        timeZone={org.timeZone}
        meetingId={meeting.id}
        userId={user.id}
        canRun={canRun}
        members={members.map((m) => ({ userId: m.userId, name: m.name }))}
        initial={activity}
      >
        {/* Inside the live part: closing names the goals not yet assessed, from everyone's latest decisions. */}
        <div className="mb-6 flex flex-col gap-4 sm:flex-row sm:items-start sm:justify-between">
          <div>
            <Link href={`/${slug}/reviews`} className="text-sm text-brand-700 underline-offset-2 hover:underline dark:text-brand-300">
              ← {t("title")}
            </Link>
            <h1 className="mt-2 text-2xl font-semibold tracking-tight">{meeting.title}</h1>
            <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-slate-600 dark:text-slate-400">
              {formatDate(locale, meeting.scheduledFor)} <MeetingStatusBadge status={meeting.status} />
            </p>
            <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">
              <span className="font-medium">{t("meeting.attendees")}:</span>{" "}
              {meeting.attendees.length ? meeting.attendees.map((a) => a.name).join(", ") : t("meeting.noAttendees")}
            </p>
          </div>
          <div className="flex flex-col items-start gap-2 sm:items-end">
            {canRun ? (
              <MeetingControls
                org={slug}
                id={meeting.id}
                status={meeting.status}
                agenda={agenda.goals.map((g) => ({ id: g.id, title: g.title }))}
              />
            ) : null}
            <Link
              href={`/${slug}/reviews/${meeting.id}/minutes`}
              className="text-sm text-brand-700 underline underline-offset-2 dark:text-brand-300"
            >
              {t("meeting.draftMinutes")}
            </Link>
          </div>
        </div>
        {economics ? (
          <div className="mb-6">
            <AgendaEconomics economics={economics} since={agenda.previous?.scheduledFor ?? null} locale={locale} slug={slug} />
          </div>
        ) : null}
        {seesMoney ? (
          <div className="mb-6">
            <BudgetMoves
              org={slug}
              meetingId={meeting.id}
              moves={moves}
              f={minutesFormat(locale, org.timeZone)}
              form={
                movesBudget
                  ? { month: today.slice(0, 7), channels: channels.map((c) => ({ id: c.id, name: locale === "en" ? c.nameEn : c.nameNb })) }
                  : null
              }
            />
          </div>
        ) : null}
        <section aria-labelledby="agenda-heading" className="space-y-4">
          <div>
            <h2 id="agenda-heading" className="text-lg font-semibold">
              {t("agenda.heading", { count: agenda.goals.length })}
            </h2>
            <p className="text-sm text-slate-600 dark:text-slate-400">
              {agenda.previous
                ? t("agenda.previous", { title: agenda.previous.title, date: formatDate(locale, agenda.previous.scheduledFor) })
                : t("agenda.noPrevious")}
            </p>
          </div>
          {agenda.goals.length ? (
            agenda.goals.map((g) => (
              <AgendaGoalCard
                key={g.id}
                goal={g}
                org={slug}
                canRun={canRun}
                previousDate={agenda.previous?.scheduledFor ?? null}
                confidence={confidenceFor(g.ownerId)}
              />
            ))
          ) : (
            <EmptyState
              icon="goals"
              title={t("agenda.emptyTitle")}
              body={t("agenda.emptyBody")}
              action={
                <Link href={`/${slug}/goals/new`} className="text-sm font-medium text-brand-700 underline dark:text-brand-300">
                  {t("agenda.newGoal")}
                </Link>
              }
            />
          )}
        </section>
        <section aria-labelledby="general-heading" className="mt-8">
          <Card className="space-y-5">
            <h2 id="general-heading" className="text-lg font-semibold">
              {t("agenda.general")}
            </h2>
            <div className="grid gap-6 lg:grid-cols-2">
              <GoalNotes goalId={null} label={t("notes.meetingLabel")} agenda={agendaIds} />
              <ActionItems goalId={null} label={t("actions.addGeneral")} agenda={agendaIds} />
            </div>
          </Card>
        </section>
      </MeetingLive>
    </>
  );
}

export default withMessages(
  [
    "benchmarkSource",
    "chartNotes",
    "charts",
    "confidence",
    "errors",
    "money.errors",
    "reviews.actions",
    "reviews.budgetMove",
    "reviews.decision",
    "reviews.errors",
    "reviews.meeting",
    "reviews.notes",
    "validation",
  ],
  MeetingPage,
);
