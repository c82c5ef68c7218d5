import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { GoalRow } from "@/components/dashboard/goal-row";
import { StatCard } from "@/components/dashboard/stat-card";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { pageTenant } from "@/lib/auth/page";
import { dashboardSummary } from "@/lib/data/dashboard";
import { formatDate, todayIn } from "@/lib/format";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("nav");
  return { title: t("dashboard") };
}

export default async function DashboardPage({ params }: { params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  const { ctx, org, user } = await pageTenant(slug);
  const [summary, t, locale] = await Promise.all([dashboardSummary(ctx), getTranslations("dashboard"), getLocale()]);
  const today = todayIn(org.timeZone);
  // A member sees their own goals first.
  const goals = [...summary.goals].sort((a, b) => Number(b.ownerId === user.id) - Number(a.ownerId === user.id));
  const reviewOverdue = summary.nextReviewOn != null && summary.nextReviewOn < today;
  return (
    <>
      <PageHeader title={t("title")} description={t("subtitle", { org: org.name })} />
      <div className="grid gap-4 sm:grid-cols-3">
        <StatCard label={t("activeGoals")} value={summary.goals.length} detail={t("members", { count: summary.memberCount })} />
        <StatCard
          label={t("nextReview")}
          value={summary.nextReviewOn ? formatDate(locale, summary.nextReviewOn) : "—"}
          detail={reviewOverdue ? <Badge tone="red">{t("overdue")}</Badge> : summary.nextReviewOn ? null : t("noReview")}
        />
        <StatCard label={t("lastMeasurement")} value={summary.lastMeasuredOn ? formatDate(locale, summary.lastMeasuredOn) : "—"} detail={summary.lastMeasuredOn ? null : t("noMeasurementsYet")} />
      </div>
      <section className="mt-8" aria-labelledby="active-goals">
        <h2 id="active-goals" className="mb-3 text-lg font-semibold">
          {t("goalsHeading")}
        </h2>
        {goals.length ? (
          <Card className="py-1">
            <ul className="divide-y divide-slate-200 dark:divide-slate-800">
              {goals.map((g) => (
                <GoalRow key={g.id} goal={g} today={today} />
              ))}
            </ul>
          </Card>
        ) : (
          <EmptyState
            icon="goals"
            title={t("emptyTitle")}
            body={t("emptyBody")}
            action={
              <Link href={`/${org.slug}/goals`} className={buttonClass()}>
                {t("emptyAction")}
              </Link>
            }
          />
        )}
      </section>
    </>
  );
}
