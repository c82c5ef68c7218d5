"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { decimal, orgSlug, wholeNumber } from "@/lib/form-fields";
import { orgAction } from "@/lib/auth/action";
import { correctMeasurement, deleteMeasurement } from "@/lib/data/measurements";
import { can } from "@/lib/domain/permissions";
import { ValidationError } from "@/lib/errors";
import { todayIn } from "@/lib/format";

const id = wholeNumber(z.number("validation.invalid").int("validation.invalid").positive("validation.invalid"));

const correctSchema = z.object({
  org: orgSlug,
  id,
  value: decimal.refine((v) => v !== null, "validation.required"),
  // How long a note may be is measurementProblems' rule, checked in lib/data.
  note: z.string().trim().optional(),
});

/** Corrects one recorded value: a manager any value, anyone else a value they recorded. */
export const correctMeasurementAction = orgAction(correctSchema, "measurement.record", async ({ ctx, org: o }, input) => {
  try {
    const result = await correctMeasurement(
      ctx,
      input.id,
      { value: input.value, note: input.note || null },
      { anyValue: can(ctx.role, "measurement.correctAny"), today: todayIn(o.timeZone) },
    );
    revalidatePath(`/${o.slug}`, "layout");
    return result;
  } catch (error) {
    // The single value's problems belong to the form's own fields.
    if (error instanceof ValidationError) {
      throw new ValidationError(Object.fromEntries(Object.entries(error.fieldErrors).map(([k, v]) => [k.replace(/^items\.0\./, ""), v])));
    }
    throw error;
  }
});

/** Deletes one recorded value (kept in its history): a manager any value, anyone else a value they recorded. */
export const deleteMeasurementAction = orgAction(z.object({ org: orgSlug, id }), "measurement.record", async ({ ctx, org: o }, input) => {
  await deleteMeasurement(ctx, input.id, { anyValue: can(ctx.role, "measurement.correctAny") });
  revalidatePath(`/${o.slug}`, "layout");
  return { id: input.id };
});
