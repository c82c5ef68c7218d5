"use client";

import { useLocale, useTranslations } from "next-intl";
import type { ImportPreview } from "@/lib/data/csv";
import { formatDate } from "@/lib/format";
import { intlLocale, localized } from "@/lib/i18n/locales";
import { PreviewFindings } from "./preview-findings";
import { useUsualSentence } from "./unusual-question";

const TH = "px-2 py-1.5 text-left font-medium";
const TD = "px-2 py-1.5 align-top";

/** The problems the preview found, by line, with the message each one needs. */
export function CsvProblems({ preview }: { preview: ImportPreview }) {
  const t = useTranslations("measurements.import");
  const tAll = useTranslations();
  const tr = tAll as unknown as (key: string, values?: Record<string, string | number>) => string;
  if (!preview.problems.length) return null;
  return (
    <div className="space-y-2">
      <div className="overflow-x-auto rounded-lg border border-red-200 dark:border-red-900">
        <table className="w-full text-sm">
          <caption className="px-2 py-2 text-left font-medium text-red-800 dark:text-red-300">{t("problemsTitle")}</caption>
          <thead className="bg-red-50 dark:bg-red-950">
            <tr>
              <th scope="col" className={TH}>
                {t("columns.line")}
              </th>
              <th scope="col" className={TH}>
                {t("columns.field")}
              </th>
              <th scope="col" className={TH}>
                {t("columns.problem")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
            {preview.problems.map((p) => (
              <tr key={`${p.line}-${p.field}-${p.messageKey}`}>
                <td className={`${TD} tabular-nums`}>{p.line}</td>
                <td className={TD}>{t(`fields.${p.field}`)}</td>
                <td className={TD}>{tr(p.messageKey, p.values)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {preview.problemCount > preview.problems.length ? (
        <p className="text-xs text-slate-600 dark:text-slate-400">
          {t("problemsMore", { shown: preview.problems.length, total: preview.problemCount })}
        </p>
      ) : null}
    </div>
  );
}

/** The first rows as they will be stored: names, dates and numbers in the reader's language. */
export function CsvSample({ preview }: { preview: ImportPreview }) {
  const t = useTranslations("measurements.import");
  const locale = useLocale();
  if (!preview.sample.length) return null;
  const name = (x: { nameNb: string; nameEn: string }) => localized(x, locale);
  // Every decimal the file had, so the reader can check it was read right (formatValue rounds for display).
  const exact = new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 10 });
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 dark:border-slate-800">
      <table className="w-full text-sm">
        <caption className="px-2 py-2 text-left font-medium">{t("sampleTitle")}</caption>
        <thead className="bg-slate-50 dark:bg-slate-800/50">
          <tr>
            <th scope="col" className={TH}>
              {t("columns.line")}
            </th>
            <th scope="col" className={TH}>
              {t("columns.date")}
            </th>
            <th scope="col" className={TH}>
              {t("columns.channel")}
            </th>
            <th scope="col" className={TH}>
              {t("columns.metric")}
            </th>
            <th scope="col" className={`${TH} text-right`}>
              {t("columns.value")}
            </th>
            <th scope="col" className={TH}>
              {t("columns.note")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
          {preview.sample.map((row) => (
            <tr key={row.line}>
              <td className={`${TD} tabular-nums text-slate-600 dark:text-slate-400`}>{row.line}</td>
              <td className={`${TD} whitespace-nowrap`}>{formatDate(locale, row.date)}</td>
              <td className={TD}>{name(row.channel)}</td>
              <td className={TD}>{name(row.metric)}</td>
              <td className={`${TD} text-right tabular-nums`}>{exact.format(row.value)}</td>
              <td className={`${TD} text-slate-600 dark:text-slate-400`}>{row.note}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * What the import would change, value by value ("1. sep. 2025: 1 200 → 1 250"),
 * and the values far outside their series' recent range, which are imported
 * all the same: the first of each, and how many more.
 */
export function CsvChanges({ preview }: { preview: ImportPreview }) {
  const t = useTranslations("measurements.import");
  const locale = useLocale();
  const usual = useUsualSentence();
  const name = (x: { nameNb: string; nameEn: string }) => localized(x, locale);
  const exact = new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 10 });
  const more = (total: number, shown: number) => (total > shown ? t("more", { count: total - shown }) : null);
  return (
    <>
      <PreviewFindings
        title={t("changesTitle")}
        tone="plain"
        items={preview.changes.map((c) => ({
          key: String(c.line),
          text: t("change", {
            date: formatDate(locale, c.date),
            before: exact.format(c.before),
            after: exact.format(c.after),
            metric: name(c.metric),
            channel: name(c.channel),
          }),
        }))}
        more={more(preview.changeCount, preview.changes.length)}
      />
      <PreviewFindings
        title={t("warningsTitle")}
        tone="warning"
        items={preview.warnings.map((w) => ({
          key: String(w.line),
          text: t("warning", {
            line: w.line,
            date: formatDate(locale, w.date),
            value: exact.format(w.value),
            metric: name(w.metric),
            channel: name(w.channel),
            usual: usual(w.metric.unit, w),
          }),
        }))}
        more={more(preview.warningCount, preview.warnings.length)}
      />
    </>
  );
}
