"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { measurePeriods } from "@/lib/domain/series";
import { orgAction } from "@/lib/auth/action";
import {
  createGoal,
  deleteDraftGoal,
  changeGoalStatus,
  type GoalFields,
  metricHistory,
  setGoalPath,
  setMeasurePeriod,
  updateGoal,
} from "@/lib/data/goals";
import { orgSlug, wholeNumber } from "@/lib/form-fields";
import { GOAL_STATUSES } from "@/lib/domain/goal-types";
import { todayIn } from "@/lib/format";
import { ValidationError } from "@/lib/errors";
import { type GoalFormInput, goalEditSchema, goalFormSchema, goalPathSchema, measurePeriodSchema } from "./schema";

function fieldsOf(input: GoalFormInput): GoalFields {
  const custom = input.metricId === "custom";
  return {
    title: input.title,
    description: input.description,
    channelId: input.channelId,
    metricId: custom ? null : input.metricId,
    customMetric: custom
      ? { name: input.customMetricName ?? "", unit: input.unit, direction: input.direction, kind: input.customMetricKind }
      : null,
    unit: input.unit,
    direction: input.direction,
    baselineValue: input.baselineValue,
    baselineDate: input.baselineDate,
    targetValue: input.targetValue,
    startDate: input.startDate,
    deadline: input.deadline,
    measurePeriod: input.measurePeriod,
    objectiveId: input.objectiveId,
    ownerId: input.ownerId,
    priority: input.priority,
    realismReason: input.realismReason || null,
  };
}

/** Owners and managers write goals; saved as a draft, or active when all five SMART checks are met. */
export const createGoalAction = orgAction(goalFormSchema, "goal.write", async ({ ctx, org }, input) => {
  const id = await createGoal(ctx, fieldsOf(input), input.intent, todayIn(org.timeZone));
  revalidatePath(`/${org.slug}`, "layout");
  redirect(`/${org.slug}/goals/${id}`);
});

export const updateGoalAction = orgAction(goalEditSchema, "goal.write", async ({ ctx, org }, input) => {
  await updateGoal(ctx, input.id, input.version, fieldsOf(input), input.reason, todayIn(org.timeZone));
  revalidatePath(`/${org.slug}`, "layout");
  redirect(`/${org.slug}/goals/${input.id}`);
});

const statusSchema = z.object({
  org: orgSlug,
  id: z.uuid("validation.invalid"),
  version: wholeNumber(z.number().int().min(1)),
  status: z.enum(GOAL_STATUSES, "validation.invalid"),
  reason: z.string().trim().max(500, "validation.tooLong").default(""),
  /** Why the team keeps a target the realism check calls unrealistic; needed to activate such a goal. */
  realismReason: z.string().trim().max(1000, "validation.tooLong").default(""),
});

export const changeGoalStatusAction = orgAction(statusSchema, "goal.write", async ({ ctx, org }, input) => {
  const { id, version, status, reason, realismReason } = input;
  await changeGoalStatus(ctx, id, version, status, reason, todayIn(org.timeZone), realismReason || null);
  revalidatePath(`/${org.slug}`, "layout");
});

const deleteSchema = z.object({ org: orgSlug, id: z.uuid("validation.invalid"), version: wholeNumber(z.number().int().min(1)) });

export const deleteDraftGoalAction = orgAction(deleteSchema, "goal.write", async ({ ctx, org }, input) => {
  await deleteDraftGoal(ctx, input.id, input.version);
  revalidatePath(`/${org.slug}`, "layout");
  redirect(`/${org.slug}/goals`);
});

const seriesSchema = z.object({
  org: orgSlug,
  channelId: z.uuid("validation.invalid"),
  metricId: z.uuid("validation.invalid"),
  /** The goal's period as the form has it; absent or empty: the organization's default. */
  measurePeriod: z.enum(["", ...measurePeriods], "validation.invalid").optional(),
});

/**
 * A metric's last year of measurements: the goal form offers the latest as the
 * baseline and runs the realism check on them as the person types. Read-only.
 */
export const metricHistoryAction = orgAction(seriesSchema, "org.view", async ({ ctx, org }, input) => {
  return metricHistory(ctx, input, input.measurePeriod || null, todayIn(org.timeZone));
});

/** The organization's default period for measuring goals: owners and managers. */
export const setMeasurePeriodAction = orgAction(measurePeriodSchema, "goal.write", async ({ ctx, org }, input) => {
  await setMeasurePeriod(ctx, input.period);
  revalidatePath(`/${org.slug}`, "layout");
});

/**
 * The path a goal's progress is expected to follow: a steady line, last
 * year's season or the team's milestones. Owners and managers. Empty rows are
 * left out; a bad milestone's message comes back next to its own row.
 */
export const setGoalPathAction = orgAction(goalPathSchema, "goal.write", async ({ ctx, org }, input) => {
  const rows = input.milestones.flatMap((m, row) => (m.date !== null && m.value !== null ? [{ row, date: m.date, value: m.value }] : []));
  try {
    await setGoalPath(ctx, input.id, input.version, { kind: input.pathKind, milestones: rows.map(({ date, value }) => ({ date, value })) });
  } catch (error) {
    // The data layer numbers the milestones it was given; the form numbers its rows.
    if (!(error instanceof ValidationError)) throw error;
    const fieldErrors = Object.fromEntries(
      Object.entries(error.fieldErrors).map(([field, keys]) => [
        field.replace(/^milestones\.(\d+)\./, (_, i: string) => `milestones.${rows[Number(i)]?.row ?? i}.`),
        keys,
      ]),
    );
    throw new ValidationError(fieldErrors, error.messageKey, error.messageValues);
  }
  revalidatePath(`/${org.slug}`, "layout");
});
