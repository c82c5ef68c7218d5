"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { COVERS } from "@/lib/domain/series";
import { decimal, orgSlug, requiredIsoDate } from "@/lib/form-fields";
import { orgAction } from "@/lib/auth/action";
import { recentPoints, recordMeasurements } from "@/lib/data/measurements";
import { ValidationError } from "@/lib/errors";
import { todayIn } from "@/lib/format";

const org = orgSlug;
const isoDate = requiredIsoDate;
/** "Yes, I'm sure": save a value far outside its series' recent range (lib/domain/unusual-value) without asking again. */
const sure = z.literal("yes", "validation.invalid").optional();

const quickSchema = z.object({
  org,
  channelId: z.uuid("validation.invalid"),
  metricId: z.uuid("validation.invalid"),
  date: isoDate,
  value: decimal.refine((v) => v !== null, "validation.required"),
  // How long a note may be is measurementProblems' rule, checked in lib/data.
  note: z.string().trim().optional(),
  sure,
});

/** How many latest values the goal page lists under its entry (QuickEntryPanel). */
const RECENT_VALUES = 8;

/** One value of one series, from the goal page or the Measurements page. Any member may record. */
export const recordMeasurementAction = orgAction(quickSchema, "measurement.record", async ({ ctx, org: o }, input) => {
  try {
    const { sure: confirmed, ...item } = input;
    const result = await recordMeasurements(ctx, [{ ...item, value: item.value, note: item.note || null }], {
      source: "manual",
      today: todayIn(o.timeZone),
      askUnusual: !confirmed,
    });
    // The answer carries the series' latest values for the entry's list, not a re-rendered page: the
    // browser refreshes the page after it (QuickEntry), so the write's answer waits for no render.
    const recent = await recentPoints(ctx, input, RECENT_VALUES);
    return { ...result, date: input.date, recent };
  } catch (error) {
    // The single item's problems belong to the form's own fields (an unusual value's question too, its range kept as "low.0", "high.0").
    if (error instanceof ValidationError) {
      const fields = Object.entries(error.fieldErrors).map(([k, v]): [string, string[]] => [k.replace(/^items\.0\./, ""), v]);
      throw new ValidationError(Object.fromEntries(fields), error.messageKey, error.messageValues);
    }
    throw error;
  }
});

const bulkSchema = z.object({
  org,
  channelId: z.uuid("validation.invalid"),
  /** The grid's columns: days, weeks (each value the week's, from its Monday) or months (from the 1st). */
  every: z.enum(COVERS, "validation.invalid").default("day"),
  cells: z.preprocess(
    (v) => {
      try {
        return typeof v === "string" ? (JSON.parse(v) as unknown) : v;
      } catch {
        return null;
      }
    },
    z
      .array(z.object({ metricId: z.uuid(), date: isoDate, value: z.number("validation.number") }))
      .min(1, "measurements.errors.nothingToSave")
      .max(500),
  ),
  sure,
});

/** Many values of one channel, saved in one transaction; invalid cells come back by index, and so do unusual ones without `sure`. */
export const recordBulkAction = orgAction(bulkSchema, "measurement.record", async ({ ctx, org: o }, input) => {
  const result = await recordMeasurements(
    ctx,
    input.cells.map((c) => ({ channelId: input.channelId, ...c, covers: input.every })),
    { source: "grid", today: todayIn(o.timeZone), askUnusual: !input.sure },
  );
  revalidatePath(`/${o.slug}`, "layout");
  return result;
});
