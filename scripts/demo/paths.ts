/**
 * The demo goals' paths: the wedding cakes follow last year's season (orders
 * peak in spring), the organic visits follow milestones (search engines take
 * a while: a slow start, then faster). Set once, on a goal nobody has edited.
 */
import { and, eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { type Goal, goalMilestones, goals } from "@/db/schema/index";
import type { SeasonalShape } from "@/lib/domain/expected-path";
import { addMonths } from "./series";

/** Wedding-cake orders by calendar month against the mean month, January first: spring is busy, winter quiet. */
export const WEDDING_SEASON: SeasonalShape = [0.6, 0.8, 1.2, 1.6, 1.7, 1.3, 0.9, 0.8, 0.9, 0.8, 0.7, 0.7];

/** The last day of the month holding `iso`. */
function endOfMonth(iso: string): string {
  const [y, m] = iso.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

/** The organic-visits milestones: a third of the way by the end of the third month, three quarters by the end of the fifth. */
function visitMilestones(goal: Goal): { date: string; value: number }[] {
  if (goal.startDate == null || goal.baselineValue == null || goal.targetValue == null) return [];
  const step = goal.targetValue - goal.baselineValue;
  return [
    { date: endOfMonth(addMonths(goal.startDate, 3)), value: Math.round(goal.baselineValue + step / 3) },
    { date: endOfMonth(addMonths(goal.startDate, 5)), value: Math.round(goal.baselineValue + (step * 3) / 4) },
  ].filter((m) => goal.deadline && m.date < goal.deadline);
}

export async function seedDemoPaths(tx: Tx, orgId: string, demo: { weddingCakes: Goal; website: Goal }): Promise<void> {
  const untouched = (g: Goal) => g.pathKind === "linear" && g.version === 1;
  if (untouched(demo.weddingCakes))
    await tx
      .update(goals)
      .set({ pathKind: "seasonal" })
      .where(and(eq(goals.orgId, orgId), eq(goals.id, demo.weddingCakes.id)));
  const milestones = visitMilestones(demo.website);
  if (untouched(demo.website) && milestones.length) {
    await tx
      .update(goals)
      .set({ pathKind: "milestones" })
      .where(and(eq(goals.orgId, orgId), eq(goals.id, demo.website.id)));
    await tx.insert(goalMilestones).values(milestones.map((m) => ({ orgId, goalId: demo.website.id, ...m })));
  }
}
