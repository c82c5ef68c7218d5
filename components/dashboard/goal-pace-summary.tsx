import { useLocale, useTranslations } from "next-intl";
import { GoalProgress } from "@/components/goals/goal-progress";
import { periodLabel } from "@/components/goals/period-label";
import type { DashboardGoal } from "@/lib/data/goals";
import { NO_MEASUREMENT_DAYS } from "@/lib/domain/pitfalls";
import { VerdictReason } from "@/components/goals/verdict-reason";
import { GoalOutlook } from "@/components/goals/goal-outlook";
import { formatDate } from "@/lib/format";

/** A goal's channel, owner and deadline, its progress against where it should be, the forecast and what it still needs. */
export function GoalPaceSummary({ goal }: { goal: DashboardGoal }) {
  const t = useTranslations("dashboard");
  const tGoals = useTranslations("goals");
  const locale = useLocale();
  const progress = goal.insight?.progress ?? null;
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
            kind={goal.metricKind}
            latest={goal.latestValue}
            target={goal.targetValue}
            suffix={periodLabel(tGoals, locale, goal.period, goal.currentPeriod)}
          />
        </div>
      ) : (
        <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">{t("noMeasurements")}</p>
      )}
      {goal.insight ? (
        <VerdictReason
          verdict={goal.insight.verdict}
          unit={goal.unit}
          kind={goal.metricKind}
          className="mt-2 text-sm text-slate-800 dark:text-slate-200"
        />
      ) : null}
      <dl className="mt-2 flex flex-wrap gap-x-5 gap-y-1 text-xs text-slate-700 dark:text-slate-300">
        <GoalOutlook goal={goal} insight={goal.insight} />
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
