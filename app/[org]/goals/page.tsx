import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { Suspense } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { GoalCard } from "@/components/goals/goal-card";
import { PitfallPanel } from "@/components/goals/pitfall-panel";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { GoalsListSkeleton } from "@/components/ui/page-skeletons";
import { pageTenant } from "@/lib/auth/page";
import { can } from "@/lib/domain/permissions";
import { channelCatalog } from "@/lib/data/benchmarks";
import { goalInsights, measuredGoal } from "@/lib/data/goals";
import { MeasurePeriodForm } from "@/components/goals/measure-period-form";
import { type GoalRow, listGoals } from "@/lib/data/goals";
import { listMembers } from "@/lib/data/team";
import { todayIn } from "@/lib/format";
import { GoalFilters } from "./goal-filters";
import { setMeasurePeriodAction } from "./actions";
import { localized } from "@/lib/i18n/locales";
import { withMessages } from "@/lib/i18n/page-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("nav");
  return { title: t("goals") };
}

const SECTIONS = [
  { key: "active", statuses: ["active"] },
  { key: "draft", statuses: ["draft"] },
  { key: "closed", statuses: ["achieved", "missed"] },
  { key: "archived", statuses: ["archived"] },
] as const;

function byChannel(goals: GoalRow[]): [string, GoalRow[]][] {
  const groups = new Map<string, GoalRow[]>();
  for (const g of goals) groups.set(g.channelId, [...(groups.get(g.channelId) ?? []), g]);
  return [...groups.entries()];
}

/** The goals load behind a skeleton of the list (why not loading.tsx: components/ui/page-skeletons.tsx). */
async function GoalsPage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string }>;
  searchParams: Promise<{ owner?: string; channel?: string }>;
}) {
  const [{ org: slug }, filters, tShell] = await Promise.all([params, searchParams, getTranslations("shell")]);
  // Not a member: the 404 is answered before anything streams (the view below reads the same, cached tenant).
  await pageTenant(slug);
  return (
    <Suspense fallback={<GoalsListSkeleton label={tShell("loading")} />}>
      <GoalsList slug={slug} filters={filters} />
    </Suspense>
  );
}

async function GoalsList({ slug, filters }: { slug: string; filters: { owner?: string; channel?: string } }) {
  const { ctx, org, user } = await pageTenant(slug);
  const today = todayIn(org.timeZone);
  const uuid = /^[0-9a-f-]{36}$/i;
  const ownerId = filters.owner && uuid.test(filters.owner) ? filters.owner : undefined;
  const channelId = filters.channel && uuid.test(filters.channel) ? filters.channel : undefined;
  const [all, members, channels, t, locale] = await Promise.all([
    listGoals(ctx),
    listMembers(ctx),
    channelCatalog(ctx, undefined, { derived: true }),
    getTranslations("goals"),
    getLocale(),
  ]);
  // Pitfall 8 in kroner ("money without results") only for people who see money.
  const money = can(ctx.role, "money.view", org);
  const { byGoal, pitfalls } = await goalInsights(ctx, all, { today, memberCount: members.length, money });
  const shown = all.filter((g) => (!ownerId || g.ownerId === ownerId) && (!channelId || g.channelId === channelId));
  const mine = shown.filter((g) => g.ownerId === user.id && (g.status === "active" || g.status === "draft"));
  const canWrite = can(ctx.role, "goal.write");
  const channelName = new Map(channels.map((c) => [c.id, localized(c, locale)]));

  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("subtitle")}
        actions={
          <>
            <Link href={`/${slug}/goals/objectives`} className={buttonClass("secondary")}>
              {t("objectivesLink")}
            </Link>
            {canWrite ? (
              <Link href={`/${slug}/goals/new`} className={buttonClass()}>
                {t("newGoal")}
              </Link>
            ) : null}
          </>
        }
      />
      {all.length === 0 ? (
        <EmptyState
          icon="goals"
          title={t("emptyTitle")}
          body={canWrite ? t("emptyBody") : t("emptyBodyMember")}
          action={
            canWrite ? (
              <Link href={`/${slug}/goals/new`} className={buttonClass()}>
                {t("newGoal")}
              </Link>
            ) : undefined
          }
        />
      ) : (
        <div className="space-y-8">
          <PitfallPanel pitfalls={pitfalls} goals={all} slug={slug} canEdit={canWrite} />
          {canWrite ? <MeasurePeriodForm org={slug} period={org.measurePeriod} setMeasurePeriod={setMeasurePeriodAction} /> : null}
          <GoalFilters
            owners={members.map((m) => ({ value: m.userId, label: m.name }))}
            channels={channels
              .filter((c) => all.some((g) => g.channelId === c.id))
              .map((c) => ({ value: c.id, label: channelName.get(c.id) ?? c.key }))}
            owner={ownerId}
            channel={channelId}
          />
          {mine.length ? (
            <section aria-labelledby="mine-heading">
              <h2 id="mine-heading" className="mb-3 text-lg font-semibold">
                {t("sections.mine")}
              </h2>
              <ul className="grid gap-3 md:grid-cols-2">
                {mine.map((g) => (
                  <GoalCard key={g.id} goal={measuredGoal(g, byGoal.get(g.id))} insight={byGoal.get(g.id)} slug={slug} today={today} />
                ))}
              </ul>
            </section>
          ) : null}
          {SECTIONS.map((section) => {
            const goals = shown.filter((g) => (section.statuses as readonly string[]).includes(g.status));
            if (!goals.length) return null;
            return (
              <section key={section.key} aria-labelledby={`section-${section.key}`}>
                <h2 id={`section-${section.key}`} className="mb-3 text-lg font-semibold">
                  {t(`sections.${section.key}`)} <span className="font-normal text-slate-500 dark:text-slate-400">({goals.length})</span>
                </h2>
                <div className="space-y-4">
                  {byChannel(goals).map(([id, list]) => (
                    <div key={id}>
                      <h3 className="mb-2 text-sm font-medium uppercase tracking-wide text-slate-600 dark:text-slate-400">
                        {channelName.get(id)}
                      </h3>
                      <ul className="grid gap-3 md:grid-cols-2">
                        {list.map((g) => (
                          <GoalCard
                            key={g.id}
                            goal={measuredGoal(g, byGoal.get(g.id))}
                            insight={byGoal.get(g.id)}
                            slug={slug}
                            today={today}
                          />
                        ))}
                      </ul>
                    </div>
                  ))}
                </div>
              </section>
            );
          })}
          {shown.length === 0 ? <p className="text-sm text-slate-600 dark:text-slate-400">{t("noMatch")}</p> : null}
        </div>
      )}
    </>
  );
}

export default withMessages(
  ["errors", "goals.errors", "goals.form.measurePeriods", "goals.measurePeriodSetting", "goals.path", "validation"],
  GoalsPage,
);
