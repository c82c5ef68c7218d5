"use client";

import { useLocale, useTranslations } from "next-intl";
import { useId } from "react";
import type { FilePreview, ImportPlan } from "@/lib/data/imports";
import { formatDate } from "@/lib/format";
import { intlLocale } from "@/lib/i18n/locales";
import { PreviewFindings } from "./preview-findings";
import { useUsualSentence } from "./unusual-question";

type Translate = (key: string, values?: Record<string, string | number>) => string;
const nameIn = (locale: string, x: { nameNb: string; nameEn: string }) => (locale === "nb" ? x.nameNb : x.nameEn);
const metricLabel = (metric: string) => (metric.startsWith("custom:") ? metric.slice("custom:".length) : metric);
/** A proposed channel by its catalogue name when it is a catalogue key ("website" → "Nettside"), else as the file says it. */
const channelLabel = (preview: FilePreview, locale: string, proposed: string) => {
  const found = preview.catalog.find((c) => c.key === proposed);
  return found ? nameIn(locale, found) : proposed;
};

/** A metric by the organization's name for it when it exists, else as the file says it. */
const metricName = (preview: FilePreview, locale: string, channel: string, metric: string) => {
  const id = preview.metrics.find((m) => m.channel === channel && m.metric === metric)?.metricId;
  const found = id ? preview.catalog.flatMap((c) => c.metrics).find((m) => m.id === id) : undefined;
  return found ? nameIn(locale, found) : metricLabel(metric);
};

/** "Google Analytics 4 — 92 rows, 1 Sep 2026–30 Nov 2026": the source, how much, and which days. */
export function FoundSentence({ preview, locale }: { preview: FilePreview; locale: string }) {
  const t = useTranslations("import");
  // client messages: import
  const tr = useTranslations() as unknown as Translate;
  const { summary } = preview;
  // A preset's name is said once, by FileImport's "Using the saved layout …" under this sentence.
  const source = t(`sources.${preview.source}`);
  const items = tr(summary.itemKey, { count: summary.items });
  const period =
    summary.from && summary.to ? t("period", { from: formatDate(locale, summary.from), to: formatDate(locale, summary.to) }) : "";
  return (
    <p className="font-medium" role="status">
      {period ? t("found", { source, items, period }) : t("foundNoPeriod", { source, items })}
    </p>
  );
}

/** A select per proposed channel, and for each metric the organization lacks, a choice to create it with its kind. */
export function ImportTargets({ preview, plan, onPlan }: { preview: FilePreview; plan: ImportPlan; onPlan: (plan: ImportPlan) => void }) {
  const t = useTranslations("import");
  const locale = useLocale();
  const id = useId();
  const byId = new Map(preview.catalog.map((c) => [c.id, c]));
  return (
    <fieldset className="space-y-3">
      <legend className="text-sm font-semibold">{t("channelsTitle")}</legend>
      <p className="text-sm text-slate-600 dark:text-slate-400">{t("channelsHint")}</p>
      {preview.channels.map((c, i) => (
        <div key={c.proposed} className="space-y-1.5">
          <label htmlFor={`${id}-c${i}`} className="block text-sm font-medium">
            {t("channelFor", { proposed: channelLabel(preview, locale, c.proposed) })}
          </label>
          <select
            id={`${id}-c${i}`}
            className="control block w-full"
            value={plan.channels[c.proposed] ?? ""}
            onChange={(e) => onPlan({ ...plan, channels: { ...plan.channels, [c.proposed]: e.target.value } })}
          >
            <option value="">{t("pickChannel")}</option>
            {preview.catalog.map((o) => (
              <option key={o.id} value={o.id}>
                {nameIn(locale, o)}
              </option>
            ))}
          </select>
        </div>
      ))}
      {preview.metrics
        .filter((m) => !m.metricId)
        .map((m, i) => {
          const key = `${m.channel}|${m.metric}`;
          const chosen = plan.channels[m.channel] ? byId.get(plan.channels[m.channel]!) : undefined;
          return (
            <div key={key} className="space-y-1.5">
              <label htmlFor={`${id}-m${i}`} className="block text-sm font-medium">
                {t("newMetric", { metric: metricLabel(m.metric), channel: chosen ? nameIn(locale, chosen) : m.channel })}
              </label>
              <select
                id={`${id}-m${i}`}
                className="control block w-full"
                value={plan.newMetrics?.[key] ?? ""}
                onChange={(e) => {
                  const rest = Object.fromEntries(Object.entries(plan.newMetrics ?? {}).filter(([k]) => k !== key));
                  onPlan({ ...plan, newMetrics: e.target.value ? { ...rest, [key]: e.target.value as "level" } : rest });
                }}
              >
                <option value="">{t("kinds.none")}</option>
                <option value="total">{t("kinds.total")}</option>
                <option value="level">{t("kinds.level")}</option>
                <option value="rate">{t("kinds.rate")}</option>
              </select>
            </div>
          );
        })}
    </fieldset>
  );
}

