import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { benchmarkSourceText } from "@/lib/i18n/benchmark-source";
import { cache } from "react";
import { Sparkline } from "@/components/charts/sparkline";
import { GoalCard } from "@/components/goals/goal-card";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { pageTenant } from "@/lib/auth/page";
import { type ChannelMetric, channelPage, SPARKLINE_MONTHS } from "@/lib/data/benchmarks";
import { can } from "@/lib/domain/permissions";
import { addMonths } from "@/lib/domain/dates";
import { NotFoundError } from "@/lib/errors";
import { formatDate, formatShare, formatValue, todayIn } from "@/lib/format";
import { MetricEntryButton, MetricEntryGroup, MetricEntryPanel } from "./metric-entry";
import { ChannelMoneySection } from "./channel-money";
import { channelMoney } from "@/lib/data/money";
import { localized } from "@/lib/i18n/locales";
import { chartNotesBetween } from "@/lib/data/check-ins";
import { ChartNotesPanel } from "@/components/charts/chart-notes-panel";
import { addChartNoteAction, deleteChartNoteAction, updateChartNoteAction } from "./actions";
import { withMessages } from "@/lib/i18n/page-messages";

type Params = { params: Promise<{ org: string; key: string }> };

// generateMetadata and the page share one read per request. An unknown key,
// or another organization's channel, is the same 404.
const load = cache(async (slug: string, key: string) => {
  const { ctx, org } = await pageTenant(slug);
  const today = todayIn(org.timeZone);
  // Someone who does not see money gets the same page without any: no spend, revenue or money section.
  const seesMoney = can(ctx.role, "money.view", org);
  try {
    const page = await channelPage(ctx, key, today, { money: seesMoney });
    const from = addMonths(today, -SPARKLINE_MONTHS) ?? today;
    return {
      page,
      today,
      ctx,
      // The campaign notes over the sparklines' months: markers on each, and the list to add to.
      notes: await chartNotesBetween(ctx, { from, to: today }, [page.channel.id]),
      canWrite: can(ctx.role, "goal.write"),
      money: seesMoney ? await channelMoney(ctx, page.channel.id, today) : null,
      canManageMoney: can(ctx.role, "money.manage", org),
      vatMode: org.vatMode,
    };
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { org, key } = await params;
  const [{ page }, locale] = await Promise.all([load(org, key), getLocale()]);
  return { title: localized(page.channel, locale) };
}

async function ChannelPage({ params }: Params) {
  const { org: slug, key } = await params;
  const [{ page, today, ctx, notes, canWrite, money, canManageMoney, vatMode }, t, tUnits, tSource, locale] = await Promise.all([
    load(slug, key),
    getTranslations("channels"),
    getTranslations("goals.units"),
    getTranslations("benchmarkSource"),
    getLocale(),
  ]);
  const { channel, benchmark, metrics, goals } = page;
  const name = (x: { nameNb: string; nameEn: string }) => localized(x, locale);
  const from = addMonths(today, -SPARKLINE_MONTHS) ?? today;

  const sparklineLabel = (m: ChannelMetric) => {
    const first = m.recent[0];
    const last = m.recent.at(-1);
    if (!first || !last) return "";
    const line = t("metrics.sparkline", {
      metric: name(m),
      per: t(`metrics.per.${m.period}`),
      count: m.recent.length,
      first: formatValue(locale, m.unit, first.value),
      last: formatValue(locale, m.unit, last.value),
    });
    const partial = m.partial
      ? ` ${t(`metrics.partialSentence.${m.period}`, { value: formatValue(locale, m.unit, m.partial.value) })}`
      : "";
    return `${line}${partial}`;
  };

  return (
    <>
      <PageHeader
        title={name(channel)}
        description={t("subtitle")}
        actions={channel.custom ? <Badge tone="brand">{t("custom")}</Badge> : undefined}
      />
      <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
        <div className="min-w-0 space-y-6">
          <section aria-labelledby="metrics-heading">
            <Card>
              <h2 id="metrics-heading" className="text-base font-semibold">
                {t("metrics.heading")}
              </h2>
              {metrics.length ? (
                <MetricEntryGroup>
                  <ul className="mt-2 divide-y divide-slate-200 dark:divide-slate-800">
                    {metrics.map((m) => (
                      <li key={m.id} className="py-4 last:pb-0">
                        <div className="flex flex-wrap items-center gap-x-6 gap-y-3">
                          <div className="min-w-0 flex-1">
                            <h3 className="font-medium">{name(m)}</h3>
                            <p className="mt-0.5 text-sm text-slate-600 dark:text-slate-400">
                              {m.latest ? (
                                <>
                                  <span className="font-semibold text-slate-900 tabular-nums dark:text-white">
                                    {formatValue(locale, m.unit, m.latest.value)}
                                  </span>{" "}
                                  {t("metrics.measuredOn", { date: formatDate(locale, m.latest.date) })}
                                </>
                              ) : (
                                t("metrics.none")
                              )}
                            </p>
                          </div>
                          {/* Below the name on a phone, between name and button from sm up. */}
                          <div className="order-last w-full sm:order-none sm:w-48">
                            {m.recent.length >= 2 ? (
                              <div>
                                <Sparkline
                                  points={m.recent}
                                  partial={m.partial}
                                  unit={m.unit}
                                  from={from}
                                  to={today}
                                  label={sparklineLabel(m)}
                                  notes={notes}
                                />
                                <p className="mt-1 text-xs text-slate-600 dark:text-slate-400" aria-hidden>
                                  {t("metrics.sparklineCaption", { months: SPARKLINE_MONTHS })}, {t(`metrics.per.${m.period}`)}
                                  {m.partial
                                    ? ` · ${t(`metrics.partial.${m.period}`, { value: formatValue(locale, m.unit, m.partial.value) })}`
                                    : ""}
                                </p>
                              </div>
                            ) : m.latest ? (
                              <p className="text-xs text-slate-600 dark:text-slate-400">
                                {t("metrics.tooFew", { months: SPARKLINE_MONTHS })}
                              </p>
                            ) : null}
                          </div>
                          <MetricEntryButton metricId={m.id} metricName={name(m)} />
                        </div>
                        <MetricEntryPanel
                          org={slug}
                          channelId={channel.id}
                          metricId={m.id}
                          today={today}
                          unitLabel={tUnits(m.unit)}
                          unit={m.unit}
                        />
                      </li>
                    ))}
                  </ul>
                </MetricEntryGroup>
              ) : (
                <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">{t("metrics.empty")}</p>
              )}
            </Card>
          </section>
          <section aria-labelledby="campaign-notes-heading">
            <Card>
              <h2 id="campaign-notes-heading" className="sr-only">
                {t("notesHeading")}
              </h2>
              <ChartNotesPanel
                org={slug}
                channelId={channel.id}
                notes={notes}
                today={today}
                userId={ctx.userId}
                anyNote={can(ctx.role, "chartNote.editAny")}
                canWrite={can(ctx.role, "chartNote.write")}
                actions={{ addNote: addChartNoteAction, updateNote: updateChartNoteAction, deleteNote: deleteChartNoteAction }}
              />
            </Card>
          </section>
          {money ? (
            <ChannelMoneySection
              slug={slug}
              channelId={channel.id}
              today={today}
              locale={locale}
              money={money}
              vatMode={vatMode}
              canManage={canManageMoney}
              resultOptions={metrics.filter((m) => m.kind === "total" && m.unit !== "nok").map((m) => ({ id: m.id, name: name(m) }))}
            />
          ) : null}
          <section aria-labelledby="goals-heading">
            <h2 id="goals-heading" className="mb-3 text-base font-semibold">
              {t("goals.heading")}
            </h2>
            {goals.length ? (
              <ul className="space-y-3">
                {goals.map(({ goal, progress }) => (
                  <GoalCard key={goal.id} goal={goal} insight={{ progress, current: null }} slug={slug} today={today} />
                ))}
              </ul>
            ) : (
              <div className="text-sm text-slate-600 dark:text-slate-400">
                <p>{t("goals.none")}</p>
                {canWrite ? (
                  <Link href={`/${slug}/goals/new`} className={buttonClass("secondary", "mt-3")}>
                    {t("goals.newGoal")}
                  </Link>
                ) : null}
              </div>
            )}
          </section>
        </div>
        <aside>
          <Card>
            <div className="flex items-start justify-between gap-3">
              <h2 className="text-base font-semibold">{t("benchmark.heading")}</h2>
              {benchmark ? (
                <Badge tone={benchmark.overridden ? "brand" : "neutral"}>
                  {benchmark.overridden ? t("benchmark.own") : t("benchmark.default")}
                </Badge>
              ) : null}
            </div>
            {benchmark ? (
              <dl className="mt-3 space-y-3 text-sm">
                <div>
                  <dt className="text-slate-600 dark:text-slate-400">{t("benchmark.uplift")}</dt>
                  <dd className="text-2xl font-semibold tabular-nums">{formatShare(locale, benchmark.upliftPct / 100)}</dd>
                </div>
                <div>
                  <dt className="text-slate-600 dark:text-slate-400">{t("benchmark.typicalGoal")}</dt>
                  <dd className="font-medium">{locale === "nb" ? benchmark.typicalGoalNb : benchmark.typicalGoalEn}</dd>
                </div>
                <div>
                  <dt className="text-slate-600 dark:text-slate-400">{t("benchmark.source")}</dt>
                  <dd className="text-slate-700 dark:text-slate-300">{benchmarkSourceText(benchmark.source, (k) => tSource(k)).full}</dd>
                </div>
              </dl>
            ) : (
              <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">{t("benchmark.none")}</p>
            )}
            <Link
              href={`/${slug}/benchmarks`}
              className="mt-4 inline-block text-sm text-brand-700 underline-offset-2 hover:underline dark:text-brand-300"
            >
              {t("benchmark.all")}
            </Link>
          </Card>
        </aside>
      </div>
    </>
  );
}

export default withMessages(
  [
    "channels.metrics",
    "chartNotes",
    "charts",
    "errors",
    "measurements.api",
    "measurements.errors",
    "measurements.quick",
    "measurements.unusual",
    "measurements.warnings",
    "money.budgetForm",
    "money.costForm",
    "money.errors",
    "money.resultsForm",
    "validation",
  ],
  ChannelPage,
);
