import { useLocale, useTranslations } from "next-intl";
import type { Unit } from "@/lib/domain/goal-types";
import type { MetricKind } from "@/lib/domain/series";
import { reasonValues, type Verdict } from "@/lib/domain/verdict";
import { formatDate, formatForecast, formatValue } from "@/lib/format";

type T = (key: string, values?: Record<string, string | number>) => string;

/** The verdict's reason as a sentence, numbers rounded for the unit. `t` is the "verdict" translator. */
export function verdictReasonText(t: T, locale: string, verdict: Verdict, unit: Unit, kind: MetricKind): string {
  const values = reasonValues(verdict.reason.values, {
    value: (v) => formatValue(locale, unit, v, kind),
    forecast: (v) => formatForecast(locale, unit, v, kind),
    date: (d) => formatDate(locale, d),
  });
  return t(verdict.reason.key, values);
}

/** The verdict's reason as a sentence, numbers rounded for the unit (lib/domain/verdict.ts). */
export function VerdictReason({ verdict, unit, kind, className }: { verdict: Verdict; unit: Unit; kind: MetricKind; className?: string }) {
  const t = useTranslations("verdict");
  const locale = useLocale();
  return <p className={className}>{verdictReasonText(t, locale, verdict, unit, kind)}</p>;
}
