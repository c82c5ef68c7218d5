"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import type { Point } from "@/lib/domain/goal-types";
import { PRIORITIES, UNITS } from "@/lib/domain/goal-types";
import type { useFormState } from "@/components/forms/form-state";
import type { GoalFormProps } from "./goal-form";
import { decimalText, type GoalFormValues } from "./goal-form-state";
import type { LatestWords } from "./goal-check";
import { NewObjectiveButton } from "./new-objective-button";
import { localized } from "@/lib/i18n/locales";

type Props = {
  values: GoalFormValues;
  set: <K extends keyof GoalFormValues>(key: K, value: GoalFormValues[K]) => void;
  props: GoalFormProps;
  form: ReturnType<typeof useFormState>;
  /** The latest measurement of the chosen metric, and the same in words. */
  latest: { point: Point; words: LatestWords } | null;
  locale: string;
  /** The organization's objectives, with any created from this form. */
  objectives: { id: string; title: string }[];
  onObjectiveCreated: (objective: { id: string; title: string }) => void;
};

/** The goal's fields, grouped as the SMART letters ask for them. */
export function GoalFields({ values, set, props, form, latest, locale, objectives, onObjectiveCreated }: Props) {
  const t = useTranslations("goals.form");
  const tUnits = useTranslations("goals.units");
  const name = (x: { nameNb: string; nameEn: string }) => localized(x, locale);
  const channel = props.channels.find((c) => c.id === values.channelId);
  // Pitfall 1: more than three active goals for one person is allowed, with a warning.
  const owner = props.members.find((m) => m.userId === values.ownerId);
  const busy = owner && owner.activeGoals >= 3 && values.ownerId !== props.initial.ownerId ? owner : undefined;
  const chooseMetric = (metricId: string) => {
    const metric = channel?.metrics.find((m) => m.id === metricId);
    set("metricId", metricId);
    if (metric) {
      set("unit", metric.unit);
      set("direction", metric.direction);
    }
  };
  return (
    <>
      <TextField
        label={t("title")}
        name="title"
        value={values.title}
        onChange={(e) => set("title", e.target.value)}
        errors={form.errors("title")}
        hint={t("titleHint")}
      />
      <TextAreaField
        label={t("description")}
        name="description"
        rows={2}
        value={values.description}
        onChange={(e) => set("description", e.target.value)}
        errors={form.errors("description")}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label={t("channel")}
          name="channelId"
          value={values.channelId}
          onChange={(e) => {
            set("channelId", e.target.value);
            set("metricId", "");
          }}
          errors={form.errors("channelId")}
          options={[{ value: "", label: t("choose") }, ...props.channels.map((c) => ({ value: c.id, label: name(c) }))]}
        />
        <SelectField
          label={t("metric")}
          name="metricId"
          value={values.metricId}
          disabled={!channel}
          onChange={(e) => chooseMetric(e.target.value)}
          errors={form.errors("metricId")}
          options={[
            { value: "", label: t("choose") },
            ...(channel?.metrics ?? []).map((m) => ({ value: m.id, label: name(m) })),
            { value: "custom", label: t("customMetric") },
          ]}
        />
      </div>
      {values.metricId === "custom" ? (
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            label={t("customMetricName")}
            name="customMetricName"
            value={values.customMetricName}
            onChange={(e) => set("customMetricName", e.target.value)}
            errors={form.errors("customMetricName")}
          />
          <SelectField
            label={t("customMetricKind")}
            name="customMetricKind"
            value={values.customMetricKind}
            onChange={(e) => set("customMetricKind", e.target.value as GoalFormValues["customMetricKind"])}
            errors={form.errors("customMetricKind")}
            hint={t(`kindHints.${values.customMetricKind}`)}
            options={(["total", "level", "rate"] as const).map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
          />
        </div>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label={t("unit")}
          name="unit"
          value={values.unit}
          onChange={(e) => set("unit", e.target.value as GoalFormValues["unit"])}
          options={UNITS.map((u) => ({ value: u, label: tUnits(u) }))}
        />
        <SelectField
          label={t("direction")}
          name="direction"
          value={values.direction}
          onChange={(e) => set("direction", e.target.value as GoalFormValues["direction"])}
          options={[
            { value: "increase", label: t("increase") },
            { value: "decrease", label: t("decrease") },
          ]}
        />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <div className="space-y-2">
          <TextField
            label={t("baselineValue")}
            name="baselineValue"
            inputMode="decimal"
            value={values.baselineValue}
            onChange={(e) => set("baselineValue", e.target.value)}
            errors={form.errors("baselineValue")}
          />
          {latest ? (
            <div className="flex flex-wrap items-center gap-2 text-xs text-slate-600 dark:text-slate-400">
              <span>{t("latest", latest.words)}</span>
              <Button
                variant="ghost"
                className="min-h-7 px-2 py-0.5 text-xs"
                onClick={() => {
                  set("baselineValue", decimalText(latest.point.value, locale));
                  set("baselineDate", latest.point.date);
                }}
              >
                {t("useLatest")}
              </Button>
            </div>
          ) : null}
        </div>
        <TextField
          label={t("baselineDate")}
          name="baselineDate"
          type="date"
          value={values.baselineDate}
          onChange={(e) => set("baselineDate", e.target.value)}
          errors={form.errors("baselineDate")}
        />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label={t("targetValue")}
          name="targetValue"
          inputMode="decimal"
          value={values.targetValue}
          onChange={(e) => set("targetValue", e.target.value)}
          errors={form.errors("targetValue")}
        />
        <SelectField
          label={t("measurePeriod")}
          name="measurePeriod"
          value={values.measurePeriod}
          onChange={(e) => set("measurePeriod", e.target.value as GoalFormValues["measurePeriod"])}
          errors={form.errors("measurePeriod")}
          hint={t("measurePeriodHint")}
          options={[
            { value: "", label: t("measurePeriods.default", { period: t(`measurePeriods.${props.orgPeriod}`) }) },
            { value: "week", label: t("measurePeriods.week") },
            { value: "month", label: t("measurePeriods.month") },
          ]}
        />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label={t("startDate")}
          name="startDate"
          type="date"
          value={values.startDate}
          onChange={(e) => set("startDate", e.target.value)}
          errors={form.errors("startDate")}
        />
        <TextField
          label={t("deadline")}
          name="deadline"
          type="date"
          value={values.deadline}
          onChange={(e) => set("deadline", e.target.value)}
          errors={form.errors("deadline")}
        />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <div className="space-y-2">
          <SelectField
            label={t("objective")}
            name="objectiveId"
            value={values.objectiveId}
            onChange={(e) => set("objectiveId", e.target.value)}
            errors={form.errors("objectiveId")}
            hint={objectives.length ? undefined : t(props.createObjective ? "noObjectivesCreate" : "noObjectives")}
            options={[{ value: "", label: t("none") }, ...objectives.map((o) => ({ value: o.id, label: o.title }))]}
          />
          {props.createObjective ? (
            <NewObjectiveButton
              org={props.org}
              create={props.createObjective}
              onCreated={onObjectiveCreated}
              selectId="field-objectiveId"
            />
          ) : null}
        </div>
        <SelectField
          label={t("owner")}
          name="ownerId"
          value={values.ownerId}
          onChange={(e) => set("ownerId", e.target.value)}
          errors={form.errors("ownerId")}
          hint={busy ? t("ownerBusy", { name: busy.name, count: busy.activeGoals }) : undefined}
          options={[{ value: "", label: t("none") }, ...props.members.map((m) => ({ value: m.userId, label: m.name }))]}
        />
      </div>
      <SelectField
        label={t("priority")}
        name="priority"
        value={values.priority}
        onChange={(e) => set("priority", e.target.value as GoalFormValues["priority"])}
        options={PRIORITIES.map((p) => ({ value: p, label: t(`priorities.${p}`) }))}
      />
    </>
  );
}
