import { useLocale, useTranslations } from "next-intl";
import type { GoalInsight, GoalRow } from "@/lib/data/goals";
import { formatChange, formatDate, formatForecast } from "@/lib/format";

/**
 * The forecast at the deadline with its 80 % range ("likely 1 290–1 400", or
 * "too few measurements to forecast"), the trend per period and what the goal
 * still needs per period: the same period, so the two compare. Items of a <dl>.
 */
export function GoalOutlook({ goal, insight }: { goal: GoalRow; insight: GoalInsight | undefined }) {
  const t = useTranslations("dashboard");
  const locale = useLocale();
  const forecast = insight?.forecast ?? null;
  const needed = insight?.neededPerPeriod ?? null;
  const signed = (v: number) => formatChange(locale, goal.unit, v, goal.metricKind);
  return (
    <>
      {goal.deadline && goal.status === "active" ? (
        <div>
          <dt>{t("forecast")}</dt>
          <dd>
            {forecast
              ? t(forecast.basis === "goal" ? "forecastRange" : "forecastHistory", {
                  low: formatForecast(locale, goal.unit, forecast.low, goal.metricKind),
                  high: formatForecast(locale, goal.unit, forecast.high, goal.metricKind),
                })
              : t("noForecast")}
          </dd>
        </div>
      ) : null}
      {forecast ? (
        <div>
          <dt>{t("trend")}</dt>
          <dd>{t(`per.${goal.period}`, { value: signed(forecast.perPeriod) })}</dd>
        </div>
      ) : null}
      {needed != null && needed !== 0 && insight?.verdict.status !== "achieved" ? (
        <div>
          <dt>{t("needed")}</dt>
          <dd>
            {insight?.neededBy
              ? t(`perBy.${goal.period}`, { value: signed(needed), date: formatDate(locale, insight.neededBy) })
              : t(`per.${goal.period}`, { value: signed(needed) })}
          </dd>
        </div>
      ) : null}
    </>
  );
}
