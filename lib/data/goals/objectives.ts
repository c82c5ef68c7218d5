import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { type Objective, objectives } from "@/db/schema/index";
import { NotFoundError } from "@/lib/errors";
import { recordAudit } from "@/lib/data/audit";
import type { TenantContext } from "../context";

export async function listObjectives(ctx: TenantContext, opts: { includeArchived?: boolean } = {}): Promise<Objective[]> {
  return getDb()
    .select()
    .from(objectives)
    .where(and(eq(objectives.orgId, ctx.orgId), opts.includeArchived ? undefined : isNull(objectives.archivedAt)))
    .orderBy(asc(objectives.title));
}

export async function createObjective(ctx: TenantContext, input: { title: string; description: string }): Promise<Objective> {
  return getDb().transaction(async (tx) => {
    const [row] = await tx
      .insert(objectives)
      .values({ orgId: ctx.orgId, createdBy: ctx.userId, ...input })
      .returning();
    await recordAudit(tx, ctx, "objective.created", { type: "objective", id: row!.id });
    return row!;
  });
}

export async function updateObjective(ctx: TenantContext, id: string, input: { title: string; description: string }): Promise<void> {
  await getDb().transaction(async (tx) => {
    const [row] = await tx
      .update(objectives)
      .set({ ...input, updatedAt: sql`now()` })
      .where(and(eq(objectives.orgId, ctx.orgId), eq(objectives.id, id)))
      .returning({ id: objectives.id });
    if (!row) throw new NotFoundError();
    await recordAudit(tx, ctx, "objective.updated", { type: "objective", id });
  });
}

/** Archives (or restores) an objective; its goals keep the link. */
export async function setObjectiveArchived(ctx: TenantContext, id: string, archived: boolean): Promise<void> {
  await getDb().transaction(async (tx) => {
    const [row] = await tx
      .update(objectives)
      .set({ archivedAt: archived ? sql`now()` : null, updatedAt: sql`now()` })
      .where(and(eq(objectives.orgId, ctx.orgId), eq(objectives.id, id)))
      .returning({ id: objectives.id });
    if (!row) throw new NotFoundError();
    await recordAudit(tx, ctx, archived ? "objective.archived" : "objective.restored", { type: "objective", id });
  });
}
