import { checkGoalForm, type GoalCheckContext, latestWords } from "@/components/goals/goal-check";
import type { GoalFormProps } from "@/components/goals/goal-form";
import type { GoalFormValues } from "@/components/goals/goal-form-state";
import { chosenMetricId, historyKeyOf } from "@/components/goals/metric-choice";
import { SmartPanel } from "@/components/goals/smart-panel";
import type { TenantContext } from "@/lib/data/context";
import { metricHistory } from "@/lib/data/goals";

/**
 * What the goal form opens with, from the server: the chosen metric's history
 * (so the form need not ask for it), the SMART check of the values it starts
 * from, drawn here, and the latest measurement in words. The browser fetches the check's own code only when
 * the person starts changing the form.
 */
export async function goalFormStart(
  ctx: TenantContext,
  { org, values, ...check }: GoalCheckContext & { org: string; values: GoalFormValues },
): Promise<Pick<GoalFormProps, "history" | "check">> {
  const key = historyKeyOf(org, values);
  const metricId = chosenMetricId(values);
  const points =
    key && metricId ? await metricHistory(ctx, { channelId: values.channelId, metricId }, values.measurePeriod || null, check.today) : [];
  const { allMet, askReason, checks, realism, metric, channel } = checkGoalForm(values, points, check);
  const latest = points.at(-1);
  return {
    history: key ? { key, points } : undefined,
    check: {
      allMet,
      askReason,
      panel: <SmartPanel checks={checks} realism={realism} metric={metric} channel={channel} />,
      latest: latest ? latestWords(check.locale, values.unit, latest) : null,
    },
  };
}
