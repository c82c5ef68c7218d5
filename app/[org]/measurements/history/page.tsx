import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { pageTenant } from "@/lib/auth/page";
import { channelCatalog } from "@/lib/data/benchmarks";
import { listMeasurements, measurementRecorders } from "@/lib/data/measurements";
import { SNAPSHOT_SOURCES } from "@/lib/domain/measurements";
import { can } from "@/lib/domain/permissions";
import { formatDate, formatValue } from "@/lib/format";
import { localized } from "@/lib/i18n/locales";
import { HistoryFilterForm } from "./history-filters";
import { historyHref, parseHistoryQuery, type HistorySearchParams } from "./query";
import { sourceLabel } from "./source-label";
import { withMessages } from "@/lib/i18n/page-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("measurements.history");
  return { title: t("title") };
}

/** Every recorded value, newest first, filtered and paged through the URL: a plain server-rendered table. */
async function MeasurementHistoryPage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string }>;
  searchParams: Promise<Partial<HistorySearchParams>>;
}) {
  const { org: slug } = await params;
  const { ctx, org } = await pageTenant(slug);
  const { filter, invalid } = parseHistoryQuery(await searchParams);
  const [list, people, catalog, t, locale] = await Promise.all([
    listMeasurements(ctx, filter),
    measurementRecorders(ctx),
    channelCatalog(ctx, undefined, { money: can(ctx.role, "money.view", org) }),
    getTranslations("measurements.history"),
    getLocale(),
  ]);
  const pages = Math.max(1, Math.ceil(list.total / list.pageSize));
  const filtered = Object.keys(filter).some((k) => k !== "page");
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("subtitle")}
        actions={
          <Link href={`/${slug}/measurements`} className={buttonClass("secondary")}>
            {t("back")}
          </Link>
        }
      />
      <div className="space-y-6">
        {invalid.length ? <Alert tone="error">{t("invalid", { fields: invalid.map((f) => t(`filters.${f}`)).join(", ") })}</Alert> : null}
        <HistoryFilterForm
          resetHref={historyHref(slug, {})}
          filter={filter}
          labels={{
            label: t("filters.label"),
            channel: t("filters.channel"),
            metric: t("filters.metric"),
            from: t("filters.from"),
            to: t("filters.to"),
            source: t("filters.source"),
            person: t("filters.person"),
            apply: t("filters.apply"),
            reset: t("filters.reset"),
          }}
          channels={[{ value: "", label: t("filters.allChannels") }, ...catalog.map((c) => ({ value: c.id, label: localized(c, locale) }))]}
          metrics={[
            { value: "", label: t("filters.allMetrics") },
            ...catalog
              .filter((c) => !filter.channelId || c.id === filter.channelId)
              .flatMap((c) =>
                c.metrics
                  .filter((m) => !m.derivation)
                  .map((m) => ({ value: m.id, label: `${localized(c, locale)} · ${localized(m, locale)}` })),
              ),
          ]}
          sources={[{ value: "", label: t("filters.allSources") }, ...SNAPSHOT_SOURCES.map((s) => ({ value: s, label: t(`source.${s}`) }))]}
          people={[{ value: "", label: t("filters.everyone") }, ...people.map((p) => ({ value: p.id, label: p.name }))]}
        />
        <section aria-labelledby="history-heading">
          <h2 id="history-heading" className="sr-only">
            {t("listHeading")}
          </h2>
          {list.rows.length ? (
            <Card>
              {/* A phone gets one block per value; wider screens the table. */}
              <ol className="divide-y divide-slate-200 sm:hidden dark:divide-slate-800">
                {list.rows.map((r) => {
                  const series = `${localized({ nameNb: r.channelNb, nameEn: r.channelEn }, locale)} · ${localized({ nameNb: r.metricNb, nameEn: r.metricEn }, locale)}`;
                  const date = formatDate(locale, r.date);
                  return (
                    <li key={r.id} className="space-y-1 px-4 py-3 text-sm">
                      <p className="flex justify-between gap-3">
                        <span className="font-medium">{series}</span>
                        <span className="tabular-nums">{formatValue(locale, r.unit, r.value, r.kind)}</span>
                      </p>
                      <p className="text-slate-600 dark:text-slate-400">
                        {date} · {sourceLabel(t, r.source, r.sourceDetail)} · {r.recordedByName ?? t("formerMember")} ·{" "}
                        {t("revisions", { count: r.revisions })}
                      </p>
                      <Link
                        href={`/${slug}/measurements/history/${r.id}`}
                        className="inline-block py-1 font-medium text-brand-700 underline-offset-2 hover:underline dark:text-brand-300"
                        aria-label={t("openLabel", { series, date })}
                      >
                        {t("open")}
                      </Link>
                    </li>
                  );
                })}
              </ol>
              <table className="hidden w-full text-left text-sm sm:table">
                <thead className="border-b border-slate-200 text-xs text-slate-600 dark:border-slate-800 dark:text-slate-400">
                  <tr>
                    <th scope="col" className="px-4 py-2 font-medium">
                      {t("columns.date")}
                    </th>
                    <th scope="col" className="px-4 py-2 font-medium">
                      {t("columns.series")}
                    </th>
                    <th scope="col" className="px-4 py-2 text-right font-medium">
                      {t("columns.value")}
                    </th>
                    <th scope="col" className="px-4 py-2 font-medium">
                      {t("columns.source")}
                    </th>
                    <th scope="col" className="px-4 py-2 font-medium">
                      {t("columns.recordedBy")}
                    </th>
                    <th scope="col" className="px-4 py-2 font-medium">
                      {t("columns.changes")}
                    </th>
                    <th scope="col" className="px-4 py-2 font-medium">
                      <span className="sr-only">{t("columns.open")}</span>
                    </th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
                  {list.rows.map((r) => {
                    const series = `${localized({ nameNb: r.channelNb, nameEn: r.channelEn }, locale)} · ${localized({ nameNb: r.metricNb, nameEn: r.metricEn }, locale)}`;
                    const date = formatDate(locale, r.date);
                    return (
                      <tr key={r.id}>
                        <td className="whitespace-nowrap px-4 py-2">{date}</td>
                        <td className="px-4 py-2">{series}</td>
                        <td className="whitespace-nowrap px-4 py-2 text-right tabular-nums">
                          {formatValue(locale, r.unit, r.value, r.kind)}
                        </td>
                        <td className="px-4 py-2">{sourceLabel(t, r.source, r.sourceDetail)}</td>
                        <td className="px-4 py-2">{r.recordedByName ?? t("formerMember")}</td>
                        <td className="whitespace-nowrap px-4 py-2">{t("revisions", { count: r.revisions })}</td>
                        <td className="whitespace-nowrap px-4 py-2">
                          <Link
                            href={`/${slug}/measurements/history/${r.id}`}
                            className="font-medium text-brand-700 underline-offset-2 hover:underline dark:text-brand-300"
                            aria-label={t("openLabel", { series, date })}
                          >
                            {t("open")}
                          </Link>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </Card>
          ) : (
            <EmptyState title={t("emptyTitle")} body={filtered ? t("emptyFiltered") : t("emptyBody")} />
          )}
        </section>
        {pages > 1 ? (
          <nav aria-label={t("pagination")} className="flex flex-wrap items-center gap-2">
            {list.page > 1 ? (
              <Link href={historyHref(slug, filter, list.page - 1)} className={buttonClass("secondary")} rel="prev">
                {t("newer")}
              </Link>
            ) : null}
            <span className="text-sm text-slate-600 dark:text-slate-400">{t("pageOf", { page: list.page, pages })}</span>
            {list.page < pages ? (
              <Link href={historyHref(slug, filter, list.page + 1)} className={buttonClass("secondary")} rel="next">
                {t("older")}
              </Link>
            ) : null}
          </nav>
        ) : null}
      </div>
    </>
  );
}

export default withMessages([], MeasurementHistoryPage);
