import type { ServerAction } from "@/components/forms/server-actions";
import type { CatalogChannel } from "@/lib/data/benchmarks";
import type { Point } from "@/lib/domain/goal-types";
import { applyTemplate, findTemplate, templateTarget } from "@/lib/domain/templates";
import { decimalText } from "@/components/forms/decimal";
import { typedNumber } from "@/lib/domain/decimal-input";
import { fillUnedited, type GoalFormValues } from "./goal-form-state";
import type { TemplateInUse } from "./template-picker";

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
  /** The form with `late` filled into the fields still as the template left them. */
  fill: (current: GoalFormValues, late: Partial<GoalFormValues>) => GoalFormValues;
  /** The template's target, as typed, for a baseline typed by hand. */
  targetFor: (baseline: string) => string;
};

function startFromTemplate(
  id: string,
  { channels, today, t, locale }: { channels: CatalogChannel[]; today: string; t: (key: string) => string; locale: string },
): TemplateStart | null {
  const template = findTemplate(id);
  const channel = channels.find((c) => c.key === template?.channelKey);
  const metric = channel?.metrics.find((m) => m.key === template?.metricKey && !m.custom);
  if (!template || !channel || !metric) return null;
  const draft = applyTemplate(template, { baseline: null, today });
  const applied: Partial<GoalFormValues> = {
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
  };
  return {
    applied,
    channelId: channel.id,
    metricId: metric.id,
    late: (latest) => ({
      baselineValue: decimalText(latest.value, locale),
      baselineDate: latest.date,
      targetValue: decimalText(templateTarget(template, latest.value), locale),
    }),
    fill: (current, late) => fillUnedited(current, applied, late),
    targetFor: (baseline) => decimalText(templateTarget(template, typedNumber(baseline)), locale),
  };
}

/**
 * Puts template `id` into the form. Everything the template decides is in the
 * form at once, so typing right after it is never overwritten; only the
 * baseline (and a target built on it) waits for the latest measurement, and
 * fills in only fields the person has not touched since. `current` turns
 * false when a later click supersedes this one.
 */
export async function fillFromTemplate(
  id: string,
  form: {
    org: string;
    channels: CatalogChannel[];
    today: string;
    t: (key: string) => string;
    locale: string;
    setValues: (next: (values: GoalFormValues) => GoalFormValues) => void;
    setTemplate: (next: (template: TemplateInUse | null) => TemplateInUse | null) => void;
    metricHistory: ServerAction<Point[], Record<string, unknown>>;
    current: () => boolean;
  },
): Promise<void> {
  const begun = startFromTemplate(id, form);
  if (!begun || !form.current()) return;
  const { applied, targetFor } = begun;
  form.setValues((v) => ({ ...v, ...applied }));
  form.setTemplate(() => ({ id, autoTarget: applied.targetValue ?? "", targetFor }));
  const history = await form.metricHistory(undefined, { org: form.org, channelId: begun.channelId, metricId: begun.metricId });
  const latest = history?.ok ? history.data.at(-1) : undefined;
  if (!latest || !form.current()) return;
  const late = begun.late(latest);
  form.setValues((v) => begun.fill(v, late));
  // The template's own target moves with the baseline it was built on.
  form.setTemplate((tpl) =>
    tpl && tpl.id === id && tpl.autoTarget === applied.targetValue ? { ...tpl, autoTarget: late.targetValue ?? "" } : tpl,
  );
}
