import { z } from "zod";
import { DIRECTIONS, PRIORITIES, UNITS } from "@/lib/domain/goal-types";
import { decimal, isoDate, optionalId, orgSlug, wholeNumber } from "@/lib/form-fields";
import { goalDateErrors } from "@/lib/domain/goal-dates";
import { METRIC_KINDS, measurePeriods } from "@/lib/domain/series";
import { MAX_MILESTONES, PATH_KINDS } from "@/lib/domain/expected-path";

const unit = z.enum(UNITS, "validation.invalid");
const direction = z.enum(DIRECTIONS, "validation.invalid");

export const goalFormSchema = z
  .object({
    org: orgSlug,
    title: z.string().trim().min(1, "validation.required").max(200, "validation.tooLong"),
    description: z.string().trim().max(2000, "validation.tooLong").default(""),
    channelId: z.uuid("goals.errors.chooseChannel"),
    metricId: z.union([z.literal("custom"), z.uuid("goals.errors.chooseMetric")], "goals.errors.chooseMetric"),
    customMetricName: z.string().trim().max(80, "validation.tooLong").optional(),
    customMetricKind: z.enum(METRIC_KINDS, "validation.invalid").default("level"),
    /** Empty: the organization's default period. */
    measurePeriod: z
      .union([z.literal(""), z.enum(measurePeriods)], "validation.invalid")
      .default("")
      .transform((v) => (v === "" ? null : v)),
    unit,
    direction,
    baselineValue: decimal,
    baselineDate: isoDate,
    targetValue: decimal,
    startDate: isoDate,
    deadline: isoDate,
    objectiveId: optionalId,
    ownerId: optionalId,
    priority: z.enum(PRIORITIES, "validation.invalid").default("medium"),
    intent: z.enum(["draft", "active"]).default("draft"),
    /** Asked for when the realism check calls the target unrealistic; empty otherwise. */
    realismReason: z.string().trim().max(1000, "validation.tooLong").default(""),
  })
  .superRefine((v, ctx) => {
    if (v.metricId === "custom" && !v.customMetricName) {
      ctx.addIssue({ code: "custom", path: ["customMetricName"], message: "validation.required" });
    }
    // Dates out of range are already refused by isoDate; the data layer checks again with the organization's today.
    const { deadline } = goalDateErrors(v, new Date().toISOString().slice(0, 10));
    for (const message of deadline ?? []) if (message.startsWith("goals.")) ctx.addIssue({ code: "custom", path: ["deadline"], message });
  });

export type GoalFormInput = z.output<typeof goalFormSchema>;

export const goalEditSchema = goalFormSchema.and(
  z.object({
    id: z.uuid("validation.invalid"),
    version: wholeNumber(z.number().int().min(1)),
    reason: z.string().trim().max(500, "validation.tooLong").default(""),
  }),
);

/** The organization's default measure period (the goals page, owners and managers). */
export const measurePeriodSchema = z.object({
  org: orgSlug,
  period: z.enum(measurePeriods, "validation.invalid"),
});

/** Milestone rows as the form sends them ("milestones.0.date", "milestones.0.value", …), nested for the schema; at most 100 rows are read. */
function nestMilestones(raw: unknown): unknown {
  if (!raw || typeof raw !== "object" || Array.isArray((raw as { milestones?: unknown }).milestones)) return raw;
  const rows: Record<string, unknown>[] = [];
  for (const [key, value] of Object.entries(raw)) {
    const m = /^milestones\.(\d{1,2})\.(date|value)$/.exec(key);
    if (m) (rows[Number(m[1])] ??= {})[m[2]!] = value;
  }
  return { ...raw, milestones: Array.from(rows, (r) => r ?? {}) };
}

const milestoneRow = z.object({ date: isoDate.default(null), value: decimal.default(null) });

/** A goal's path and its milestones; a row with neither date nor value is an empty row, one with only one of them is incomplete. */
export const goalPathSchema = z.preprocess(
  nestMilestones,
  z
    .object({
      org: orgSlug,
      id: z.uuid("validation.invalid"),
      version: wholeNumber(z.number().int().min(1)),
      pathKind: z.enum(PATH_KINDS, "validation.invalid"),
      milestones: z.array(milestoneRow).max(MAX_MILESTONES, "goals.path.errors.tooMany").default([]),
    })
    .superRefine((v, ctx) => {
      v.milestones.forEach((m, i) => {
        if ((m.date === null) === (m.value === null)) return;
        const field = m.date === null ? "date" : "value";
        ctx.addIssue({ code: "custom", path: ["milestones", i, field], message: "validation.required" });
      });
    }),
);
