import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { SectionCard } from "@/components/ui/section-card";
import { PageHeader } from "@/components/ui/page-header";
import { pageTenant } from "@/lib/auth/page";
import { benchmarkComparison, metricsWithoutBenchmark } from "@/lib/data/benchmarks";
import { can } from "@/lib/domain/permissions";
import { todayIn } from "@/lib/format";
import { BenchmarkChartLoader } from "./_components/benchmark-chart-loader";
import { BenchmarkEditor } from "./_components/benchmark-editor";
import { BenchmarkTable } from "./_components/benchmark-table";
import { benchmarkViews } from "./_components/benchmark-view";
import { withMessages } from "@/lib/i18n/page-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("nav");
  return { title: t("benchmarks") };
}

async function BenchmarksPage({ params }: { params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  const { ctx, org } = await pageTenant(slug);
  const canEdit = can(ctx.role, "benchmark.write");
  const [rows, free, t, tSource, locale] = await Promise.all([
    benchmarkComparison(ctx, todayIn(org.timeZone)),
    canEdit ? metricsWithoutBenchmark(ctx) : Promise.resolve([]),
    getTranslations("benchmarks"),
    getTranslations("benchmarkSource"),
    getLocale(),
  ]);
  const views = benchmarkViews(
    rows,
    locale,
    (key, values) => t(key, values),
    (key) => tSource(key),
  );
  const nb = locale === "nb";
  // A team may give any other metric a benchmark of its own.
  const addRow = {
    metricId: "",
    channel: t("edit.add"),
    upliftPct: "",
    typicalGoalNb: "",
    typicalGoalEn: "",
    source: "",
    choices: free.map((m) => ({ metricId: m.metricId, label: nb ? `${m.channelNb} – ${m.metricNb}` : `${m.channelEn} – ${m.metricEn}` })),
  };
  return (
    <>
      <PageHeader title={t("title")} description={t("subtitle")} />
      <div className="space-y-6">
        <section aria-labelledby="benchmark-table-heading">
          {/* Not a Card: its padding would inset the table's rules. */}
          <div className="overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm dark:border-slate-800 dark:bg-slate-900">
            <div className="flex flex-wrap items-center justify-between gap-2 border-b border-slate-200 px-4 py-3 dark:border-slate-800">
              <h2 id="benchmark-table-heading" className="text-base font-semibold">
                {t("tableHeading")}
              </h2>
              {canEdit && addRow.choices.length ? <BenchmarkEditor org={slug} row={addRow} /> : null}
            </div>
            <BenchmarkTable org={slug} rows={views} canEdit={canEdit} />
          </div>
          <div className="mt-3 space-y-1.5 text-xs text-slate-600 dark:text-slate-400">
            <p>{t("howNote")}</p>
            {/* Where "Standard benchmark from Målbar" links to, from the goal chart and the channel pages. */}
            <p id="where-figures-come-from" className="scroll-mt-20">
              {t("sourceNote")}
            </p>
            {canEdit ? null : <p>{t("readOnly")}</p>}
          </div>
        </section>
        <SectionCard id="benchmark-chart-heading" title={t("chart.heading")} description={t("chart.body")}>
          <BenchmarkChartLoader
            data={{
              locale,
              channels: views.map((v) => v.label),
              series: {
                benchmark: rows.map((r) => r.upliftPct / 100),
                actual: rows.map((r) => r.actual6m),
                targets: rows.map((r) => r.targets6m),
              },
              names: { benchmark: t("chart.benchmark"), actual: t("chart.actual"), targets: t("chart.targets") },
              label: t("chart.label"),
            }}
          />
        </SectionCard>
      </div>
    </>
  );
}

export default withMessages(["benchmarks.edit", "benchmarks.errors", "benchmarks.reset", "errors", "validation"], BenchmarksPage);
