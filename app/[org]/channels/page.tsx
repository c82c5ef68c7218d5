import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { CostChart } from "@/components/money/cost-chart";
import { CostMonthsTable } from "@/components/money/cost-months-table";
import { EconomicsTable } from "@/components/money/economics-table";
import { figureText } from "@/components/money/figure-text";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { SectionCard } from "@/components/ui/section-card";
import { buttonClass } from "@/components/ui/button";
import { pageTenant } from "@/lib/auth/page";
import { channelEconomics } from "@/lib/data/money";
import { listOwnChannels } from "@/lib/data/benchmarks";
import { OwnChannelsSection } from "./_components/own-channels-section";
import { MONEY_WINDOWS, type MoneyWindow } from "@/lib/domain/money";
import { can } from "@/lib/domain/permissions";
import { formatMonth, todayIn } from "@/lib/format";
import { withMessages } from "@/lib/i18n/page-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("economics");
  return { title: t("title") };
}

/**
 * The channels side by side: what each brought in results and, for people who
 * see money, what it cost, which one gives most per 1 000 kr, and how its cost
 * per result moved month by month.
 */
async function ChannelsPage({ params, searchParams }: { params: Promise<{ org: string }>; searchParams: Promise<{ period?: string }> }) {
  const [{ org: slug }, { period }] = await Promise.all([params, searchParams]);
  const { ctx, org } = await pageTenant(slug);
  const today = todayIn(org.timeZone);
  const window: MoneyWindow = (MONEY_WINDOWS as readonly string[]).includes(period ?? "") ? (period as MoneyWindow) : "lastMonth";
  const [economics, own, t, locale] = await Promise.all([
    channelEconomics(ctx, today),
    listOwnChannels(ctx),
    getTranslations("economics"),
    getLocale(),
  ]);
  const ownChannels = <OwnChannelsSection slug={slug} channels={own} canManage={can(ctx.role, "channel.manage")} />;
  const showMoney = can(ctx.role, "money.view", org);
  const range = economics.windows[window];
  const name = (c: { nameNb: string; nameEn: string }) => (locale === "en" ? c.nameEn : c.nameNb);
  // Whole months only: this month so far is not a month's cost per result yet.
  const charted = economics.channels.map((c) => ({
    ...c,
    points: c.months.flatMap((m) =>
      !m.partial && m.costPerResult.state === "value" ? [{ date: m.start, value: m.costPerResult.value }] : [],
    ),
  }));
  const withoutPoints = charted.filter((c) => c.points.length === 0);
  return (
    <>
      <PageHeader title={showMoney ? t("title") : t("titleNoMoney")} description={showMoney ? t("subtitle") : t("subtitleNoMoney")} />
      {economics.channels.length === 0 ? (
        <div className="space-y-6">
          <EmptyState
            icon="measurements"
            title={t("empty.title")}
            body={showMoney ? t("empty.body") : t("empty.bodyNoMoney")}
            action={
              <div className="space-y-3 text-left text-sm text-slate-700 dark:text-slate-300">
                {showMoney ? (
                  <ul className="list-disc space-y-1 pl-5">
                    <li>{t("empty.meta")}</li>
                    <li>{t("empty.google")}</li>
                    <li>{t("empty.other")}</li>
                  </ul>
                ) : null}
                <Link href={`/${slug}/measurements#import-heading`} className={buttonClass()}>
                  {t("empty.import")}
                </Link>
              </div>
            }
          />
          {ownChannels}
        </div>
      ) : (
        <div className="space-y-6">
          <section aria-labelledby="economics-heading">
            <div className="overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm dark:border-slate-800 dark:bg-slate-900">
              <div className="flex flex-wrap items-center justify-between gap-3 border-b border-slate-200 px-4 py-3 dark:border-slate-800">
                <h2 id="economics-heading" className="text-base font-semibold">
                  {t("tableHeading", {
                    months:
                      range.from.slice(0, 7) === range.to.slice(0, 7)
                        ? formatMonth(locale, range.from)
                        : `${formatMonth(locale, range.from)} – ${formatMonth(locale, range.to)}`,
                  })}
                </h2>
                <nav aria-label={t("windowsLabel")} className="flex flex-wrap gap-1">
                  {MONEY_WINDOWS.map((w) => (
                    <Link
                      key={w}
                      href={`/${slug}/channels?period=${w}`}
                      aria-current={w === window ? "page" : undefined}
                      className={cn(
                        "rounded-lg px-2.5 py-1 text-sm",
                        w === window
                          ? "bg-brand-50 font-medium text-brand-800 dark:bg-brand-900/60 dark:text-brand-100"
                          : "text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800",
                      )}
                    >
                      {t(`windows.${w}`)}
                    </Link>
                  ))}
                </nav>
              </div>
              <EconomicsTable channels={economics.channels} window={window} showMoney={showMoney} locale={locale} slug={slug} />
            </div>
            <p className="mt-3 text-xs text-slate-600 dark:text-slate-400">{showMoney ? t("howNote") : t("howNoteNoMoney")}</p>
          </section>
          {showMoney ? (
            <SectionCard id="cost-chart-heading" title={t("chart.heading")} description={t("chart.body")}>
              <CostChart
                from={economics.channels[0]?.months[0]?.start ?? economics.windows.sixMonths.from}
                to={today}
                channels={charted
                  .filter((c) => c.points.length > 0)
                  .map((c) => ({
                    key: c.key,
                    name: name(c),
                    points: c.points,
                    summary: t("chart.summary", {
                      channel: name(c),
                      last: figureText(locale, c.windows.lastMonth.costPerResult, "nok", t),
                    }),
                  }))}
              />
              {withoutPoints.length ? (
                <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">
                  {t("chart.noPoints", { channels: withoutPoints.map(name).join(", ") })}
                </p>
              ) : null}
              <details className="mt-4">
                <summary className="cursor-pointer text-sm font-medium text-brand-700 dark:text-brand-300">{t("chart.asTable")}</summary>
                <div className="mt-2">
                  <CostMonthsTable channels={economics.channels} locale={locale} />
                </div>
              </details>
            </SectionCard>
          ) : null}
          {ownChannels}
        </div>
      )}
    </>
  );
}

export default withMessages(["errors", "ownChannels", "validation"], ChannelsPage);
