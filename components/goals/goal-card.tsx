import { Link } from "@/components/ui/link";
import { useLocale, useTranslations } from "next-intl";
import type { GoalInsight } from "@/lib/data/goals";
import type { GoalRow } from "@/lib/data/goals";
import { expectedProgress } from "@/lib/domain/progress";
import { formatDate } from "@/lib/format";
import { GoalProgress } from "./goal-progress";
import { periodLabel } from "./period-label";
import { GoalStatusBadge } from "./status-badge";

/** One goal in a list: what, who, by when, and how far it has come. */
export function GoalCard({
  goal,
  insight,
  slug,
  today,
}: {
  goal: GoalRow;
  /** `expected` from the goal's insights follows its own path; without it the straight path's. */
  insight: (Pick<GoalInsight, "progress" | "current"> & Partial<Pick<GoalInsight, "expected">>) | undefined;
  slug: string;
  today: string;
}) {
  const t = useTranslations("goals.card");
  const tGoals = useTranslations("goals");
  const locale = useLocale();
  const progress = insight?.progress ?? null;
  const straight = goal.startDate && goal.deadline ? expectedProgress(goal.startDate, goal.deadline, today) : null;
  const expected = goal.status !== "active" ? null : insight?.expected !== undefined ? insight.expected : straight;
  return (
    <li className="rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
      <div className="flex items-start justify-between gap-3">
        <Link href={`/${slug}/goals/${goal.id}`} className="font-medium text-slate-900 underline-offset-2 hover:underline dark:text-white">
          {goal.title}
        </Link>
        <GoalStatusBadge status={goal.status} />
      </div>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
        {locale === "nb" ? goal.metricNb : goal.metricEn} · {goal.ownerName ?? t("noOwner")} ·{" "}
        {goal.deadline ? t("deadline", { date: formatDate(locale, goal.deadline) }) : t("noDeadline")}
      </p>
      {progress != null ? (
        <div className="mt-3">
          <GoalProgress
            title={goal.title}
            progress={progress}
            expected={expected}
            unit={goal.unit}
            kind={goal.metricKind}
            latest={goal.latestValue}
            target={goal.targetValue}
            suffix={periodLabel(tGoals, locale, goal.period, insight?.current)}
          />
        </div>
      ) : (
        <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">{goal.latestValue == null ? t("noMeasurements") : t("noTarget")}</p>
      )}
    </li>
  );
}
