import type { BenchmarkComparison } from "@/lib/data/benchmarks";
import { formatShare, numberFormat } from "@/lib/format";
import type { EditableBenchmark } from "./benchmark-editor";
import { benchmarkSourceText } from "@/lib/i18n/benchmark-source";
import { intlLocale } from "@/lib/i18n/locales";

/** One metric's row as the page shows it: every text already in the reader's language. */
export type BenchmarkView = {
  metricId: string;
  channel: string;
  metric: string;
  /** "Instagram – Følgere": the row's name for buttons and messages. */
  label: string;
  typicalGoal: string;
  benchmark: string;
  overridden: boolean;
  /** The team's own row can go: back to the default, or (with none) no benchmark for the metric. */
  canReset: boolean;
  hasDefault: boolean;
  actual: string | null;
  actualNote: string;
  targets: string | null;
  targetsNote: string;
  sourceShort: string;
  sourceFull: string;
  editable: EditableBenchmark;
};

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** The uplift as a person types it: a decimal comma in bokmål, no grouping. */
function editableNumber(locale: string, value: number): string {
  return numberFormat(intlLocale(locale), { maximumFractionDigits: 2, useGrouping: false }).format(value);
}

export function benchmarkViews(
  rows: BenchmarkComparison[],
  locale: string,
  t: Translate,
  tSource: Parameters<typeof benchmarkSourceText>[1],
): BenchmarkView[] {
  const nb = locale === "nb";
  return rows.map((r) => {
    const channel = nb ? r.channelNb : r.channelEn;
    const source = benchmarkSourceText(r.source, tSource);
    const metric = nb ? r.metricNb : r.metricEn;
    const label = `${channel} – ${metric}`;
    return {
      metricId: r.metricId,
      channel,
      metric,
      label,
      typicalGoal: nb ? r.typicalGoalNb : r.typicalGoalEn,
      benchmark: formatShare(locale, r.upliftPct / 100),
      overridden: r.overridden,
      canReset: r.overridden,
      hasDefault: r.hasDefault,
      actual: r.actual6m === null ? null : formatShare(locale, r.actual6m),
      actualNote: r.actualReason ? t(`actualMissing.${r.actualReason}`) : t("mainMetric", { metric }),
      targets: r.targets6m === null ? null : formatShare(locale, r.targets6m),
      targetsNote:
        r.activeGoals === 0
          ? t("noActiveGoals")
          : r.targets6m === null
            ? t("goalsWithoutNumbers", { count: r.activeGoals })
            : t("activeGoals", { count: r.activeGoals }),
      sourceShort: source.short,
      sourceFull: source.full,
      editable: {
        metricId: r.metricId,
        channel: label,
        upliftPct: editableNumber(locale, r.upliftPct),
        typicalGoalNb: r.typicalGoalNb,
        typicalGoalEn: r.typicalGoalEn,
        source: r.source,
      },
    };
  });
}
