import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { GoalStatusBadge } from "@/components/goals/status-badge";
import { buttonClass } from "@/components/ui/button";
import type { GoalEvaluation, GoalRow } from "@/lib/data/goals";
import { needsRealismReason } from "@/lib/domain/realism";
import { GoalStatusControls } from "./status-controls";

/**
 * The top of a goal's page: back to the list, the title with its status, the
 * description and any reason given for an unrealistic target; for someone who
 * may change goals, Edit and the status buttons.
 */
export async function GoalHeader({
  slug,
  goal,
  evaluation,
  canWrite,
}: {
  slug: string;
  goal: GoalRow;
  evaluation: GoalEvaluation;
  canWrite: boolean;
}) {
  const t = await getTranslations("goals");
  return (
    <div className="mb-6 flex flex-col gap-4 sm:flex-row sm:items-start sm:justify-between">
      <div>
        <Link href={`/${slug}/goals`} className="text-sm text-brand-700 underline-offset-2 hover:underline dark:text-brand-300">
          ← {t("title")}
        </Link>
        <h1 className="mt-2 text-2xl font-semibold tracking-tight">{goal.title}</h1>
        <div className="mt-2 flex items-center gap-2">
          <GoalStatusBadge status={goal.status} />
        </div>
        {goal.description ? <p className="mt-2 max-w-2xl text-sm text-slate-600 dark:text-slate-400">{goal.description}</p> : null}
        {goal.realismReason ? (
          <p className="mt-3 max-w-2xl rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-sm dark:border-amber-700 dark:bg-amber-950/40">
            <span className="font-medium">{t("realism.reasonShown")}:</span> {goal.realismReason}
          </p>
        ) : null}
      </div>
      {canWrite ? (
        <div className="flex flex-wrap gap-2">
          <Link href={`/${slug}/goals/${goal.id}/edit`} className={buttonClass("secondary")}>
            {t("edit")}
          </Link>
          <GoalStatusControls
            org={slug}
            id={goal.id}
            version={goal.version}
            title={goal.title}
            status={goal.status}
            smart={evaluation.checks.every((c) => c.met)}
            askReason={needsRealismReason(evaluation.realism)}
          />
        </div>
      ) : null}
    </div>
  );
}
