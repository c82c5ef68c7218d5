"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useRef, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { CatalogChannel } from "@/lib/data/benchmarks";
import type { Point } from "@/lib/domain/goal-types";
import { applyTemplate, GOAL_TEMPLATES } from "@/lib/domain/templates";
import { decimalText, type GoalFormValues } from "./goal-form-state";

type Props = {
  channels: CatalogChannel[];
  today: string;
  initialId?: string;
  /** The template's values, at the click. */
  onApply: (values: Partial<GoalFormValues>, templateId: string) => void;
  /** The baseline from the latest measurement, when it arrives, with the values as applied at the click. */
  onLatest: (late: Partial<GoalFormValues>, applied: Partial<GoalFormValues>, templateId: string) => void;
  latestFor: (channelId: string, metricId: string) => Promise<Point | null>;
};

/** Starts the form from one of the source article's SMART templates, built on the latest measurement. */
export function TemplatePicker({ channels, today, initialId, onApply, onLatest, latestFor }: Props) {
  // client messages: templates
  const t = useTranslations();
  const locale = useLocale();
  const [selected, setSelected] = useState(initialId ?? "");
  const [pending, start] = useTransition();
  const applied = useRef(false);

  // A later click supersedes a lookup still under way.
  const generation = useRef(0);

  // Everything the template decides is in the form at once, so typing right
  // after the click is never overwritten; only the baseline (and a target
  // built on it) waits for the latest measurement, and fills in only fields
  // the person has not touched since.
  const apply = (id: string) => {
    const template = GOAL_TEMPLATES.find((x) => x.id === id);
    const channel = channels.find((c) => c.key === template?.channelKey);
    const metric = channel?.metrics.find((m) => m.key === template?.metricKey && !m.custom);
    if (!template || !channel || !metric) return;
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
    onApply(applied, template.id);
    const run = ++generation.current;
    start(async () => {
      const latest = await latestFor(channel.id, metric.id);
      if (!latest || run !== generation.current) return;
      const built = applyTemplate(template, { baseline: latest.value, today });
      onLatest(
        {
          baselineValue: decimalText(latest.value, locale),
          baselineDate: latest.date,
          targetValue: decimalText(built.targetValue ?? null, locale),
        },
        applied,
        template.id,
      );
    });
  };

  useEffect(() => {
    if (initialId && !applied.current) {
      applied.current = true;
      apply(initialId);
    }
    // Applied once, on arrival from a template link.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [initialId]);

  return (
    <Card className="bg-brand-50/60 dark:bg-brand-900/30">
      <label htmlFor="template" className="block text-sm font-medium">
        {t("goals.form.template")}
      </label>
      <p className="field-hint mt-1">{t("goals.form.templateHint")}</p>
      <div className="mt-3 flex flex-col gap-2 sm:flex-row">
        <select id="template" value={selected} onChange={(e) => setSelected(e.target.value)} className="control block w-full">
          <option value="">{t("goals.form.templateNone")}</option>
          {GOAL_TEMPLATES.map((tpl) => (
            <option key={tpl.id} value={tpl.id}>
              {t(tpl.titleKey)}
            </option>
          ))}
        </select>
        <Button variant="secondary" disabled={!selected || pending} onClick={() => apply(selected)}>
          {t("goals.form.useTemplate")}
        </Button>
      </div>
    </Card>
  );
}
