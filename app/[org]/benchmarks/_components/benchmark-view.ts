import type { BenchmarkComparison } from "@/lib/data/benchmarks";
import { BENCHMARK_SOURCE, BENCHMARK_SOURCE_INFERRED } from "@/lib/domain/catalog";
import { formatShare } from "@/lib/format";
import type { EditableBenchmark } from "./benchmark-editor";
import { intlLocale, localized } from "@/lib/i18n/locales";

/** One channel's row as the page shows it: every text already in the reader's language. */
export type BenchmarkView = {
  channelId: string;
  channel: string;
  typicalGoal: string;
  benchmark: string;
  overridden: boolean;
  /** Only an override of a default can go back to it. */
  canReset: boolean;
  actual: string | null;
  actualNote: string;
  targets: string | null;
  targetsNote: string;
  sourceShort: string;
  sourceFull: string;
  editable: EditableBenchmark;
};

type Translate = (key: string, values?: Record<string, string | number>) => string;

const SHORT_SOURCE = 40;

/** The article's own source text is stored in Norwegian; it is shown in the reader's language. An organization's own source as written. */
function sourceTexts(source: string, t: Translate): { short: string; full: string } {
  if (source === BENCHMARK_SOURCE) return { short: t("articleShort"), full: t("articleSource") };
  if (source === BENCHMARK_SOURCE_INFERRED) return { short: t("articleShortInferred"), full: t("articleSourceInferred") };
  const short = source.length > SHORT_SOURCE ? `${source.slice(0, SHORT_SOURCE - 1).trimEnd()}…` : source;
  return { short, full: source };
}

/** The uplift as a person types it: a decimal comma in bokmål, no grouping. */
function editableNumber(locale: string, value: number): string {
  return new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 2, useGrouping: false }).format(value);
}

export function benchmarkViews(rows: BenchmarkComparison[], locale: string, t: Translate): BenchmarkView[] {
  const nb = locale === "nb";
  return rows.map((r) => {
    const channel = nb ? r.channelNb : r.channelEn;
    const source = sourceTexts(r.source, t);
    const metric = r.mainMetric ? localized(r.mainMetric, locale) : null;
    return {
      channelId: r.channelId,
      channel,
      typicalGoal: nb ? r.typicalGoalNb : r.typicalGoalEn,
      benchmark: formatShare(locale, r.upliftPct / 100),
      overridden: r.overridden,
      canReset: r.overridden && r.hasDefault,
      actual: r.actual6m === null ? null : formatShare(locale, r.actual6m),
      actualNote: r.actualReason ? t(`actualMissing.${r.actualReason}`) : t("mainMetric", { metric: metric ?? "" }),
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
        channelId: r.channelId,
        channel,
        upliftPct: editableNumber(locale, r.upliftPct),
        typicalGoalNb: r.typicalGoalNb,
        typicalGoalEn: r.typicalGoalEn,
        source: r.source,
      },
    };
  });
}
