import { and, desc, eq, isNull, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb, type Queryable } from "@/db/client";
import { importPresets, imports, users } from "@/db/schema";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { recordAudit } from "@/lib/data/audit";
import type { TenantContext } from "../context";

/** Past imports shown on the measurements page, newest first. */
const IMPORTS_LISTED = 50;

export type ImportListItem = {
  id: string;
  fileName: string;
  source: string;
  /** The saved layout that read the file, while it exists. */
  presetName: string | null;
  periodFrom: string | null;
  periodTo: string | null;
  rows: number;
  created: number;
  corrected: number;
  unchanged: number;
  createdBy: string | null;
  createdAt: Date;
  undoneAt: Date | null;
  undoneBy: string | null;
};

export async function listImports(ctx: TenantContext, db: Queryable = getDb()): Promise<ImportListItem[]> {
  const undoer = alias(users, "undoer");
  return db
    .select({
      id: imports.id,
      fileName: imports.fileName,
      source: imports.source,
      presetName: importPresets.name,
      periodFrom: imports.periodFrom,
      periodTo: imports.periodTo,
      rows: imports.rows,
      created: imports.created,
      corrected: imports.corrected,
      unchanged: imports.unchanged,
      createdBy: users.name,
      createdAt: imports.createdAt,
      undoneAt: imports.undoneAt,
      undoneBy: undoer.name,
    })
    .from(imports)
    .leftJoin(users, eq(users.id, imports.createdBy))
    .leftJoin(undoer, eq(undoer.id, imports.undoneBy))
    .leftJoin(importPresets, and(eq(importPresets.id, imports.presetId), eq(importPresets.orgId, ctx.orgId)))
    .where(eq(imports.orgId, ctx.orgId))
    .orderBy(desc(imports.createdAt))
    .limit(IMPORTS_LISTED);
}

export type UndoResult = { restored: number; removed: number };

const rowsOf = <T>(result: unknown): T[] => (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];

/**
 * Undoes one import as a whole, in one transaction. Only values it wrote that
 * are still current are touched (a later correction wins and stays): each goes
 * back to the value it replaced — the newest history entry not written by an
 * undone import — or is removed when the import created it. The undone value
 * is kept in the history under the import's id, and that history entry is
 * never restored again because its import is marked undone.
 */
export async function undoImport(ctx: TenantContext, id: string, db: Queryable = getDb()): Promise<UndoResult> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ id: imports.id, undoneAt: imports.undoneAt })
      .from(imports)
      .where(and(eq(imports.id, id), eq(imports.orgId, ctx.orgId)))
      .for("update");
    if (!row) throw new NotFoundError("import");
    if (row.undoneAt) throw new ConflictError("import.errors.alreadyUndone");
    // Mark it first: its own history entries (the undone values below) then never count as "before".
    await tx
      .update(imports)
      .set({ undoneAt: new Date(), undoneBy: ctx.userId })
      .where(and(eq(imports.id, id), eq(imports.orgId, ctx.orgId), isNull(imports.undoneAt)));
    const result = await tx.execute(sql`
      with current as (
        select s.* from kpi_snapshots s where s.org_id = ${ctx.orgId} and s.import_id = ${id} for update
      ),
      before as (
        select distinct on (h.snapshot_id) h.*
        from kpi_snapshot_history h join current c on h.snapshot_id = c.id
        where h.org_id = ${ctx.orgId}
          and not exists (select 1 from imports u where u.id = h.import_id and u.undone_at is not null)
        order by h.snapshot_id, h.id desc
      ),
      kept as (
        insert into kpi_snapshot_history
          (org_id, snapshot_id, channel_id, metric_id, date, value, source, source_detail, note, recorded_by, recorded_at, import_id, replaced_by)
        select ${ctx.orgId}, c.id, c.channel_id, c.metric_id, c.date, c.value, c.source, c.source_detail, c.note, c.recorded_by, c.recorded_at,
               c.import_id, ${ctx.userId}
        from current c join before b on b.snapshot_id = c.id
        returning 1
      ),
      restored as (
        update kpi_snapshots s
        set value = b.value, source = b.source, source_detail = b.source_detail, note = b.note, recorded_by = b.recorded_by,
            recorded_at = b.recorded_at, import_id = b.import_id
        from before b where s.id = b.snapshot_id and s.org_id = ${ctx.orgId}
        returning s.id
      ),
      spent as (
        delete from kpi_snapshot_history h using before b where h.id = b.id returning 1
      ),
      removed as (
        delete from kpi_snapshots s
        where s.org_id = ${ctx.orgId} and s.import_id = ${id} and s.id not in (select snapshot_id from before)
        returning 1
      )
      select (select count(*) from restored) as restored, (select count(*) from removed) as removed,
             (select count(*) from kept) as kept, (select count(*) from spent) as spent`);
    const counts = rowsOf<{ restored: string | number; removed: string | number }>(result)[0];
    const out = { restored: Number(counts?.restored ?? 0), removed: Number(counts?.removed ?? 0) };
    await recordAudit(tx, ctx, "measurements.import_undone", { type: "import", id }, out);
    return out;
  });
}
