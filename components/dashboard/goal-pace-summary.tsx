import { useLocale, useTranslations } from "next-intl";
import { GoalProgress } from "@/components/goals/goal-progress";
import { periodLabel } from "@/components/goals/period-label";
import type { DashboardGoal } from "@/lib/data/goals";
import { NO_MEASUREMENT_DAYS } from "@/lib/domain/pitfalls";
import { VerdictReason } from "@/components/goals/verdict-reason";
import { GoalOutlook } from "@/components/goals/goal-outlook";
import { formatDate } from "@/lib/format";

type T = (key: string, values?: Record<string, string | number>) => string;

/** A goal's channel, metric, owner and deadline in one line; `t` is the "dashboard" translator. */
export function goalMetaLine(t: T, locale: string, goal: DashboardGoal): string {
  return [
    locale === "nb" ? goal.channelNb : goal.channelEn,
    locale === "nb" ? goal.metricNb : goal.metricEn,
    goal.ownerName,
    goal.deadline ? t("deadline", { date: formatDate(locale, goal.deadline) }) : t("noDeadline"),
  ]
    .filter(Boolean)
    .join(" · ");
}

/** When the goal was last measured ("3 days ago", "never"), and whether that is too long ago (pitfall 9's limit). */
export function lastMeasured(t: T, goal: DashboardGoal): { text: string; stale: boolean } {
  return {
    text: goal.measuredDaysAgo == null ? t("never") : t("daysAgo", { count: goal.measuredDaysAgo }),
    stale: goal.measuredDaysAgo != null && goal.measuredDaysAgo > NO_MEASUREMENT_DAYS,
  };
}

/** A goal's channel, owner and deadline, its progress against where it should be, the forecast and what it still needs. */
export function GoalPaceSummary({ goal }: { goal: DashboardGoal }) {
  const t = useTranslations("dashboard");
  const tGoals = useTranslations("goals");
  const locale = useLocale();
  const progress = goal.insight?.progress ?? null;
  const last = lastMeasured(t, goal);
  return (
    <>
      {/* One string: one text node in the HTML and in the RSC payload, not five. */}
      <p className="muted mt-0.5 text-sm">{goalMetaLine(t, locale, goal)}</p>
      {progress != null ? (
        <GoalProgress
          className="mt-3"
          title={goal.title}
          progress={progress}
          expected={goal.expected}
          unit={goal.unit}
          kind={goal.metricKind}
          latest={goal.latestValue}
          target={goal.targetValue}
          suffix={periodLabel(tGoals, locale, goal.period, goal.currentPeriod)}
        />
      ) : (
        <p className="muted mt-2 text-xs">{t("noMeasurements")}</p>
      )}
      {goal.insight ? (
        <VerdictReason
          verdict={goal.insight.verdict}
          unit={goal.unit}
          kind={goal.metricKind}
          className="mt-2 text-sm text-slate-800 dark:text-slate-200"
        />
      ) : null}
      <dl className="facts mt-2">
        <GoalOutlook goal={goal} insight={goal.insight} />
        <div>
          <dt>{t("lastMeasured")}</dt>
          <dd className={last.stale ? "text-red-700 dark:text-red-400" : undefined}>{last.text}</dd>
        </div>
      </dl>
    </>
  );
}
