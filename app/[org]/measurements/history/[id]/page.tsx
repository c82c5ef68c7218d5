import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { pageTenant } from "@/lib/auth/page";
import { measurementWithHistory } from "@/lib/data/measurements";
import { can } from "@/lib/domain/permissions";
import { formatDate, formatDateTime, formatValue } from "@/lib/format";
import { localized } from "@/lib/i18n/locales";
import { correctMeasurementAction, deleteMeasurementAction } from "../actions";
import { sourceLabel } from "../source-label";
import { CorrectionForm } from "./correction-form";
import { withMessages } from "@/lib/i18n/page-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("measurements.history");
  return { title: t("title") };
}

/** A number as the person types it: a decimal comma in bokmål, no grouping. */
const asTyped = (locale: string, value: number) => (locale === "nb" ? String(value).replace(".", ",") : String(value));

/** One recorded value: what it is now, every earlier value of its date, and (for who may) the correction form. */
async function MeasurementPage({ params }: { params: Promise<{ org: string; id: string }> }) {
  const { org: slug, id: raw } = await params;
  const { ctx, org } = await pageTenant(slug);
  // A made-up id or another organization's is the same 404 as a missing one.
  const id = /^[1-9]\d{0,15}$/.test(raw) ? Number(raw) : null;
  const row = id === null ? null : await measurementWithHistory(ctx, id);
  if (!row) notFound();
  const [t, locale] = await Promise.all([getTranslations("measurements.history"), getLocale()]);
  const series = `${localized({ nameNb: row.channelNb, nameEn: row.channelEn }, locale)} · ${localized({ nameNb: row.metricNb, nameEn: row.metricEn }, locale)}`;
  const date = formatDate(locale, row.date);
  const shown = (v: number) => formatValue(locale, row.unit, v, row.kind);
  const when = (d: Date) => formatDateTime(locale, d, org.timeZone);
  const mayChange = can(ctx.role, "measurement.correctAny") || row.recordedBy === ctx.userId;
  const listHref = `/${slug}/measurements/history`;
  return (
    <>
      <PageHeader
        title={t("detail.title", { series, date })}
        actions={
          <Link href={listHref} className={buttonClass("secondary")}>
            {t("title")}
          </Link>
        }
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card className="space-y-4">
          <h2 className="text-lg font-semibold">{t("detail.current")}</h2>
          <p className="text-3xl font-semibold tabular-nums">{shown(row.value)}</p>
          <p className="text-sm text-slate-700 dark:text-slate-300">
            {sourceLabel(t, row.source, row.sourceDetail)} ·{" "}
            {t("detail.recordedBy", { person: row.recordedByName ?? t("formerMember"), when: when(row.recordedAt) })}
          </p>
          {row.note ? (
            <p className="text-sm">
              <span className="font-medium">{t("detail.note")}:</span> {row.note}
            </p>
          ) : null}
          {mayChange ? (
            <section aria-labelledby="correct-heading" className="space-y-3 border-t border-slate-200 pt-4 dark:border-slate-800">
              <h3 id="correct-heading" className="font-semibold">
                {t("detail.correct")}
              </h3>
              <CorrectionForm
                org={slug}
                id={row.id}
                value={asTyped(locale, row.value)}
                note={row.note ?? ""}
                listHref={listHref}
                deleteBody={t("detail.deleteBody", { value: shown(row.value), date })}
                correctMeasurement={correctMeasurementAction}
                deleteMeasurement={deleteMeasurementAction}
              />
            </section>
          ) : (
            <p className="text-sm text-slate-600 dark:text-slate-400">{t("detail.readOnly")}</p>
          )}
        </Card>
        <Card className="space-y-4">
          <h2 id="earlier-heading" className="text-lg font-semibold">
            {t("detail.earlier")}
          </h2>
          {row.earlier.length ? (
            <ol aria-labelledby="earlier-heading" className="divide-y divide-slate-200 dark:divide-slate-800">
              {row.earlier.map((e) => (
                <li key={e.id} className="space-y-1 py-3">
                  <p className="text-lg font-semibold tabular-nums">{shown(e.value)}</p>
                  <p className="text-sm text-slate-700 dark:text-slate-300">
                    {sourceLabel(t, e.source, e.sourceDetail)} ·{" "}
                    {t("detail.earlierRecorded", { person: e.recordedByName ?? t("formerMember"), when: when(e.recordedAt) })}
                  </p>
                  {e.note ? <p className="text-sm">{e.note}</p> : null}
                  <p className="text-xs text-slate-600 dark:text-slate-400">
                    {t(`detail.change.${e.change}`, { person: e.replacedByName ?? t("formerMember"), when: when(e.replacedAt) })}
                  </p>
                </li>
              ))}
            </ol>
          ) : (
            <p className="text-sm text-slate-600 dark:text-slate-400">{t("detail.noEarlier")}</p>
          )}
        </Card>
      </div>
    </>
  );
}

export default withMessages(["errors", "measurements", "validation"], MeasurementPage);
