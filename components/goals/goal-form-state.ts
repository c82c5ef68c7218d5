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

/** "1 499,5" → 1499.5; empty or not a number → null. */
export function parseDecimal(text: string): number | null {
  if (!text.trim()) return null;
  const n = Number(text.replace(/[\s\u00a0]/g, "").replace(",", "."));
  return Number.isFinite(n) ? n : null;
}

/** A number as a person types it in the locale: a decimal comma in bokmål. */
export function decimalText(value: number | null | undefined, locale: string): string {
  if (value == null) return "";
  const text = String(Math.round(value * 1000) / 1000);
  return locale === "nb" ? text.replace(".", ",") : text;
}

export function toDraft(v: GoalFormValues): GoalDraft {
  return {
    title: v.title,
    channelId: v.channelId || null,
    metricId: v.metricId && v.metricId !== "custom" ? v.metricId : v.metricId === "custom" && v.customMetricName.trim() ? "custom" : null,
    unit: v.unit,
    direction: v.direction,
    baselineValue: parseDecimal(v.baselineValue),
    targetValue: parseDecimal(v.targetValue),
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

/** The catalogue metric the form has chosen, or null (none yet, or a metric of the person's own). */
export function chosenMetricId(v: Pick<GoalFormValues, "metricId">): string | null {
  return v.metricId && v.metricId !== "custom" ? v.metricId : null;
}

/** What the chosen metric's history is looked up by, or null while there is no channel and metric. */
export function historyKeyOf(org: string, v: Pick<GoalFormValues, "channelId" | "metricId" | "measurePeriod">): string | null {
  const metricId = chosenMetricId(v);
  return v.channelId && metricId ? JSON.stringify([org, v.channelId, metricId, v.measurePeriod]) : null;
}
