import { and, asc, count, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { channels, goals, kpiSnapshots, memberships, metrics, organizations, users } from "@/db/schema";
import type { TenantContext } from "./context";
import { latestOfSeries } from "./goals";

export type DashboardGoal = {
  id: string;
  title: string;
  channelNb: string;
  channelEn: string;
  metricNb: string;
  metricEn: string;
  unit: "count" | "percent" | "nok" | "ratio";
  baselineValue: number | null;
  targetValue: number | null;
  startDate: string | null;
  deadline: string | null;
  ownerId: string | null;
  ownerName: string | null;
  latestValue: number | null;
  latestDate: string | null;
};


export type DashboardSummary = {
  goals: DashboardGoal[];
  memberCount: number;
  lastMeasuredOn: string | null;
  nextReviewOn: string | null;
};

/** Everything the dashboard shows, in a constant number of queries whatever the number of goals. */
export async function dashboardSummary(ctx: TenantContext): Promise<DashboardSummary> {
  const db = getDb();
  const [goalRows, [members], [snapshots], [org]] = await Promise.all([
    db
      .select({
        id: goals.id,
        title: goals.title,
        channelNb: channels.nameNb,
        channelEn: channels.nameEn,
        metricNb: metrics.nameNb,
        metricEn: metrics.nameEn,
        unit: goals.unit,
        baselineValue: goals.baselineValue,
        targetValue: goals.targetValue,
        startDate: goals.startDate,
        deadline: goals.deadline,
        ownerId: goals.ownerId,
        ownerName: users.name,
        latestValue: latestOfSeries("value").mapWith(Number),
        latestDate: latestOfSeries("date").mapWith(String),
      })
      .from(goals)
      .innerJoin(channels, eq(channels.id, goals.channelId))
      .innerJoin(metrics, eq(metrics.id, goals.metricId))
      .leftJoin(users, eq(users.id, goals.ownerId))
      .where(and(eq(goals.orgId, ctx.orgId), eq(goals.status, "active")))
      .orderBy(asc(goals.deadline), asc(goals.title)),
    db.select({ n: count() }).from(memberships).where(eq(memberships.orgId, ctx.orgId)),
    db
      .select({ last: sql<string | null>`max(${kpiSnapshots.date})::text` })
      .from(kpiSnapshots)
      .where(eq(kpiSnapshots.orgId, ctx.orgId)),
    db.select({ nextReviewOn: organizations.nextReviewOn }).from(organizations).where(eq(organizations.id, ctx.orgId)),
  ]);
  return {
    goals: goalRows,
    memberCount: members?.n ?? 0,
    lastMeasuredOn: snapshots?.last ?? null,
    nextReviewOn: org?.nextReviewOn ?? null,
  };
}
