import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { Suspense } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { GoalRows } from "@/components/dashboard/goal-rows";
import { goalRowViews } from "@/components/dashboard/goal-row-view";
import { MyTasks } from "@/components/dashboard/my-tasks";
import { BudgetCard } from "@/components/money/budget-card";
import { pitfallFix, pitfallValues } from "@/components/goals/pitfall-fix";
import { OnboardingChecklist } from "@/components/onboarding/onboarding-checklist";
import { PaceBadge } from "@/components/dashboard/pace-badge";
import { DashboardPrintButton } from "@/components/dashboard/print-button";
import { StatCard } from "@/components/dashboard/stat-card";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { ReviewDueBadge } from "@/components/reviews/review-due-badge";
import { PageHeader } from "@/components/ui/page-header";
import { DashboardSkeleton } from "@/components/ui/page-skeletons";
import { pageTenant } from "@/lib/auth/page";
import { can } from "@/lib/domain/permissions";
import { dashboardData } from "@/lib/data/goals";
import { onboardingStatus } from "@/lib/data/team";
import { showOnboarding } from "@/lib/domain/onboarding";
import type { VerdictStatus } from "@/lib/domain/verdict";
import { reviewDue } from "@/lib/domain/review-cadence";
import { formatDate, todayIn } from "@/lib/format";
import { setActionItemDoneAction } from "./reviews/action-item-actions";
import { withMessages } from "@/lib/i18n/page-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("nav");
  return { title: t("dashboard") };
}

const PACES: VerdictStatus[] = ["off_track", "at_risk", "too_early", "on_track", "achieved", "no_data"];

/**
 * The goals and numbers load behind a skeleton of the page. Not a loading.tsx:
 * that would wrap every page of the organization, and a page under it could no
 * longer answer 404. The layout has already checked the membership.
 */
async function DashboardPage({ params }: { params: Promise<{ org: string }> }) {
  const [{ org: slug }, t] = await Promise.all([params, getTranslations("shell")]);
  // Not a member: the 404 is answered before anything streams (the view below reads the same, cached tenant).
  await pageTenant(slug);
  return (
    <Suspense fallback={<DashboardSkeleton label={t("loading")} />}>
      <Dashboard slug={slug} />
    </Suspense>
  );
}

async function Dashboard({ slug }: { slug: string }) {
  const { ctx, org, user } = await pageTenant(slug);
  const today = todayIn(org.timeZone);
  const showMoney = can(ctx.role, "money.view", org);
  // Money (the card, each goal's cost per result, pitfall 8 in kroner) only for people who see it: nobody else's request reads it.
  const [data, onboarding, t, tPitfalls, locale] = await Promise.all([
    dashboardData(ctx, today, undefined, { money: showMoney }),
    onboardingStatus(ctx, today),
    getTranslations("dashboard"),
    getTranslations(),
    getLocale(),
  ]);
  const economics = data.economics;
  const canWrite = can(ctx.role, "goal.write");
  const channelOf = new Map(data.goals.map((g) => [g.id, g.channelId]));
  const fixContext = { slug, canEdit: canWrite, channelOf: (id: string) => channelOf.get(id) };
  // A person's own goals first, then the ones that need attention.
  const goals = [...data.goals].sort(
    (a, b) => Number(b.ownerId === user.id) - Number(a.ownerId === user.id) || PACES.indexOf(a.pace) - PACES.indexOf(b.pace),
  );
  const due = reviewDue(today, org.nextReviewOn);
  const rows = await goalRowViews(goals, locale, economics);
  return (
    <>
      <div data-print="document">
        {/* On paper: which organization, and on which day the numbers were true. */}
        <p className="mb-2 hidden text-sm print:block">{t("printedFor", { org: org.name, date: formatDate(locale, today) })}</p>
        <PageHeader
          title={t("title")}
          description={t("subtitle", { org: org.name })}
          actions={
            <span className="print:hidden">
              <DashboardPrintButton label={t("print")} />
            </span>
          }
        />
        {showOnboarding(onboarding.done, onboarding.firstReviewCome) ? (
          <div className="print:hidden">
            <OnboardingChecklist status={onboarding} slug={slug} role={ctx.role} />
          </div>
        ) : null}
        <div className={economics ? "grid gap-4 sm:grid-cols-2 lg:grid-cols-4" : "grid gap-4 sm:grid-cols-3"}>
          <StatCard
            label={t("activeGoals")}
            value={data.goals.length}
            detail={
              <div className="mt-1 flex flex-wrap gap-1.5">
                {PACES.filter((p) => data.counts[p] > 0).map((p) => (
                  <span key={p} className="inline-flex items-center gap-1">
                    <PaceBadge pace={p} /> <span className="tabular-nums">{data.counts[p]}</span>
                  </span>
                ))}
              </div>
            }
          />
          <StatCard
            label={t("nextReview")}
            value={org.nextReviewOn ? formatDate(locale, org.nextReviewOn) : "—"}
            detail={
              <span className="flex flex-wrap items-center gap-2">
                {org.nextReviewOn ? <ReviewDueBadge state={due.state} days={due.days} /> : t("noReview")}
                <Link href={`/${slug}/reviews`}>{t("toReviews")}</Link>
              </span>
            }
          />
          <StatCard
            label={t("lastMeasurement")}
            value={data.lastMeasuredOn ? formatDate(locale, data.lastMeasuredOn) : "—"}
            detail={data.lastMeasuredOn ? t("members", { count: data.memberCount }) : t("noMeasurementsYet")}
          />
          {economics ? <BudgetCard economics={economics} locale={locale} slug={slug} /> : null}
        </div>
        <MyTasks slug={slug} tasks={data.myTasks} open={data.openTasks} today={today} setDone={setActionItemDoneAction} />
        {data.pitfalls.length ? (
          <section aria-label={tPitfalls("goals.pitfalls.heading", { count: data.pitfalls.length })} className="pitfalls-box">
            <h2>{tPitfalls("goals.pitfalls.heading", { count: data.pitfalls.length })}</h2>
            <ul>
              {data.pitfalls.slice(0, 3).map((p, i) => {
                const fix = pitfallFix(p, null, fixContext);
                return (
                  <li key={`${p.id}-${i}`}>
                    {tPitfalls(p.messageKey, pitfallValues(p, locale))}
                    {fix ? (
                      <>
                        {" – "}
                        <Link href={fix.href}>{tPitfalls(`goals.pitfalls.fix.${fix.label}`)}</Link>
                      </>
                    ) : null}
                  </li>
                );
              })}
            </ul>
            <Link href={`/${slug}/goals`}>{t("seePitfalls")}</Link>
          </section>
        ) : null}
        <section className="mt-8" aria-labelledby="active-goals">
          <h2 id="active-goals" className="mb-3 text-lg font-semibold">
            {t("goalsHeading")}
          </h2>
          {goals.length ? (
            <Card className="goal-list">
              <GoalRows slug={slug} rows={rows} />
            </Card>
          ) : (
            <EmptyState
              icon="goals"
              title={t("emptyTitle")}
              body={canWrite ? t("emptyBody") : t("emptyBodyMember")}
              action={
                <Link href={canWrite ? `/${slug}/goals/new` : `/${slug}/goals`} className={buttonClass()}>
                  {canWrite ? t("emptyActionNew") : t("emptyAction")}
                </Link>
              }
            />
          )}
        </section>
      </div>
    </>
  );
}

export default withMessages(["errors", "myTasks", "validation"], DashboardPage);