/** The series the import would write, per week, with the total of a total metric: read before anything is saved. */
export function ImportSeries({ preview }: { preview: FilePreview }) {
  const t = useTranslations("import");
  const locale = useLocale();
  const number = new Intl.NumberFormat(locale === "nb" ? "nb-NO" : "en-GB", { maximumFractionDigits: 2 });
  return (
    <div className="space-y-4">
      <h3 className="text-sm font-semibold">{t("seriesTitle")}</h3>
      {preview.series.map((s) => (
        <div key={`${s.channel}|${s.metric}`} className="overflow-x-auto">
          <table className="min-w-full text-sm">
            <caption className="text-left font-medium">
              {t("seriesCaption", {
                channel: channelLabel(preview, locale, s.channel),
                metric: metricName(preview, locale, s.channel, s.metric),
                points: s.points,
              })}
            </caption>
            <thead>
              <tr>
                <th scope="col" className="pr-4 text-left font-medium">
                  {t("weekOf")}
                </th>
                <th scope="col" className="text-right font-medium">
                  {t("value")}
                </th>
              </tr>
            </thead>
            <tbody className="tabular-nums">
              {s.weeks.map((w) => (
                <tr key={w.week}>
                  <td className="pr-4">{formatDate(locale, w.week)}</td>
                  <td className="text-right">{number.format(w.value)}</td>
                </tr>
              ))}
            </tbody>
            {s.total !== null ? (
              <tfoot>
                <tr className="font-semibold">
                  <th scope="row" className="pr-4 text-left">
                    {t("total")}
                  </th>
                  <td className="text-right tabular-nums">{number.format(s.total)}</td>
                </tr>
              </tfoot>
            ) : null}
          </table>
        </div>
      ))}
    </div>
  );
}

/**
 * The values the import would change ("2. nov. 2026: 510 → 515") and those far
 * outside their series' recent range, imported all the same: the first of
 * each, and how many more.
 */
export function ImportChanges({ preview }: { preview: FilePreview }) {
  const t = useTranslations("import");
  const locale = useLocale();
  const usual = useUsualSentence();
  const number = new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 10 });
  const names = (p: { channel: string; metric: string }) => ({
    channel: channelLabel(preview, locale, p.channel),
    metric: metricName(preview, locale, p.channel, p.metric),
  });
  const key = (p: { channel: string; metric: string; date: string }) => `${p.channel}|${p.metric}|${p.date}`;
  const more = (total: number, shown: number) => (total > shown ? t("more", { count: total - shown }) : null);
  return (
    <>
      <PreviewFindings
        title={t("changesTitle")}
        tone="plain"
        items={preview.changes.map((c) => ({
          key: key(c),
          text: t("change", {
            date: formatDate(locale, c.date),
            before: number.format(c.before),
            after: number.format(c.after),
            ...names(c),
          }),
        }))}
        more={more(preview.existing.corrected, preview.changes.length)}
      />
      <PreviewFindings
        title={t("warningsTitle")}
        tone="warning"
        items={preview.warnings.map((w) => ({
          key: key(w),
          text: t("warning", { date: formatDate(locale, w.date), value: number.format(w.value), usual: usual(w.unit, w), ...names(w) }),
        }))}
        more={more(preview.warningCount, preview.warnings.length)}
      />
    </>
  );
}
