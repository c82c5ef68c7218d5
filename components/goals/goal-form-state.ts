import { typedNumber } from "@/lib/domain/decimal-input";
import { chosenMetricId } from "./metric-choice";
import type { Direction, GoalDraft, Priority, Unit } from "@/lib/domain/goal-types";

/** The goal form's fields as typed (strings, as inputs hold them). */
export type GoalFormValues = {
  title: string;
  description: string;
  channelId: string;
  metricId: string;
  customMetricName: string;
  customMetricKind: "level" | "total" | "rate";
  /** "" follows the organization's default. */
  measurePeriod: "" | "week" | "month";
  unit: Unit;
  direction: Direction;
  baselineValue: string;
  baselineDate: string;
  targetValue: string;
  startDate: string;
  deadline: string;
  objectiveId: string;
  ownerId: string;
  priority: Priority;
};

export const EMPTY_GOAL: GoalFormValues = {
  title: "",
  description: "",
  channelId: "",
  metricId: "",
  customMetricName: "",
  customMetricKind: "level",
  measurePeriod: "",
  unit: "count",
  direction: "increase",
  baselineValue: "",
  baselineDate: "",
  targetValue: "",
  startDate: "",
  deadline: "",
  objectiveId: "",
  ownerId: "",
  priority: "medium",
};

/** A new goal's form: it starts today and belongs to the person writing it until they choose someone else. */
export function newGoalValues(today: string, writerId: string): GoalFormValues {
  return { ...EMPTY_GOAL, startDate: today, ownerId: writerId };
}

export function toDraft(v: GoalFormValues): GoalDraft {
  return {
    title: v.title,
    channelId: v.channelId || null,
    metricId: chosenMetricId(v) ?? (v.metricId === "custom" && v.customMetricName.trim() ? "custom" : null),
    unit: v.unit,
    direction: v.direction,
    baselineValue: typedNumber(v.baselineValue),
    targetValue: typedNumber(v.targetValue),
    startDate: v.startDate || null,
    deadline: v.deadline || null,
    objectiveId: v.objectiveId || null,
  };
}

/**
 * Fills in values that arrive late (a template's baseline, looked up after the
 * click), but only into fields still as the template left them: what the
 * person typed in the meantime stays.
 */
export function fillUnedited(current: GoalFormValues, asApplied: Partial<GoalFormValues>, late: Partial<GoalFormValues>): GoalFormValues {
  const next = { ...current };
  for (const key of Object.keys(late) as (keyof GoalFormValues)[]) {
    if (current[key] === asApplied[key]) Object.assign(next, { [key]: late[key] });
  }
  return next;
}
