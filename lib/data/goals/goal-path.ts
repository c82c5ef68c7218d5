import { and, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { goalMilestones, goals } from "@/db/schema/index";
import {
  type ExpectedPath,
  type Milestone,
  milestoneErrors,
  type PathFallback,
  type PathKind,
  resolvePath,
  seasonalShape,
  shapeAt,
} from "@/lib/domain/expected-path";
import { aggregateSeries, type CoveredValue } from "@/lib/domain/series";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { recordAudit } from "@/lib/data/audit";
import type { TenantContext } from "../context";
import type { GoalRow } from "./goals";
import { lockGoal } from "./goal-writes";

export type GoalPath = {
  path: ExpectedPath;
  fallback: PathFallback;
  /** A seasonal path's factor on a date, for the forecast; null for the other paths. */
  season: ((date: string) => number) | null;
};

/**
 * The path a goal follows, from its stored series (the last year, as read for
 * the goal's insights) and its milestones. A derived figure (cost per result,
 * ROAS) has no stored series of its own: its seasonal path falls back.
 */
export function goalPathOf(
  goal: Pick<GoalRow, "pathKind" | "metricKind" | "metricDerivation" | "period">,
  raw: CoveredValue[],
  milestones: Milestone[],
  today: string,
): GoalPath {
  const shape =
    goal.pathKind === "seasonal" && !goal.metricDerivation
      ? seasonalShape(aggregateSeries(raw, goal.metricKind, "month", today), today, {
          perDay: goal.metricKind === "total" && goal.period === "week",
        })
      : null;
  const { path, fallback } = resolvePath(goal.pathKind, { shape, milestones });
  return { path, fallback, season: path.kind === "seasonal" ? (date) => shapeAt(path.shape, date) : null };
}

/**
 * Sets the path a goal follows and its milestones (replacing the old ones) in
 * one transaction, with an audit entry; the goal's version moves on. Bad
 * milestones are refused with a message per field and nothing written.
 */
export async function setGoalPath(
  ctx: TenantContext,
  goalId: string,
  version: number,
  input: { kind: PathKind; milestones: Milestone[] },
): Promise<void> {
  if (!isUuid(goalId)) throw new NotFoundError();
  await getDb().transaction(async (tx) => {
    const goal = await lockGoal(tx, ctx, goalId, version);
    const milestones = input.kind === "milestones" ? input.milestones : [];
    if (input.kind === "milestones" && !milestones.length) throw new ValidationError({ milestones: ["goals.path.errors.none"] });
    const errors = milestoneErrors(milestones, {
      baseline: goal.baselineValue,
      target: goal.targetValue,
      start: goal.startDate,
      deadline: goal.deadline,
      direction: goal.direction,
    });
    if (Object.keys(errors).length) throw new ValidationError(errors);
    await tx
      .update(goals)
      .set({ pathKind: input.kind, version: goal.version + 1, updatedAt: sql`now()` })
      .where(and(eq(goals.orgId, ctx.orgId), eq(goals.id, goalId)));
    await tx.delete(goalMilestones).where(and(eq(goalMilestones.orgId, ctx.orgId), eq(goalMilestones.goalId, goalId)));
    if (milestones.length)
      await tx.insert(goalMilestones).values(milestones.map((m) => ({ orgId: ctx.orgId, goalId, date: m.date, value: m.value })));
    await recordAudit(tx, ctx, "goal.path_set", { type: "goal", id: goalId }, { from: goal.pathKind, to: input.kind, milestones });
  });
}
