import Link from "next/link";
import type { ReactNode } from "react";
import type { DashboardGoal } from "@/lib/data/goals";
import { GoalPaceSummary } from "./goal-pace-summary";
import { PaceBadge } from "./pace-badge";
import { ConfidenceBadge } from "@/components/goals/confidence-badge";

/** One active goal on the dashboard: pace, progress against where it should be, forecast and what it still needs. */
export function GoalRow({ goal, slug, aside }: { goal: DashboardGoal; slug: string; aside?: ReactNode }) {
  return (
    <li className="goal-row">
      <div>
        <Link href={`/${slug}/goals/${goal.id}`}>{goal.title}</Link>
        <span>
          <PaceBadge pace={goal.pace} />
          {goal.confidence ? <ConfidenceBadge level={goal.confidence.level} /> : null}
        </span>
      </div>
      <GoalPaceSummary goal={goal} />
      {aside}
    </li>
  );
}
