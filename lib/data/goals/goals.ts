import { and, asc, desc, eq, isNull, type SQL, sql } from "drizzle-orm";
import { getDb, perDatabase } from "@/db/client";
import {
  channels,
  type Goal,
  goalMilestones,
  goalConfidences,
  goalRevisions,
  goals,
  kpiSnapshots,
  metrics,
  objectives,
  organizations,
  reviewItems,
  reviewMeetings,
  users,
} from "@/db/schema/index";
import { NotFoundError } from "@/lib/errors";
import type { MeasurePeriod, MetricKind } from "@/lib/domain/series";
import type { Derivation } from "@/lib/domain/money";
import type { Milestone } from "@/lib/domain/expected-path";
import type { ConfidenceLevel } from "@/lib/domain/confidence";
import type { TenantContext } from "../context";
import { goalSeen } from "../hidden-money";

export type GoalRow = Goal & {
  channelKey: string;
  channelNb: string;
  channelEn: string;
  metricNb: string;
  metricEn: string;
  /** How the metric's values combine over a period. */
  metricKind: MetricKind;
  /** A figure computed from the channel's money (cost per result, ROAS, ROI), never stored; null for a recorded metric. */
  metricDerivation: Derivation | null;
  /** The period the goal is measured per: its own, else the organization's default. */
  period: MeasurePeriod;
  ownerName: string | null;
  objectiveTitle: string | null;
  latestValue: number | null;
  latestDate: string | null;
  lastReviewedOn: string | null;
  /** The goal's milestones in date order (empty unless it set some). */
  milestones: Milestone[];
  /** The newest confidence check-in (lib/domain/confidence.ts), null before the first. */
  confidence: GoalConfidenceNow | null;
};

export type GoalConfidenceNow = { level: ConfidenceLevel; comment: string; on: string };

// The latest value of the goal's series and the last review of the goal, as
// correlated subqueries: one query for any number of goals.
const latestOfSeries = (column: "value" | "date") =>
  sql`(select s.${sql.raw(column)} from ${kpiSnapshots} s where s.org_id = ${goals.orgId} and s.channel_id = ${goals.channelId} and s.metric_id = ${goals.metricId} order by s.date desc limit 1)`;
const effectivePeriod = sql<MeasurePeriod>`coalesce(${goals.measurePeriod}, (select o.measure_period from ${organizations} o where o.id = ${goals.orgId}))`;
const lastReviewed = sql<
  string | null
>`(select max(m.${sql.raw("scheduled_for")})::text from ${reviewItems} i join ${reviewMeetings} m on m.id = i.meeting_id where i.org_id = ${goals.orgId} and i.goal_id = ${goals.id})`;

// The milestones as a JSON array in the same query: no query per goal, nor a second one.
const milestonesOf = sql<
  Milestone[]
>`(select coalesce(json_agg(json_build_object('date', m.date::text, 'value', m.value::float8) order by m.date), '[]'::json) from ${goalMilestones} m where m.org_id = ${goals.orgId} and m.goal_id = ${goals.id})`;
// The newest confidence check-in, folded into the same query (the (org_id, goal_id, created_at) index answers it).
const CONFIDENCE_COLUMNS = {
  level: sql.raw("c.level"),
  comment: sql.raw("c.comment"),
  atMs: sql.raw("(extract(epoch from c.created_at) * 1000)::float8"),
};
const latestConfidence = (column: keyof typeof CONFIDENCE_COLUMNS) =>
  sql`(select ${CONFIDENCE_COLUMNS[column]} from ${goalConfidences} c where c.org_id = ${goals.orgId} and c.goal_id = ${goals.id} order by c.created_at desc, c.id desc limit 1)`;

