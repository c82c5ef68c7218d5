"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { orgAction } from "@/lib/auth/action";
import { columnMappingSchema, deletePreset, renamePreset, savePreset, undoImport, updatePresetMapping } from "@/lib/data/imports";

const org = z.string().min(1).max(100);
const name = z.string("validation.required").trim().min(1, "validation.required").max(80, "validation.tooLong");

/** A JSON form field, parsed by `schema`; bad JSON is an invalid field, not a 500. */
const jsonField = <S extends z.ZodType>(schema: S) =>
  z
    .string()
    .max(20_000)
    .transform((text, c) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        c.addIssue({ code: "custom", message: "validation.invalid" });
        return z.NEVER;
      }
    })
    .pipe(schema);

/** Owners and managers: undo one import as a whole (its values restored or removed, with history). */
export const undoImportAction = orgAction(
  z.object({ org, id: z.uuid("validation.invalid") }),
  "import.manage",
  async ({ ctx, org: o }, input) => {
    const result = await undoImport(ctx, input.id);
    revalidatePath(`/${o.slug}`, "layout");
    return result;
  },
);

const header = jsonField(z.array(z.string().max(500)).min(1).max(200));

/** Owners and managers: the column mapper's answer saved under a name, for next month's file. */
export const savePresetAction = orgAction(
  z.object({ org, name, mapping: jsonField(columnMappingSchema), header }),
  "import.manage",
  async ({ ctx, org: o }, input) => {
    const id = await savePreset(ctx, input);
    revalidatePath(`/${o.slug}/measurements`);
    return { id };
  },
);

/** Owners and managers: a saved preset's columns changed (and, when edited on a file, the header it recognises). */
export const updatePresetAction = orgAction(
  z.object({ org, id: z.uuid("validation.invalid"), mapping: jsonField(columnMappingSchema), header: header.optional() }),
  "import.manage",
  async ({ ctx, org: o }, input) => {
    await updatePresetMapping(ctx, input.id, { mapping: input.mapping, header: input.header });
    revalidatePath(`/${o.slug}/measurements`);
  },
);

export const renamePresetAction = orgAction(
  z.object({ org, id: z.uuid("validation.invalid"), name }),
  "import.manage",
  async ({ ctx, org: o }, input) => {
    await renamePreset(ctx, input.id, input.name);
    revalidatePath(`/${o.slug}/measurements`);
  },
);

export const deletePresetAction = orgAction(
  z.object({ org, id: z.uuid("validation.invalid") }),
  "import.manage",
  async ({ ctx, org: o }, input) => {
    await deletePreset(ctx, input.id);
    revalidatePath(`/${o.slug}/measurements`);
  },
);
