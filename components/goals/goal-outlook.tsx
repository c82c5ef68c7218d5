import { useLocale, useTranslations } from "next-intl";
import type { GoalInsight, GoalRow } from "@/lib/data/goals";
import { formatChange, formatDate, formatForecast } from "@/lib/format";

type T = (key: string, values?: Record<string, string | number>) => string;

/**
 * The outlook's facts as [term, value] pairs; `t` is the "dashboard" translator.
 * The forecast at the deadline with its 80 % range ("likely 1 290–1 400", or
 * "too few measurements to forecast"), the trend per period and what the goal
 * still needs per period: the same period, so the two compare.
 */
export function outlookFacts(t: T, locale: string, goal: GoalRow, insight: GoalInsight | undefined): [string, string][] {
  const forecast = insight?.forecast ?? null;
  const needed = insight?.neededPerPeriod ?? null;
  const signed = (v: number) => formatChange(locale, goal.unit, v, goal.metricKind);
  const facts: [string, string][] = [];
  if (goal.deadline && goal.status === "active") {
    facts.push([t("forecast"), forecast ? forecastWords(t, locale, goal, forecast) : t("noForecast")]);
  }
  if (forecast) facts.push([t("trend"), t(`per.${goal.period}`, { value: signed(forecast.perPeriod) })]);
  if (needed != null && needed !== 0 && insight?.verdict.status !== "achieved") {
    facts.push([
      t("needed"),
      insight?.neededBy
        ? t(`perBy.${goal.period}`, { value: signed(needed), date: formatDate(locale, insight.neededBy) })
        : t(`per.${goal.period}`, { value: signed(needed) }),
    ]);
  }
  return facts;
}

/** "likely 1 290–1 400", or "likely 1 300" when the range's ends round to the same number. */
function forecastWords(t: T, locale: string, goal: GoalRow, forecast: NonNullable<GoalInsight["forecast"]>): string {
  const low = formatForecast(locale, goal.unit, forecast.low, goal.metricKind);
  const high = formatForecast(locale, goal.unit, forecast.high, goal.metricKind);
  const history = forecast.basis !== "goal";
  if (low === high) return t(history ? "forecastPointHistory" : "forecastPoint", { value: low });
  return t(history ? "forecastHistory" : "forecastRange", { low, high });
}

/** The forecast, the trend and what the goal still needs (outlookFacts). Items of a <dl>. */
export function GoalOutlook({ goal, insight }: { goal: GoalRow; insight: GoalInsight | undefined }) {
  const t = useTranslations("dashboard");
  const locale = useLocale();
  return (
    <>
      {outlookFacts(t, locale, goal, insight).map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </>
  );
}
