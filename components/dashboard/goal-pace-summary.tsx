import { useLocale, useTranslations } from "next-intl";
import { GoalProgress } from "@/components/goals/goal-progress";
import { periodLabel } from "@/components/goals/period-label";
import type { DashboardGoal } from "@/lib/data/goals";
import { NO_MEASUREMENT_DAYS } from "@/lib/domain/pitfalls";
import { formatDate, formatValue } from "@/lib/format";

/** A goal's channel, owner and deadline, its progress against where it should be, the forecast and what it still needs. */
export function GoalPaceSummary({ goal }: { goal: DashboardGoal }) {
  const t = useTranslations("dashboard");
  const tGoals = useTranslations("goals");
  const locale = useLocale();
  const progress = goal.insight?.progress ?? null;
  const forecast = goal.insight?.forecastAtDeadline ?? null;
  const value = (v: number) => formatValue(locale, goal.unit, v);
  const stale = goal.measuredDaysAgo != null && goal.measuredDaysAgo > NO_MEASUREMENT_DAYS;
  return (
    <>
      <p className="mt-0.5 text-sm text-slate-600 dark:text-slate-400">
        {locale === "nb" ? goal.channelNb : goal.channelEn} · {locale === "nb" ? goal.metricNb : goal.metricEn}
        {goal.ownerName ? ` · ${goal.ownerName}` : ""} ·{" "}
        {goal.deadline ? t("deadline", { date: formatDate(locale, goal.deadline) }) : t("noDeadline")}
      </p>
      {progress != null ? (
        <div className="mt-3">
          <GoalProgress
            title={goal.title}
            progress={progress}
            expected={goal.expected}
            unit={goal.unit}
            latest={goal.latestValue}
            target={goal.targetValue}
            suffix={periodLabel(tGoals, locale, goal.period, goal.currentPeriod)}
          />
        </div>
      ) : (
        <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">{t("noMeasurements")}</p>
      )}
      <dl className="mt-2 flex flex-wrap gap-x-5 gap-y-1 text-xs text-slate-700 dark:text-slate-300">
        {forecast != null ? (
          <div className="flex gap-1">
            <dt>{t("forecast")}</dt>
            <dd className="font-medium">{value(forecast)}</dd>
          </div>
        ) : null}
        {goal.neededPerMonth != null && goal.neededPerMonth !== 0 ? (
          <div className="flex gap-1">
            <dt>{t("needed")}</dt>
            <dd className="font-medium">
              {t("perMonth", { value: `${goal.neededPerMonth > 0 ? "+" : "−"}${value(Math.abs(goal.neededPerMonth))}` })}
            </dd>
          </div>
        ) : null}
        <div className="flex gap-1">
          <dt>{t("lastMeasured")}</dt>
          <dd className={stale ? "font-medium text-red-700 dark:text-red-400" : "font-medium"}>
            {goal.measuredDaysAgo == null ? t("never") : t("daysAgo", { count: goal.measuredDaysAgo })}
          </dd>
        </div>
      </dl>
    </>
  );
}
