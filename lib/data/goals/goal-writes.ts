import { and, eq, isNull, or, sql } from "drizzle-orm";
import { getDb, type Tx } from "@/db/client";
import { channels, type Goal, goalRevisions, goals, type GoalStatus, memberships, objectives, type Priority } from "@/db/schema";
import { canTransition, needsReason, needsSmartCheck } from "@/lib/domain/goal-status";
import type { Direction, GoalDraft, Unit } from "@/lib/domain/goal-types";
import { baselineDateError, goalDateErrors } from "@/lib/domain/goal-dates";
import { allMet } from "@/lib/domain/smart";
import { needsRealismReason } from "@/lib/domain/realism";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { recordAudit } from "@/lib/data/audit";
import { addCustomMetric, findVisibleMetric } from "@/lib/data/benchmarks";
import type { MeasurePeriod, MetricKind } from "@/lib/domain/series";
import type { TenantContext } from "../context";
import { goalSeen } from "../hidden-money";
import { evaluateGoal } from "./goal-evaluation";

export type GoalFields = {
  title: string;
  description: string;
  channelId: string;
  /** A catalogue or organization metric of the channel… */
  metricId: string | null;
  /** …or a new custom metric of the organization. */
  customMetric: { name: string; unit: Unit; direction: Direction; kind: MetricKind } | null;
  unit: Unit;
  direction: Direction;
  baselineValue: number | null;
  baselineDate: string | null;
  targetValue: number | null;
  startDate: string | null;
  deadline: string | null;
  /** Null: the organization's default period. */
  measurePeriod?: MeasurePeriod | null;
  objectiveId: string | null;
  ownerId: string | null;
  priority: Priority;
  /** Why the team keeps a target the realism check calls unrealistic; asked for only then. */
  realismReason?: string | null;
};

/** Fields whose changes are kept as revisions (who, when, old → new, reason). */
const TRACKED = ["targetValue", "deadline", "baselineValue", "baselineDate", "ownerId", "status"] as const;

async function resolveMetric(tx: Tx, ctx: TenantContext, f: GoalFields): Promise<string> {
  if (f.customMetric) {
    const channelOk = await findVisibleChannel(tx, ctx, f.channelId);
    if (!channelOk) throw new ValidationError({ channelId: ["goals.errors.unknownChannel"] });
    return addCustomMetric(tx, ctx, { channelId: f.channelId, ...f.customMetric });
  }
  const metric = f.metricId ? await findVisibleMetric(tx, ctx, f.channelId, f.metricId) : undefined;
  if (!metric) throw new ValidationError({ metricId: ["goals.errors.unknownMetric"] });
  return metric.id;
}

async function findVisibleChannel(tx: Tx, ctx: TenantContext, channelId: string) {
  const [row] = await tx
    .select({ id: channels.id })
    .from(channels)
    .where(and(eq(channels.id, channelId), or(isNull(channels.orgId), eq(channels.orgId, ctx.orgId))));
  return row;
}

/** The owner must be a member and the objective an active one, both of this organization. */
async function checkReferences(tx: Tx, ctx: TenantContext, f: Pick<GoalFields, "ownerId" | "objectiveId">, keepObjective?: string | null) {
  const errors: Record<string, string[]> = {};
  if (f.ownerId) {
    const [m] = await tx
      .select({ id: memberships.id })
      .from(memberships)
      .where(and(eq(memberships.orgId, ctx.orgId), eq(memberships.userId, f.ownerId)));
    if (!m) errors.ownerId = ["goals.errors.ownerNotMember"];
  }
  if (f.objectiveId && f.objectiveId !== keepObjective) {
    const [o] = await tx
      .select({ id: objectives.id })
      .from(objectives)
      .where(and(eq(objectives.orgId, ctx.orgId), eq(objectives.id, f.objectiveId), isNull(objectives.archivedAt)));
    if (!o) errors.objectiveId = ["goals.errors.unknownObjective"];
  }
  if (Object.keys(errors).length) throw new ValidationError(errors);
}

function draftOf(g: Pick<Goal, keyof GoalDraft>): GoalDraft {
  return {
    title: g.title,
    channelId: g.channelId,
    metricId: g.metricId,
    unit: g.unit,
    direction: g.direction,
    baselineValue: g.baselineValue,
    targetValue: g.targetValue,
    startDate: g.startDate,
    deadline: g.deadline,
    objectiveId: g.objectiveId,
  };
}

/** The goal's columns as the form sets them (everything but status and bookkeeping). */
function goalColumns(f: GoalFields, metricId: string) {
  const { customMetric: _custom, metricId: _chosen, realismReason: _reason, ...columns } = f;
  return { ...columns, metricId };
}

/**
 * Every goal a person writes (create, edit) passes here: dates real, in range,
 * the deadline within MAX_GOAL_SPAN_MONTHS of the start, the baseline not after today.
 */
function requireGoalDates(goal: Pick<Goal, "startDate" | "baselineDate" | "deadline">, today: string) {
  const errors = goalDateErrors(goal, today);
  const baseline = errors.baselineDate ? null : baselineDateError(goal.baselineDate, today);
  if (baseline) errors.baselineDate = [baseline];
  if (Object.keys(errors).length) throw new ValidationError(errors);
}

/**
 * A goal may only become active when all five SMART checks are met (the
 * server's own check), and, when the realism check calls its target
 * unrealistic, with a written reason. Returns the reason to keep with the
 * goal: the one given (trimmed) when the target needs one, else null.
 */
