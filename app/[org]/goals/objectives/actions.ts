"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { orgSlug } from "@/lib/form-fields";
import { orgAction } from "@/lib/auth/action";
import { createObjective, setObjectiveArchived, updateObjective } from "@/lib/data/goals";

const org = orgSlug;
const fields = {
  title: z.string().trim().min(1, "validation.required").max(200, "validation.tooLong"),
  description: z.string().trim().max(1000, "validation.tooLong").default(""),
};

/** Owners and managers keep the business objectives that goals link to (the R in SMART). */
export const createObjectiveAction = orgAction(z.object({ org, ...fields }), "objective.write", async ({ ctx, org: o }, input) => {
  const row = await createObjective(ctx, { title: input.title, description: input.description });
  revalidatePath(`/${o.slug}/goals`, "layout");
  return { id: row.id };
});

export const updateObjectiveAction = orgAction(
  z.object({ org, id: z.uuid("validation.invalid"), ...fields }),
  "objective.write",
  async ({ ctx, org: o }, input) => {
    await updateObjective(ctx, input.id, { title: input.title, description: input.description });
    revalidatePath(`/${o.slug}/goals`, "layout");
    return { id: input.id };
  },
);

export const archiveObjectiveAction = orgAction(
  z.object({ org, id: z.uuid("validation.invalid"), archived: z.enum(["true", "false"]).transform((v) => v === "true") }),
  "objective.write",
  async ({ ctx, org: o }, input) => {
    await setObjectiveArchived(ctx, input.id, input.archived);
    revalidatePath(`/${o.slug}/goals`, "layout");
  },
);
