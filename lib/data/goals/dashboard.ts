import { eq, sql } from "drizzle-orm";
import { type Db, perDatabase } from "@/db/client";
import { actionItems, goals as goalsTable, kpiSnapshots, memberships, organizations, reviewMeetings } from "@/db/schema/index";
import type { Pitfall } from "@/lib/domain/pitfalls";
import { orderTasks } from "@/lib/domain/my-tasks";
import { measurementAge } from "@/lib/domain/pace";
import type { VerdictStatus } from "@/lib/domain/verdict";
import type { TenantContext } from "../context";
import { goalSeen } from "../hidden-money";
import type { Economics } from "@/lib/data/money";
import type { PeriodValue } from "@/lib/domain/series";
import { type GoalInsight, goalInsights, measuredGoal } from "./goal-insights";
import { type GoalRow, listGoals } from "./goals";

export type DashboardGoal = GoalRow & {
  /** The period the goal's value is read from (latestValue is that period's value). */
  currentPeriod: PeriodValue | null;
  insight: GoalInsight | undefined;
  /** The verdict's status (insight.verdict has its reason). */
  pace: VerdictStatus;
  expected: number | null;
  measuredDaysAgo: number | null;
};

/** One of the person's own open action items, from any meeting. */
export type MyTask = {
  id: string;
  title: string;
  dueOn: string | null;
  createdAt: string;
  meetingId: string | null;
  meetingTitle: string | null;
  goalId: string | null;
  goalTitle: string | null;
};

/** How many of a person's open items the dashboard lists; `openTasks` counts them all. */
export const MY_TASKS_LIMIT = 20;

export type DashboardData = {
  goals: DashboardGoal[];
  /** The person's open action items, overdue first (lib/domain/my-tasks), at most MY_TASKS_LIMIT. */
  myTasks: MyTask[];
  openTasks: number;
  counts: Record<VerdictStatus, number>;
  pitfalls: Pitfall[];
  memberCount: number;
  lastMeasuredOn: string | null;
  /** Every channel's money, for people who see money (`money`); null otherwise. */
  economics: Economics | null;
};

const orgId = sql.placeholder("orgId");
const userId = sql.placeholder("userId");

/**
 * The team size, the last measurement date and the person's open action
 * items in one round trip, as a prepared query built once per database handle
 * (building it in Drizzle cost as much CPU as running it).
 */
function countsQuery(db: Db, hideMoney: boolean) {
  // A task stays the person's own, but a goal they may not see (money) is not named beside it.
  const hidden = goalSeen({ hideMoney }, sql`g.id`);
  const seen = hidden ? sql`and ${hidden}` : sql``;
  return db
    .select({
      members: sql<number>`(select count(*)::int from ${memberships} m where m.org_id = ${orgId})`,
      // The last measurement date through the (org_id, date) index.
      last: sql<string | null>`(select max(s.date)::text from ${kpiSnapshots} s where s.org_id = ${orgId})`,
      // The person's own open items (through the (org_id, done_at, due_on) index).
      openTasks: sql<number>`(select count(*)::int from ${actionItems} a where a.org_id = ${orgId} and a.owner_id = ${userId} and a.done_at is null)`,
      myTasks: sql<MyTask[] | null>`(select json_agg(t) from (
        select a.id, a.title, a.due_on::text as "dueOn", a.created_at as "createdAt",
          a.meeting_id as "meetingId", m.title as "meetingTitle", g.id as "goalId", g.title as "goalTitle"
        from ${actionItems} a
        left join ${reviewMeetings} m on m.org_id = a.org_id and m.id = a.meeting_id
        left join ${goalsTable} g on g.org_id = a.org_id and g.id = a.goal_id ${seen}
        where a.org_id = ${orgId} and a.owner_id = ${userId} and a.done_at is null
        order by a.due_on asc nulls last, a.created_at asc
        limit ${sql.raw(String(MY_TASKS_LIMIT))}
      ) t)`,
    })
    .from(organizations)
    .where(eq(organizations.id, orgId))
    .prepare(hideMoney ? "dashboard_counts_money_hidden" : "dashboard_counts");
}
const preparedCounts = perDatabase((db) => ({ shown: countsQuery(db, false), hidden: countsQuery(db, true) }));

/**
 * Everything the dashboard shows, read in a constant number of queries
 * whatever the number of goals: the goals with their latest values, one
 * bounded read of their series, the benchmark table, and the team size with
 * the last measurement date and the person's open action items (four queries). The verdict, forecast and pitfalls are computed in memory.
 * With `money` (the caller sees money) the channels' economics too, and pitfall 8 in money terms:
 * six queries more, whatever the number of goals and channels.
 */
export async function dashboardData(
  ctx: TenantContext,
  today: string,
  /** Which goals to show: the active ones, unless a caller (the meeting agenda) keeps more. */
  keep: (g: GoalRow) => boolean = (g) => g.status === "active",
  /** `cache: false` bypasses the insight cache (its tests compare the two). */
  { money = false, cache }: { money?: boolean; cache?: boolean } = {},
): Promise<DashboardData> {
  const [all, [counts]] = await Promise.all([
    listGoals(ctx),
    preparedCounts()[ctx.hideMoney ? "hidden" : "shown"].execute({ orgId: ctx.orgId, userId: ctx.userId }),
  ]);
  const memberCount = counts?.members ?? 0;
  const { byGoal, pitfalls, economics } = await goalInsights(ctx, all, { today, memberCount, money, cache });
  const paceCounts: Record<VerdictStatus, number> = { on_track: 0, at_risk: 0, off_track: 0, achieved: 0, no_data: 0, too_early: 0 };
  const goals = all.filter(keep).map((row): DashboardGoal => {
    const insight = byGoal.get(row.id);
    const g = measuredGoal(row, insight);
    // The share the goal's own path (straight, seasonal or by milestones) expects today.
    const expected = insight?.expected ?? null;
    const pace = insight?.verdict.status ?? "no_data";
    paceCounts[pace] += 1;
    return {
      ...g,
      insight,
      pace,
      expected,
      measuredDaysAgo: measurementAge(g.latestDate, today),
    };
  });
  return {
    goals,
    myTasks: orderTasks(counts?.myTasks ?? []),
    openTasks: counts?.openTasks ?? 0,
    counts: paceCounts,
    pitfalls,
    memberCount,
    lastMeasuredOn: counts?.last ?? null,
    economics,
  };
}