export async function requireSmart(
  tx: Tx,
  ctx: TenantContext,
  goal: Pick<Goal, keyof GoalDraft> & { measurePeriod?: MeasurePeriod | null },
  today: string,
  isNew: boolean,
  realismReason: string | null = null,
): Promise<string | null> {
  const { checks, realism } = await evaluateGoal(ctx, draftOf(goal), { today, isNew, period: goal.measurePeriod ?? null }, tx);
  if (!allMet(checks)) throw new ValidationError({}, "goals.errors.notSmart");
  if (!needsRealismReason(realism)) return null;
  const reason = realismReason?.trim() || null;
  if (!reason) throw new ValidationError({ realismReason: ["goals.errors.realismReasonRequired"] }, "goals.errors.realismReasonRequired");
  return reason;
}

export async function createGoal(ctx: TenantContext, f: GoalFields, status: "draft" | "active", today: string): Promise<string> {
  requireGoalDates(f, today);
  return getDb().transaction(async (tx) => {
    await checkReferences(tx, ctx, f);
    const metricId = await resolveMetric(tx, ctx, f);
    const values = { orgId: ctx.orgId, ...goalColumns(f, metricId), status, createdBy: ctx.userId };
    const realismReason = status === "active" ? await requireSmart(tx, ctx, values, today, true, f.realismReason ?? null) : null;
    const [row] = await tx
      .insert(goals)
      .values({ ...values, realismReason })
      .returning({ id: goals.id });
    await recordAudit(tx, ctx, "goal.created", { type: "goal", id: row!.id }, { status });
    return row!.id;
  });
}

/**
 * The goal read at `version`, locked for this transaction; another
 * organization's id, or a goal on a derived figure for someone who does not
 * see money, is not found (before the version is compared).
 */
export async function lockGoal(tx: Tx, ctx: TenantContext, id: string, version: number): Promise<Goal> {
  const [current] = await tx
    .select()
    .from(goals)
    .where(and(eq(goals.orgId, ctx.orgId), eq(goals.id, id), goalSeen(ctx, goals.id)))
    .for("update");
  if (!current) throw new NotFoundError();
  // Someone saved since this form was opened: refuse rather than overwrite.
  if (current.version !== version) throw new ConflictError("goals.errors.stale");
  return current;
}

export async function writeRevision(tx: Tx, ctx: TenantContext, before: Goal, after: Partial<Goal>, reason: string, meetingId?: string) {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const field of TRACKED) {
    if (field in after && after[field] !== before[field]) changes[field] = { from: before[field], to: after[field] };
  }
  if (!Object.keys(changes).length) return;
  await tx.insert(goalRevisions).values({ orgId: ctx.orgId, goalId: before.id, changedBy: ctx.userId, changes, reason, meetingId });
}

/** Edits a goal that was read at `version`; tracked changes become a revision in the same transaction. */
export async function updateGoal(
  ctx: TenantContext,
  id: string,
  version: number,
  f: GoalFields,
  reason: string,
  today: string,
): Promise<void> {
  requireGoalDates(f, today);
  await getDb().transaction(async (tx) => {
    const before = await lockGoal(tx, ctx, id, version);
    await checkReferences(tx, ctx, f, before.objectiveId);
    const metricId = await resolveMetric(tx, ctx, f);
    const after = goalColumns(f, metricId);
    // An active goal keeps its written reason unless the form gives a new one.
    const realismReason =
      before.status === "active"
        ? await requireSmart(tx, ctx, after, today, false, f.realismReason || before.realismReason)
        : before.realismReason;
    await tx
      .update(goals)
      .set({ ...after, realismReason, version: before.version + 1, updatedAt: sql`now()` })
      .where(and(eq(goals.orgId, ctx.orgId), eq(goals.id, id)));
    await writeRevision(tx, ctx, before, after, reason);
    await recordAudit(tx, ctx, "goal.updated", { type: "goal", id });
  });
}

/**
 * Activates, closes (achieved / missed), archives or reopens a goal as a
 * draft, as lib/domain/goal-status allows. The check runs on the row locked
 * for this transaction, so two changes at once cannot both pass it.
 */
export async function changeGoalStatus(
  ctx: TenantContext,
  id: string,
  version: number,
  status: GoalStatus,
  reason: string,
  today: string,
  realismReason: string | null = null,
): Promise<void> {
  await getDb().transaction(async (tx) => {
    const before = await lockGoal(tx, ctx, id, version);
    if (before.status === status) return;
    if (!canTransition(before.status, status)) throw new ConflictError("goals.errors.transition");
    // Achieved or missed: the reason is what the revision keeps about why the goal ended.
    if (needsReason(status) && !reason.trim()) throw new ValidationError({ reason: ["goals.errors.reasonRequired"] });
    // Only a draft may become active (the table), so the goal is checked as a new one.
    const kept = needsSmartCheck(status)
      ? { realismReason: await requireSmart(tx, ctx, before, today, true, realismReason || before.realismReason) }
      : {};
    await tx
      .update(goals)
      .set({ status, ...kept, version: before.version + 1, updatedAt: sql`now()` })
      .where(and(eq(goals.orgId, ctx.orgId), eq(goals.id, id)));
    await writeRevision(tx, ctx, before, { status }, reason);
    await recordAudit(tx, ctx, "goal.status_changed", { type: "goal", id }, { from: before.status, to: status });
  });
}

/** Only drafts can be deleted; everything else is archived and keeps its history. */
export async function deleteDraftGoal(ctx: TenantContext, id: string, version: number): Promise<void> {
  await getDb().transaction(async (tx) => {
    const before = await lockGoal(tx, ctx, id, version);
    if (before.status !== "draft") throw new ConflictError("goals.errors.onlyDrafts");
    await tx.delete(goals).where(and(eq(goals.orgId, ctx.orgId), eq(goals.id, id)));
    await recordAudit(tx, ctx, "goal.deleted", { type: "goal", id }, { title: before.title });
  });
}
