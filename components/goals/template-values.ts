import type { CatalogChannel } from "@/lib/data/benchmarks";
import type { Point } from "@/lib/domain/goal-types";
import { applyTemplate, findTemplate, templateTarget } from "@/lib/domain/templates";
import { decimalText, type GoalFormValues } from "./goal-form-state";

/**
 * What one template puts into the goal form. Loaded when the person reaches
 * for the template picker (template-picker.tsx), not with the page: the
 * templates and their rules are not part of the form's first load.
 */
export type TemplateStart = {
  /** Everything the template decides, for the form at once. */
  applied: Partial<GoalFormValues>;
  channelId: string;
  metricId: string;
  /** The baseline and the target built on it, once the latest measurement arrives. */
  late: (latest: Point) => Partial<GoalFormValues>;
  /** The template's target for a baseline typed by hand. */
  target: (baseline: number | null) => number | null;
};

export function startFromTemplate(
  id: string,
  { channels, today, t, locale }: { channels: CatalogChannel[]; today: string; t: (key: string) => string; locale: string },
): TemplateStart | null {
  const template = findTemplate(id);
  const channel = channels.find((c) => c.key === template?.channelKey);
  const metric = channel?.metrics.find((m) => m.key === template?.metricKey && !m.custom);
  if (!template || !channel || !metric) return null;
  const draft = applyTemplate(template, { baseline: null, today });
  return {
    applied: {
      title: t(template.titleKey),
      description: t(template.descriptionKey),
      channelId: channel.id,
      metricId: metric.id,
      unit: template.unit,
      direction: template.direction,
      baselineValue: "",
      baselineDate: "",
      targetValue: decimalText(draft.targetValue ?? null, locale),
      startDate: draft.startDate,
      deadline: draft.deadline,
      // A target counted over the span ("15 a quarter") is a monthly one.
      ...(draft.measurePeriod ? { measurePeriod: draft.measurePeriod } : {}),
    },
    channelId: channel.id,
    metricId: metric.id,
    late: (latest) => ({
      baselineValue: decimalText(latest.value, locale),
      baselineDate: latest.date,
      targetValue: decimalText(templateTarget(template, latest.value), locale),
    }),
    target: (baseline) => templateTarget(template, baseline),
  };
}
