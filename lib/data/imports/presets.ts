import { and, asc, eq } from "drizzle-orm";
import { getDb, type Queryable } from "@/db/client";
import { importPresets } from "@/db/schema";
import type { ColumnMapping, Rows } from "@/lib/domain/import";
import { headerSignature, mappingProblem, signatureCells, take } from "@/lib/domain/import";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { recordAudit } from "@/lib/data/audit";
import type { TenantContext } from "../context";

/** An organization keeps at most this many presets: recognising a file tries each one. */
const MAX_PRESETS = 100;

/** A saved preset with the header it reads (as the file wrote it; lower-cased for a preset saved before headers were kept). */
export type PresetSummary = { id: string; name: string; mapping: ColumnMapping; header: string[]; updatedAt: Date };

const headerOf = (row: { mapping: ColumnMapping; header: string }) => row.mapping.header ?? signatureCells(row.header);

export async function listPresets(ctx: TenantContext, db: Queryable = getDb()): Promise<PresetSummary[]> {
  const rows = await db
    .select({
      id: importPresets.id,
      name: importPresets.name,
      mapping: importPresets.mapping,
      header: importPresets.header,
      updatedAt: importPresets.updatedAt,
    })
    .from(importPresets)
    .where(eq(importPresets.orgId, ctx.orgId))
    .orderBy(asc(importPresets.name))
    .limit(MAX_PRESETS);
  return rows.map((r) => ({ ...r, header: headerOf(r) }));
}

/** Refuses a mapping that cannot read a header of this many cells (the same rule for saving and editing). */
function checkMapping(mapping: ColumnMapping, width: number) {
  const problem = mappingProblem(mapping, width);
  if (problem) throw new ValidationError({ mapping: [problem] }, problem);
}

/** The organization's preset whose saved header is this file's header row, if any (only the rows down to it are read). */
export async function presetForRows(ctx: TenantContext, rows: Rows, db: Queryable = getDb()) {
  const presets = await db.select().from(importPresets).where(eq(importPresets.orgId, ctx.orgId)).limit(MAX_PRESETS);
  const head = take(rows, Math.max(0, ...presets.map((p) => p.mapping.headerRow + 1)));
  return presets.find((p) => head[p.mapping.headerRow] && headerSignature(head[p.mapping.headerRow]!) === p.header) ?? null;
}

/** The preset if it belongs to the organization; another organization's id answers like a missing one. */
export async function findPreset(ctx: TenantContext, id: string, db: Queryable = getDb()) {
  const [row] = await db
    .select()
    .from(importPresets)
    .where(and(eq(importPresets.id, id), eq(importPresets.orgId, ctx.orgId)))
    .limit(1);
  if (!row) throw new NotFoundError("preset");
  return row;
}

const uniqueName = (error: unknown) =>
  (error as { code?: string; cause?: { code?: string } })?.code === "23505" ||
  (error as { cause?: { code?: string } })?.cause?.code === "23505";

/** Saves the column mapper's answer under a name, with the header it was made for. */
export async function savePreset(
  ctx: TenantContext,
  input: { name: string; mapping: ColumnMapping; header: string[] },
  db: Queryable = getDb(),
): Promise<string> {
  checkMapping(input.mapping, input.header.length);
  return db.transaction(async (tx) => {
    if ((await tx.$count(importPresets, eq(importPresets.orgId, ctx.orgId))) >= MAX_PRESETS) {
      throw new ValidationError({ name: ["import.presets.tooMany"] }, "import.presets.tooMany", { max: MAX_PRESETS });
    }
    try {
      const [row] = await tx
        .insert(importPresets)
        .values({
          orgId: ctx.orgId,
          name: input.name,
          mapping: { ...input.mapping, header: input.header },
          header: headerSignature(input.header),
          createdBy: ctx.userId,
        })
        .returning({ id: importPresets.id });
      await recordAudit(tx, ctx, "measurements.preset_saved", { type: "import_preset", id: row!.id }, { name: input.name });
      return row!.id;
    } catch (error) {
      if (uniqueName(error)) throw new ConflictError("import.presets.nameTaken", { name: ["import.presets.nameTaken"] });
      throw error;
    }
  });
}

/**
 * A preset's mapping changed: its date column and format, each column's
 * channel, metric and sum or last. Without `header` it keeps reading the
 * header it was saved for; with one (the mapper opened on a file) it reads
 * that file's header from now on. Checked as when it was saved.
 */
export async function updatePresetMapping(
  ctx: TenantContext,
  id: string,
  input: { mapping: ColumnMapping; header?: string[] },
  db: Queryable = getDb(),
): Promise<void> {
  await db.transaction(async (tx) => {
    const preset = await findPreset(ctx, id, tx);
    const header = input.header ?? headerOf(preset);
    checkMapping(input.mapping, header.length);
    await tx
      .update(importPresets)
      .set({
        mapping: { ...input.mapping, header },
        header: input.header ? headerSignature(input.header) : preset.header,
        updatedAt: new Date(),
      })
      .where(and(eq(importPresets.id, id), eq(importPresets.orgId, ctx.orgId)));
    await recordAudit(tx, ctx, "measurements.preset_edited", { type: "import_preset", id }, { name: preset.name });
  });
}

export async function renamePreset(ctx: TenantContext, id: string, name: string, db: Queryable = getDb()): Promise<void> {
  await db.transaction(async (tx) => {
    await findPreset(ctx, id, tx);
    try {
      await tx
        .update(importPresets)
        .set({ name, updatedAt: new Date() })
        .where(and(eq(importPresets.id, id), eq(importPresets.orgId, ctx.orgId)));
    } catch (error) {
      if (uniqueName(error)) throw new ConflictError("import.presets.nameTaken", { name: ["import.presets.nameTaken"] });
      throw error;
    }
    await recordAudit(tx, ctx, "measurements.preset_renamed", { type: "import_preset", id }, { name });
  });
}

export async function deletePreset(ctx: TenantContext, id: string, db: Queryable = getDb()): Promise<void> {
  await db.transaction(async (tx) => {
    const preset = await findPreset(ctx, id, tx);
    await tx.delete(importPresets).where(and(eq(importPresets.id, id), eq(importPresets.orgId, ctx.orgId)));
    await recordAudit(tx, ctx, "measurements.preset_deleted", { type: "import_preset", id }, { name: preset.name });
  });
}
