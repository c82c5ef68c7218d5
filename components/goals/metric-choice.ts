import type { GoalFormValues } from "./goal-form-state";

/** The catalogue metric the form has chosen, or null (none yet, or a metric of the person's own). */
export function chosenMetricId(v: Pick<GoalFormValues, "metricId">): string | null {
  return v.metricId && v.metricId !== "custom" ? v.metricId : null;
}

/** What the chosen metric's history is looked up by, or null while there is no channel and metric. */
export function historyKeyOf(org: string, v: Pick<GoalFormValues, "channelId" | "metricId" | "measurePeriod">): string | null {
  const metricId = chosenMetricId(v);
  return v.channelId && metricId ? JSON.stringify([org, v.channelId, metricId, v.measurePeriod]) : null;
}