function selectGoals(where: SQL | undefined) {
  return getDb()
    .select({
      goal: goals,
      channelKey: channels.key,
      channelNb: channels.nameNb,
      channelEn: channels.nameEn,
      metricNb: metrics.nameNb,
      metricEn: metrics.nameEn,
      metricKind: metrics.kind,
      metricDerivation: metrics.derivation,
      period: effectivePeriod,
      ownerName: users.name,
      objectiveTitle: objectives.title,
      latestValue: latestOfSeries("value").mapWith(Number),
      latestDate: latestOfSeries("date").mapWith(String),
      lastReviewedOn: lastReviewed,
      milestones: milestonesOf,
      confidenceLevel: latestConfidence("level").mapWith(String),
      confidenceComment: latestConfidence("comment").mapWith(String),
      confidenceAt: latestConfidence("atMs").mapWith(Number),
    })
    .from(goals)
    .innerJoin(channels, eq(channels.id, goals.channelId))
    .innerJoin(metrics, eq(metrics.id, goals.metricId))
    .leftJoin(users, eq(users.id, goals.ownerId))
    .leftJoin(objectives, eq(objectives.id, goals.objectiveId))
    .where(where);
}

/**
 * A goal on a derived figure (cost per result, ROAS, ROI) is money through and
 * through: for someone who does not see money it does not exist (docs/DOMAIN-RULES.md, "Who sees money").
 */
const moneyShown = (ctx: TenantContext) => (ctx.hideMoney ? isNull(metrics.derivation) : undefined);

type Selected = Awaited<ReturnType<typeof selectGoals>>[number];
const toRow = ({ goal, confidenceLevel, confidenceComment, confidenceAt, ...rest }: Selected): GoalRow => ({
  ...goal,
  ...rest,
  confidence:
    confidenceLevel && confidenceAt != null
      ? { level: confidenceLevel as ConfidenceLevel, comment: confidenceComment ?? "", on: new Date(confidenceAt).toISOString() }
      : null,
});

export type GoalFilters = { ownerId?: string; channelId?: string };

/**
 * The unfiltered list as a prepared query, built once per database handle
 * and money visibility: building this select in Drizzle is about as much CPU
 * as running it (docs/PERFORMANCE.md, "the insight cache").
 */
function prepareList(hideMoney: boolean) {
  return selectGoals(and(eq(goals.orgId, sql.placeholder("orgId")), hideMoney ? isNull(metrics.derivation) : undefined))
    .orderBy(asc(goals.deadline), asc(goals.title))
    .prepare(hideMoney ? "list_goals_money_hidden" : "list_goals");
}
const preparedLists = perDatabase(() => ({ shown: prepareList(false), hidden: prepareList(true) }));

/** The organization's goals, filtered by owner and channel; archived ones last. */
export async function listGoals(ctx: TenantContext, filters: GoalFilters = {}): Promise<GoalRow[]> {
  if (!filters.ownerId && !filters.channelId)
    return (await preparedLists()[ctx.hideMoney ? "hidden" : "shown"].execute({ orgId: ctx.orgId })).map(toRow);
  const rows = await selectGoals(
    and(
      eq(goals.orgId, ctx.orgId),
      moneyShown(ctx),
      filters.ownerId ? eq(goals.ownerId, filters.ownerId) : undefined,
      filters.channelId ? eq(goals.channelId, filters.channelId) : undefined,
    ),
  ).orderBy(asc(goals.deadline), asc(goals.title));
  return rows.map(toRow);
}

/** One goal of the organization; another organization's id is simply not found. */
export async function getGoal(ctx: TenantContext, id: string): Promise<GoalRow> {
  const [row] = await selectGoals(and(eq(goals.orgId, ctx.orgId), eq(goals.id, id), moneyShown(ctx))).limit(1);
  if (!row) throw new NotFoundError();
  return toRow(row);
}

export type RevisionRow = {
  id: string;
  createdAt: Date;
  changedByName: string | null;
  reason: string;
  changes: Record<string, { from: unknown; to: unknown }>;
};

export async function listRevisions(ctx: TenantContext, goalId: string): Promise<RevisionRow[]> {
  return getDb()
    .select({
      id: goalRevisions.id,
      createdAt: goalRevisions.createdAt,
      changedByName: users.name,
      reason: goalRevisions.reason,
      changes: goalRevisions.changes,
    })
    .from(goalRevisions)
    .leftJoin(users, eq(users.id, goalRevisions.changedBy))
    .where(and(eq(goalRevisions.orgId, ctx.orgId), eq(goalRevisions.goalId, goalId), goalSeen(ctx, goalRevisions.goalId)))
    .orderBy(desc(goalRevisions.createdAt));
}
