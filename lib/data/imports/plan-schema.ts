import { z } from "zod";
import { METRIC_KINDS } from "@/lib/domain/series";

/** The column mapper's answer as it arrives from the browser; bounded like the mapper itself. */
export const columnMappingSchema = z.object({
  headerRow: z.number().int().min(0).max(50),
  dateColumn: z.number().int().min(0).max(200),
  dateFormat: z.enum(["iso", "dmy", "mdy", "ymdCompact"]),
  columns: z
    .array(
      z.object({
        column: z.number().int().min(0).max(200),
        channel: z.string().min(1).max(200),
        metric: z.string().min(1).max(200),
        combine: z.enum(["sum", "last"]),
      }),
    )
    .min(1)
    .max(50),
  header: z.array(z.string().max(500)).max(200).optional(),
});

/** What the person confirmed in the preview: channels, metrics to create, the mapping or a preset. */
export const importPlanSchema = z.object({
  channels: z.record(z.string().max(200), z.uuid()).default({}),
  newMetrics: z.record(z.string().max(401), z.enum(METRIC_KINDS)).optional(),
  mapping: columnMappingSchema.nullish(),
  presetId: z.uuid().nullish(),
});
