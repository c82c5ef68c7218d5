import { useLocale, useTranslations } from "next-intl";
import { GoalProgress } from "@/components/goals/goal-progress";
import type { DashboardGoal } from "@/lib/data/dashboard";
import { expectedProgress, goalProgress } from "@/lib/domain/progress";
import { formatDate } from "@/lib/format";

/** One active goal on the dashboard: where it is, where it should be, and by when. */
export function GoalRow({ goal, today }: { goal: DashboardGoal; today: string }) {
  const t = useTranslations("dashboard");
  const locale = useLocale();
  const progress =
    goal.baselineValue != null && goal.targetValue != null && goal.latestValue != null
      ? goalProgress(goal.baselineValue, goal.targetValue, goal.latestValue)
      : null;
  const expected = goal.startDate && goal.deadline ? expectedProgress(goal.startDate, goal.deadline, today) : null;
  const channel = locale === "nb" ? goal.channelNb : goal.channelEn;
  const metric = locale === "nb" ? goal.metricNb : goal.metricEn;
  return (
    <li className="py-4">
      <div className="flex flex-col gap-1 sm:flex-row sm:items-baseline sm:justify-between">
        <p className="font-medium">{goal.title}</p>
        <p className="text-xs text-slate-600 dark:text-slate-400">
          {goal.deadline ? t("deadline", { date: formatDate(locale, goal.deadline) }) : t("noDeadline")}
        </p>
      </div>
      <p className="mt-0.5 text-sm text-slate-600 dark:text-slate-400">
        {channel} · {metric}
        {goal.ownerName ? ` · ${goal.ownerName}` : ""}
      </p>
      {progress != null ? (
        <div className="mt-3">
          <GoalProgress title={goal.title} progress={progress} expected={expected} unit={goal.unit} latest={goal.latestValue} target={goal.targetValue} />
        </div>
      ) : (
        <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">{t("noMeasurements")}</p>
      )}
    </li>
  );
}
