import { useLocale, useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";
import { ProgressBar } from "@/components/ui/progress-bar";
import type { MetricKind } from "@/lib/domain/series";
import { formatShare, formatValue, type ValueUnit } from "@/lib/format";

type T = (key: string, values?: Record<string, string | number>) => string;

export type ProgressFigures = {
  progress: number;
  expected: number | null;
  unit: ValueUnit;
  latest: number | null;
  target: number | null;
  suffix?: string;
  /** The metric's kind: a kroner rate (cost per click) keeps its øre. */
  kind?: MetricKind;
};

/** The line under a progress bar: how far, now, target, where it should be today, and the period. `t` is "goals.card". */
export function progressText(t: T, locale: string, { progress, expected, unit, latest, target, suffix, kind }: ProgressFigures): string {
  return [
    t("progress", {
      progress: formatShare(locale, progress),
      latest: formatValue(locale, unit, latest ?? 0, kind),
      target: formatValue(locale, unit, target ?? 0, kind),
    }),
    expected != null ? t("expected", { expected: formatShare(locale, expected) }) : null,
    suffix,
  ]
    .filter(Boolean)
    .join(" · ");
}

/** A goal's progress bar with the numbers in words: how far, now, target, and where it should be today. */
export function GoalProgress({ title, className, ...figures }: ProgressFigures & { title: string; className?: string }) {
  const t = useTranslations("goals.card");
  const locale = useLocale();
  return (
    <div className={cn("space-y-1.5", className)}>
      <ProgressBar progress={figures.progress} expected={figures.expected} label={t("progressLabel", { goal: title })} />
      <p className="soft text-xs">{progressText(t, locale, figures)}</p>
    </div>
  );
}
