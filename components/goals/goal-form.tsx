"use client";

import { useLocale, useTranslations } from "next-intl";
import { type ReactNode, useActionState, useEffect, useState } from "react";
import type { ServerAction } from "@/components/forms/server-actions";
import { useFormState } from "@/components/forms/form-state";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { TextAreaField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { CatalogChannel } from "@/lib/data/benchmarks";
import { once, useOnDemand } from "@/components/ui/on-demand";
import type { Point } from "@/lib/domain/goal-types";
import { GoalFields } from "./goal-fields";
import type { CreateObjective } from "./new-objective";
import type { GoalFormValues } from "./goal-form-state";
import { chosenMetricId, historyKeyOf } from "./metric-choice";
import { type TemplateChoice, type TemplateInUse, TemplatePicker } from "./template-picker";
import type { LatestWords } from "./goal-check";
import { useMetricHistory } from "./use-metric-history";

export type GoalFormProps = {
  org: string;
  today: string;
  channels: CatalogChannel[];
  benchmarks: Record<string, { upliftPct: number; source: string }>;
  objectives: { id: string; title: string }[];
  members: { userId: string; name: string; activeGoals: number }[];
  initial: GoalFormValues;
  /** The organization's default measure period, named in the goal's period choice. */
  orgPeriod: "week" | "month";
  /** Editing an existing goal. */
  edit?: { id: string; version: number; status: string; realismReason: string | null };
  /** A new goal: the templates it can start from, and the one its link named (?template=). */
  templates?: TemplateChoice;
  templateId?: string;
  /** What the SMART letters mean, drawn on the server: folded above the form on a phone, beside it from lg up. */
  help: { folded: ReactNode; aside: ReactNode };
  /** The route's actions, handed down by the page: create or update the goal (it redirects on success), and read a metric's history. */
  saveGoal: ServerAction<never>;
  metricHistory: ServerAction<Point[], Record<string, unknown>>;
  /** Given to those who may write objectives: create one from the form ("Nytt forretningsmål") and select it. */
  createObjective?: CreateObjective;
  /** The chosen metric's history as the form opens, read by the page (app/[org]/goals/goal-form-start.tsx). */
  history?: { key: string; points: Point[] };
  /** The SMART check of `initial`, drawn by the page, and what it means for saving. */
  check: { panel: ReactNode; allMet: boolean; askReason: boolean; latest: LatestWords | null };
};

// The check's code (the SMART rules, realism, the panel) comes when the person starts changing the form.
const loadCheck = once(() => import("./live-check"));

function useGoalFormValues(initial: GoalFormValues) {
  const [values, setValues] = useState(initial);
  const set = <K extends keyof GoalFormValues>(key: K, value: GoalFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  return { values, set, setValues };
}

/** Writes or edits a goal; the SMART checks and realism verdict update as the person types. */
export function GoalForm(props: GoalFormProps) {
  const t = useTranslations("goals.form");
  const tr = useTranslations();
  const locale = useLocale();
  const { values, set: setField, setValues } = useGoalFormValues(props.initial);
  // After a template, a baseline typed by hand still gets the template's target
  // (until the person writes a target of their own).
  const [template, setTemplate] = useState<TemplateInUse | null>(null);
  const set: typeof setField = (key, value) => {
    setField(key, value);
    if (key !== "baselineValue" || !template || values.targetValue !== template.autoTarget) return;
    const text = template.targetFor(String(value));
    setField("targetValue", text);
    setTemplate({ ...template, autoTarget: text });
  };
  const [state, action] = useActionState(props.saveGoal, undefined);
  const [reasonText, setReasonText] = useState(props.edit?.realismReason ?? "");
  const form = useFormState(state);
  // Objectives created from the form, shown at once (the page's own list catches up when the route revalidates).
  const [created, setCreated] = useState<{ id: string; title: string }[]>([]);
  const objectives = [...props.objectives, ...created.filter((c) => !props.objectives.some((o) => o.id === c.id))];
  const onObjectiveCreated = (objective: { id: string; title: string }) => {
    setCreated((list) => [...list, objective]);
    set("objectiveId", objective.id);
  };

  const metricId = chosenMetricId(values);
  const historyKey = historyKeyOf(props.org, values);
  const points = useMetricHistory(
    historyKey,
    async () => {
      const result = await props.metricHistory(undefined, {
        org: props.org,
        channelId: values.channelId,
        metricId,
        measurePeriod: values.measurePeriod,
      });
      return result?.ok ? result.data : [];
    },
    props.history,
  );
  const latest = points.at(-1);

  // As the form opened, the page's check stands; from the person's first change (or a focus, which fetches
  // the code ahead of the typing), the form checks itself.
  const live = useOnDemand(loadCheck);
  // The history changes only with the values it is looked up by, so a change of values is the one to watch.
  useEffect(() => {
    if (values !== props.initial && !live.loaded) live.open();
  });
  const Panel = live.loaded?.SmartPanel;
  const check = live.loaded ? live.loaded.checkGoalForm(values, points, { ...props, locale }) : null;
  const allMet = check ? check.allMet : props.check.allMet;
  const askReason = check ? check.askReason : props.check.askReason;
  const latestSaid = live.loaded ? latest && live.loaded.latestWords(locale, values.unit, latest) : props.check.latest;
  // Held here, so activating waits for it instead of a round trip that would empty the form's selects.
  const missingReason = askReason && !reasonText.trim();

  return (
    <form action={action} onFocus={live.loaded ? undefined : live.open} noValidate className="grid gap-6 lg:grid-cols-[1fr_22rem]">
      <div className="space-y-6">
        {props.help.folded}
        {form.formError ? <Alert>{form.formError}</Alert> : null}
        <input type="hidden" name="org" value={props.org} />
        {props.edit ? (
          <>
            <input type="hidden" name="id" value={props.edit.id} />
            <input type="hidden" name="version" value={props.edit.version} />
          </>
        ) : props.templates ? (
          <TemplatePicker
            org={props.org}
            templates={props.templates}
            channels={props.channels}
            today={props.today}
            initialId={props.templateId}
            setValues={setValues}
            setTemplate={setTemplate}
            metricHistory={props.metricHistory}
          />
        ) : null}
        <Card className="space-y-5">
          <GoalFields
            values={values}
            set={set}
            props={props}
            form={form}
            latest={latest && latestSaid ? { point: latest, words: latestSaid } : null}
            locale={locale}
            objectives={objectives}
            onObjectiveCreated={onObjectiveCreated}
          />
          {askReason ? (
            <TextAreaField
              label={tr("goals.realism.reasonLabel")}
              name="realismReason"
              rows={3}
              maxLength={1000}
              hint={tr("goals.realism.reasonHint")}
              value={reasonText}
              onChange={(e) => setReasonText(e.target.value)}
              errors={form.errors("realismReason")}
            />
          ) : null}
          {props.edit ? (
            <TextAreaField
              label={t("reason")}
              name="reason"
              rows={2}
              maxLength={500}
              hint={t("reasonHint")}
              errors={form.errors("reason")}
            />
          ) : null}
        </Card>
        <div className="flex flex-col gap-3 sm:flex-row">
          {props.edit ? (
            <SubmitButton pendingLabel={t("saving")} disabled={missingReason}>
              {t("save")}
            </SubmitButton>
          ) : (
            <>
              <SubmitButton pendingLabel={t("saving")} variant="secondary" name="intent" value="draft">
                {t("saveDraft")}
              </SubmitButton>
              <SubmitButton pendingLabel={t("saving")} name="intent" value="active" disabled={!allMet || missingReason}>
                {t("saveActive")}
              </SubmitButton>
            </>
          )}
        </div>
        {!props.edit && !allMet ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">{t("activateHint")}</p>
        ) : missingReason ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">{tr("goals.errors.realismReasonRequired")}</p>
        ) : null}
      </div>
      {/* The live check first, in view while the person types; what the letters mean below it. */}
      <aside className="space-y-6 lg:sticky lg:top-20 lg:self-start">
        <Card>
          {Panel && check ? (
            <Panel checks={check.checks} realism={check.realism} metric={check.metric} channel={check.channel} />
          ) : (
            props.check.panel
          )}
        </Card>
        <Card className="hidden lg:block">{props.help.aside}</Card>
      </aside>
    </form>
  );
}
