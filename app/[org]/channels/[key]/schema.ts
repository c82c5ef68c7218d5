import { z } from "zod";
import { CHART_NOTE_MAX } from "@/lib/domain/chart-notes";
import { orgSlug } from "@/lib/form-fields";

// Dates are checked by the domain rule (lib/domain/chart-notes.ts), which names the field.
const note = {
  body: z.string().max(CHART_NOTE_MAX * 4, "validation.tooLong"),
  startsOn: z.string().max(20, "validation.date"),
  endsOn: z
    .string()
    .max(20, "validation.date")
    .default("")
    .transform((v) => v || null),
};

export const addChartNoteSchema = z.object({ org: orgSlug, channelId: z.uuid("validation.invalid"), ...note });
export const updateChartNoteSchema = z.object({ org: orgSlug, id: z.uuid("validation.invalid"), ...note });
export const chartNoteRefSchema = z.object({ org: orgSlug, id: z.uuid("validation.invalid") });
export const chartNoteFromReviewSchema = z.object({
  org: orgSlug,
  reviewNoteId: z.uuid("validation.invalid"),
  channelId: z.uuid("validation.invalid"),
});
