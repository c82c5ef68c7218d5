import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { pageTenant } from "@/lib/auth/page";
import { benchmarkTable } from "@/lib/data/benchmarks";
import { formatShare } from "@/lib/format";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("nav");
  return { title: t("benchmarks") };
}

export default async function BenchmarksPage({ params }: { params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  const { ctx } = await pageTenant(slug);
  const [rows, t, locale] = await Promise.all([benchmarkTable(ctx), getTranslations("benchmarks"), getLocale()]);
  return (
    <>
      <PageHeader title={t("title")} description={t("subtitle")} />
      <Card className="overflow-x-auto p-0">
        <table className="w-full min-w-[36rem] text-left text-sm">
          <caption className="sr-only">{t("caption")}</caption>
          <thead className="border-b border-slate-200 bg-slate-50 text-xs uppercase tracking-wide text-slate-600 dark:border-slate-800 dark:bg-slate-900 dark:text-slate-400">
            <tr>
              <th scope="col" className="px-4 py-3 font-medium">{t("channel")}</th>
              <th scope="col" className="px-4 py-3 font-medium">{t("typicalGoal")}</th>
              <th scope="col" className="px-4 py-3 text-right font-medium">{t("uplift")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
            {rows.map((r) => (
              <tr key={r.channelId}>
                <th scope="row" className="px-4 py-3 font-medium">
                  {locale === "nb" ? r.channelNb : r.channelEn}
                  {r.overridden ? (
                    <span className="ml-2">
                      <Badge tone="brand">{t("own")}</Badge>
                    </span>
                  ) : null}
                </th>
                <td className="px-4 py-3 text-slate-700 dark:text-slate-300">{locale === "nb" ? r.typicalGoalNb : r.typicalGoalEn}</td>
                <td className="px-4 py-3 text-right tabular-nums font-medium">{formatShare(locale, r.upliftPct / 100)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Card>
      <p className="mt-4 text-xs text-slate-600 dark:text-slate-400">{t("sourceNote")}</p>
    </>
  );
}
