"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useRef, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { CatalogChannel } from "@/lib/data/catalog";
import type { Point } from "@/lib/domain/goal-types";
import { applyTemplate, GOAL_TEMPLATES } from "@/lib/domain/templates";
import { decimalText, type GoalFormValues } from "./goal-form-state";

type Props = {
  channels: CatalogChannel[];
  today: string;
  initialId?: string;
  onApply: (values: Partial<GoalFormValues>, templateId: string) => void;
  latestFor: (channelId: string, metricId: string) => Promise<Point | null>;
};

/** Starts the form from one of the source article's SMART templates, built on the latest measurement. */
export function TemplatePicker({ channels, today, initialId, onApply, latestFor }: Props) {
  const t = useTranslations();
  const locale = useLocale();
  const [selected, setSelected] = useState(initialId ?? "");
  const [pending, start] = useTransition();
  const applied = useRef(false);

  const apply = (id: string) =>
    start(async () => {
      const template = GOAL_TEMPLATES.find((x) => x.id === id);
      const channel = channels.find((c) => c.key === template?.channelKey);
      const metric = channel?.metrics.find((m) => m.key === template?.metricKey && !m.custom);
      if (!template || !channel || !metric) return;
      const latest = await latestFor(channel.id, metric.id);
      const draft = applyTemplate(template, { baseline: latest?.value ?? null, today });
      onApply({
        title: t(template.titleKey),
        description: t(template.descriptionKey),
        channelId: channel.id,
        metricId: metric.id,
        unit: template.unit,
        direction: template.direction,
        baselineValue: decimalText(latest?.value ?? null, locale),
        baselineDate: latest?.date ?? "",
        targetValue: decimalText(draft.targetValue ?? null, locale),
        startDate: draft.startDate,
        deadline: draft.deadline,
      }, template.id);
    });

  useEffect(() => {
    if (initialId && !applied.current) {
      applied.current = true;
      apply(initialId);
    }
    // Applied once, on arrival from a template link.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [initialId]);

  return (
    <Card className="bg-brand-50/60 dark:bg-brand-950/40">
      <label htmlFor="template" className="block text-sm font-medium">
        {t("goals.form.template")}
      </label>
      <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">{t("goals.form.templateHint")}</p>
      <div className="mt-3 flex flex-col gap-2 sm:flex-row">
        <select
          id="template"
          value={selected}
          onChange={(e) => setSelected(e.target.value)}
          className="block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm dark:border-slate-700 dark:bg-slate-900"
        >
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
