import type { CatalogChannel } from "@/lib/data/benchmarks";
import type { Point, Unit } from "@/lib/domain/goal-types";
import { draftRealism, needsRealismReason, type RealismVerdict } from "@/lib/domain/realism";
import { formChecks, type SmartCheck, smartChecks } from "@/lib/domain/smart";
import { formatDate, formatValue } from "@/lib/format";
import { localized } from "@/lib/i18n/locales";
import { type GoalFormValues, toDraft } from "./goal-form-state";
import { chosenMetricId } from "./metric-choice";

export type GoalCheckContext = {
  channels: CatalogChannel[];
  benchmarks: Record<string, { upliftPct: number; source: string }>;
  today: string;
  locale: string;
  /** Editing an existing goal, in this status. */
  edit?: { status: string };
};

/** The goal form's SMART letters and realism verdict as the values stand, and what they mean for saving. */
export type GoalCheck = {
  checks: SmartCheck[];
  realism: RealismVerdict | null;
  /** All five letters met: the goal may be activated. */
  allMet: boolean;
  /** The realism check calls the target unrealistic and the save needs a written reason. */
  askReason: boolean;
  /** The metric and channel in the reader's language, for the realism verdict's sentence. */
  metric: string | null;
  channel: string | null;
};

/**
 * Checks the goal as typed. The same function draws the form's check on the
 * server (the page) and again in the browser as the person changes it
 * (goal-form.tsx), so the two cannot disagree.
 */
export function checkGoalForm(values: GoalFormValues, history: Point[], ctx: GoalCheckContext): GoalCheck {
  const draft = toDraft(values);
  const metricId = chosenMetricId(values);
  const channel = ctx.channels.find((c) => c.id === values.channelId) ?? null;
  const metric = channel?.metrics.find((m) => m.id === metricId) ?? null;
  const kind = metric ? (metric.derivation ? "total" : metric.kind) : values.customMetricKind;
  const benchmark = metricId ? (ctx.benchmarks[metricId] ?? null) : null;
  const realism = draftRealism(draft, kind, benchmark, history);
  // Letters whose fields are still empty read "not yet checked", not failed.
  const checks = formChecks(smartChecks(draft, { today: ctx.today, isNew: !ctx.edit || ctx.edit.status === "draft", realism }), draft);
  return {
    checks,
    realism,
    allMet: checks.every((c) => c.met),
    // Creating, or editing an active goal: a target the realism check calls unrealistic needs a written reason.
    askReason: needsRealismReason(realism) && (!ctx.edit || ctx.edit.status === "active"),
    metric: metric ? localized(metric, ctx.locale) : values.customMetricName || null,
    channel: channel ? localized(channel, ctx.locale) : null,
  };
}

/** The latest measurement as the form shows it beside the baseline: "449" and "30. nov. 2026". */
export type LatestWords = { value: string; date: string };

export function latestWords(locale: string, unit: Unit, latest: Point): LatestWords {
  return { value: formatValue(locale, unit, latest.value), date: formatDate(locale, latest.date) };
}
