"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import type { Point } from "@/lib/domain/goal-types";
import { PRIORITIES, UNITS } from "@/lib/domain/goal-types";
import type { useFormState } from "@/components/forms/form-state";
import type { GoalFormProps } from "./goal-form";
import { decimalText } from "@/components/forms/decimal";
import type { GoalFormValues } from "./goal-form-state";
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
  // A field's name, value, change and errors, for the fields that hold what is typed as it is.
  const bind = <K extends keyof GoalFormValues>(key: K) => ({
    name: key,
    value: values[key],
    onChange: (e: { target: { value: string } }) => set(key, e.target.value as GoalFormValues[K]),
    errors: form.errors(key),
  });
  return (
    <>
      <TextField label={t("title")} {...bind("title")} hint={t("titleHint")} />
      <TextAreaField label={t("description")} {...bind("description")} rows={2} />
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
          <TextField label={t("customMetricName")} {...bind("customMetricName")} />
          <SelectField
            label={t("customMetricKind")}
            {...bind("customMetricKind")}
            hint={t(`kindHints.${values.customMetricKind}`)}
            options={(["total", "level", "rate"] as const).map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
          />
        </div>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField label={t("unit")} {...bind("unit")} options={UNITS.map((u) => ({ value: u, label: tUnits(u) }))} />
        <SelectField
          label={t("direction")}
          {...bind("direction")}
          options={[
            { value: "increase", label: t("increase") },
            { value: "decrease", label: t("decrease") },
          ]}
        />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <div className="space-y-2">
          <TextField label={t("baselineValue")} {...bind("baselineValue")} inputMode="decimal" />
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
        <TextField label={t("baselineDate")} {...bind("baselineDate")} type="date" />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label={t("targetValue")} {...bind("targetValue")} inputMode="decimal" />
        <SelectField
          label={t("measurePeriod")}
          {...bind("measurePeriod")}
          hint={t("measurePeriodHint")}
          options={[
            { value: "", label: t("measurePeriods.default", { period: t(`measurePeriods.${props.orgPeriod}`) }) },
            { value: "week", label: t("measurePeriods.week") },
            { value: "month", label: t("measurePeriods.month") },
          ]}
        />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label={t("startDate")} {...bind("startDate")} type="date" />
        <TextField label={t("deadline")} {...bind("deadline")} type="date" />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <div className="space-y-2">
          <SelectField
            label={t("objective")}
            {...bind("objectiveId")}
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
          {...bind("ownerId")}
          hint={busy ? t("ownerBusy", { name: busy.name, count: busy.activeGoals }) : undefined}
          options={[{ value: "", label: t("none") }, ...props.members.map((m) => ({ value: m.userId, label: m.name }))]}
        />
      </div>
      <SelectField
        label={t("priority")}
        {...bind("priority")}
        options={PRIORITIES.map((p) => ({ value: p, label: t(`priorities.${p}`) }))}
      />
    </>
  );
}
