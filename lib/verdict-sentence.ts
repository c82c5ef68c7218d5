import { createTranslator } from "next-intl";
import type { Unit } from "@/lib/domain/goal-types";
import type { MeasurePeriod, MetricKind } from "@/lib/domain/series";
import { reasonValues, type ReasonValues } from "@/lib/domain/verdict";
import { formatDate, formatForecast, formatValue } from "@/lib/format";
import en from "@/messages/en.json";
import nb from "@/messages/nb.json";

export type StoredReason = { key: string; values: ReasonValues; period: MeasurePeriod; kind: MetricKind };

/**
 * A verdict's reason as a sentence outside React (the minutes' Markdown and
 * page, which read it from the meeting's snapshot): the `verdict.*` messages,
 * numbers rounded for the unit.
 */
export function verdictSentence(locale: string, unit: Unit, reason: StoredReason): string {
  const t = createTranslator({ locale, messages: locale === "en" ? en : nb, namespace: "verdict" });
  const values = reasonValues(reason.values, {
    value: (v) => formatValue(locale, unit, v, reason.kind),
    forecast: (v) => formatForecast(locale, unit, v, reason.kind),
    date: (d) => formatDate(locale, d),
  });
  return (t as unknown as (key: string, values: Record<string, string | number>) => string)(reason.key, values);
}
