import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { Suspense } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { MeetingStatusBadge } from "@/components/reviews/meeting-status-badge";
import { ReviewDueBadge } from "@/components/reviews/review-due-badge";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { ReviewsSkeleton } from "@/components/ui/page-skeletons";
import { SectionCard } from "@/components/ui/section-card";
import { pageTenant } from "@/lib/auth/page";
import { can } from "@/lib/domain/permissions";
import { listMeetings, type MeetingSummary } from "@/lib/data/reviews";
import { listMembers } from "@/lib/data/team";
import { addDays } from "@/lib/domain/dates";
import { reviewDue } from "@/lib/domain/review-cadence";
import { formatDate, formatMonth, todayIn } from "@/lib/format";
import { CadenceForm } from "./_components/cadence-form";
import { ScheduleForm } from "./_components/schedule-form";
import { withMessages } from "@/lib/i18n/page-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("nav");
  return { title: t("reviews") };
}

function MeetingList({ slug, meetings, locale, label }: { slug: string; meetings: MeetingSummary[]; locale: string; label: string }) {
  return (
    <Card>
      <ul aria-label={label} className="divide-y divide-slate-200 dark:divide-slate-800">
        {meetings.map((m) => (
          <li key={m.id}>
            <Link
              href={m.status === "closed" ? `/${slug}/reviews/${m.id}/minutes` : `/${slug}/reviews/${m.id}`}
              className="flex flex-col gap-1 px-4 py-3 hover:bg-slate-50 sm:flex-row sm:items-center sm:justify-between dark:hover:bg-slate-800/60"
            >
              <span>
                <span className="block font-medium text-brand-800 dark:text-brand-200">{m.title}</span>
                <span className="text-sm text-slate-600 dark:text-slate-400">{formatDate(locale, m.scheduledFor)}</span>
              </span>
              <span className="self-start sm:self-center">
                <MeetingStatusBadge status={m.status} />
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </Card>
  );
}

/** The meetings load behind a skeleton of the page (why not loading.tsx: components/ui/page-skeletons.tsx). */
async function ReviewsPage({ params }: { params: Promise<{ org: string }> }) {
  const [{ org: slug }, tShell] = await Promise.all([params, getTranslations("shell")]);
  // Not a member: the 404 is answered before anything streams (the view below reads the same, cached tenant).
  await pageTenant(slug);
  return (
    <Suspense fallback={<ReviewsSkeleton label={tShell("loading")} />}>
      <Reviews slug={slug} />
    </Suspense>
  );
}

async function Reviews({ slug }: { slug: string }) {
  const { ctx, org } = await pageTenant(slug);
  const today = todayIn(org.timeZone);
  const canRun = can(ctx.role, "review.run");
  const [meetings, members, t, locale] = await Promise.all([
    listMeetings(ctx),
    canRun ? listMembers(ctx) : Promise.resolve([]),
    getTranslations("reviews"),
    getLocale(),
  ]);
  const due = reviewDue(today, org.nextReviewOn);
  const upcoming = meetings.filter((m) => m.status !== "closed").reverse();
  const past = meetings.filter((m) => m.status === "closed");
  const defaultDate = org.nextReviewOn && org.nextReviewOn >= today ? org.nextReviewOn : (addDays(today, 7) ?? today);
  const month = formatMonth(locale, defaultDate);
  return (
    <>
      <PageHeader title={t("title")} description={t("subtitle")} />
      <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
        <div className="space-y-6">
          <Card>
            <h2 className="text-sm font-medium text-slate-600 dark:text-slate-400">{t("nextReview")}</h2>
            {/* The heading's value, large: a div, not a paragraph styled as a heading (axe's p-as-heading). */}
            <div className="mt-1 flex flex-wrap items-center gap-2 text-2xl font-semibold">
              {org.nextReviewOn ? formatDate(locale, org.nextReviewOn) : t("notPlanned")}
              {/* Without a date the heading already says "not planned"; the badge would repeat it. */}
              {org.nextReviewOn ? <ReviewDueBadge state={due.state} days={due.days} /> : null}
            </div>
            <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
              {t("cadenceIs", { cadence: t(`cadence.options.${org.reviewCadence}`) })}
            </p>
            <p className="mt-3 border-t border-slate-200 pt-3 text-sm text-slate-700 dark:border-slate-800 dark:text-slate-300">
              {t("why")}
            </p>
          </Card>
          <section aria-labelledby="upcoming-heading">
            <h2 id="upcoming-heading" className="mb-3 text-lg font-semibold">
              {t("upcoming")}
            </h2>
            {upcoming.length ? (
              <MeetingList slug={slug} meetings={upcoming} locale={locale} label={t("upcoming")} />
            ) : (
              <EmptyState
                icon="reviews"
                title={t("empty.title")}
                body={canRun ? t("empty.bodyManager") : t("empty.bodyMember")}
                action={
                  canRun ? (
                    // The form is beside the list from lg up, below it on a phone.
                    <a href="#schedule-heading" className={buttonClass("secondary")}>
                      {t("empty.action")}
                    </a>
                  ) : undefined
                }
              />
            )}
          </section>
          {past.length ? (
            <section aria-labelledby="past-heading">
              <h2 id="past-heading" className="mb-3 text-lg font-semibold">
                {t("past")}
              </h2>
              <MeetingList slug={slug} meetings={past} locale={locale} label={t("past")} />
            </section>
          ) : null}
        </div>
        {canRun ? (
          <aside className="space-y-6">
            <SectionCard id="schedule-heading" title={t("schedule.heading")} description={t("schedule.description")}>
              <ScheduleForm org={slug} members={members} defaultTitle={t("schedule.defaultTitle", { month })} defaultDate={defaultDate} />
            </SectionCard>
            <SectionCard id="cadence-heading" title={t("cadence.heading")}>
              <CadenceForm org={slug} cadence={org.reviewCadence} nextReviewOn={org.nextReviewOn} />
            </SectionCard>
          </aside>
        ) : null}
      </div>
    </>
  );
}

export default withMessages(["errors", "money.errors", "reviews.cadence", "reviews.errors", "reviews.schedule", "validation"], ReviewsPage);
