import { useLocale, useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";
import { ProgressBar } from "@/components/ui/progress-bar";
import type { MetricKind } from "@/lib/domain/series";
import { formatShare, formatValue, type ValueUnit } from "@/lib/format";

/** A goal's progress bar with the numbers in words: how far, now, target, and where it should be today. */
export function GoalProgress({
  title,
  progress,
  expected,
  unit,
  latest,
  target,
  suffix,
  kind,
  className,
}: {
  title: string;
  progress: number;
  expected: number | null;
  unit: ValueUnit;
  latest: number | null;
  target: number | null;
  suffix?: string;
  /** The metric's kind: a kroner rate (cost per click) keeps its øre. */
  kind?: MetricKind;
  className?: string;
}) {
  const t = useTranslations("goals.card");
  const locale = useLocale();
  return (
    <div className={cn("space-y-1.5", className)}>
      <ProgressBar progress={progress} expected={expected} label={t("progressLabel", { goal: title })} />
      <p className="soft text-xs">
        {[
          t("progress", {
            progress: formatShare(locale, progress),
            latest: formatValue(locale, unit, latest ?? 0, kind),
            target: formatValue(locale, unit, target ?? 0, kind),
          }),
          expected != null ? t("expected", { expected: formatShare(locale, expected) }) : null,
          suffix,
        ]
          .filter(Boolean)
          .join(" · ")}
      </p>
    </div>
  );
}
