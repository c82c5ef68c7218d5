import { eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { kpiSnapshots, memberships, organizations } from "@/db/schema/index";
import type { Pitfall } from "@/lib/domain/pitfalls";
import { measurementAge, neededMonthlyRate, type PaceStatus, paceStatus } from "@/lib/domain/pace";
import { compareDates } from "@/lib/domain/dates";
import { expectedProgress } from "@/lib/domain/progress";
import type { TenantContext } from "../context";
import type { PeriodValue } from "@/lib/domain/series";
import { type GoalInsight, goalInsights, measuredGoal } from "./goal-insights";
import { type GoalRow, listGoals } from "./goals";

export type DashboardGoal = GoalRow & {
  /** The period the goal's value is read from (latestValue is that period's value). */
  currentPeriod: PeriodValue | null;
  insight: GoalInsight | undefined;
  pace: PaceStatus;
  expected: number | null;
  neededPerMonth: number | null;
  measuredDaysAgo: number | null;
};

export type DashboardData = {
  goals: DashboardGoal[];
  counts: Record<PaceStatus, number>;
  pitfalls: Pitfall[];
  memberCount: number;
  lastMeasuredOn: string | null;
};

/**
 * Everything the dashboard shows, read in a constant number of queries
 * whatever the number of goals: the goals with their latest values, one
 * bounded read of their series, the benchmark table, and the team size with
 * the last measurement date (four queries). Pace, forecast and pitfalls are computed in memory.
 */
export async function dashboardData(
  ctx: TenantContext,
  today: string,
  /** Which goals to show: the active ones, unless a caller (the meeting agenda) keeps more. */
  keep: (g: GoalRow) => boolean = (g) => g.status === "active",
): Promise<DashboardData> {
  const db = getDb();
  const [all, [counts]] = await Promise.all([
    listGoals(ctx),
    // The team size and the last measurement date in one round trip; the date through the (org_id, date) index.
    db
      .select({
        members: sql<number>`(select count(*)::int from ${memberships} m where m.org_id = ${ctx.orgId})`,
        last: sql<string | null>`(select max(s.date)::text from ${kpiSnapshots} s where s.org_id = ${ctx.orgId})`,
      })
      .from(organizations)
      .where(eq(organizations.id, ctx.orgId)),
  ]);
  const memberCount = counts?.members ?? 0;
  const { byGoal, pitfalls } = await goalInsights(ctx, all, { today, memberCount });
  const paceCounts: Record<PaceStatus, number> = { on_track: 0, at_risk: 0, off_track: 0, no_data: 0 };
  const goals = all.filter(keep).map((row): DashboardGoal => {
    const insight = byGoal.get(row.id);
    const g = measuredGoal(row, insight);
    const expected = g.startDate && g.deadline ? expectedProgress(g.startDate, g.deadline, today) : null;
    const pace = paceStatus({
      baseline: g.baselineValue,
      target: g.targetValue,
      latest: g.latestValue,
      expected,
      forecast: insight?.forecastAtDeadline ?? null,
      deadlinePassed: Boolean(g.deadline && compareDates(g.deadline, today) < 0),
    });
    paceCounts[pace] += 1;
    return {
      ...g,
      insight,
      pace,
      expected,
      neededPerMonth: neededMonthlyRate({ latest: g.latestValue, target: g.targetValue, today, deadline: g.deadline }),
      measuredDaysAgo: measurementAge(g.latestDate, today),
    };
  });
  return { goals, counts: paceCounts, pitfalls, memberCount, lastMeasuredOn: counts?.last ?? null };
}
