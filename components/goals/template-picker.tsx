"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useRef, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { once } from "@/components/ui/on-demand";
import type { CatalogChannel } from "@/lib/data/benchmarks";
import type { Point } from "@/lib/domain/goal-types";
import type { GoalFormValues } from "./goal-form-state";
import type { TemplateStart } from "./template-values";

/** The source article's templates, as the select lists them (built on the server, in the reader's language). */
export type TemplateOption = { id: string; title: string };

type Props = {
  templates: TemplateOption[];
  channels: CatalogChannel[];
  today: string;
  initialId?: string;
  /** The template's values, as it is applied. */
  onApply: (values: Partial<GoalFormValues>, start: TemplateStart, templateId: string) => void;
  /** The baseline from the latest measurement, when it arrives, with the values as applied. */
  onLatest: (late: Partial<GoalFormValues>, applied: Partial<GoalFormValues>, templateId: string) => void;
  latestFor: (channelId: string, metricId: string) => Promise<Point | null>;
};

// The templates' rules come when the person reaches for the picker (pointer,
// focus), so the click that applies one rarely waits for them.
const loadTemplates = once(() => import("./template-values"));
const prefetch = () => void loadTemplates().catch(() => undefined);

/** Starts the form from one of the source article's SMART templates, built on the latest measurement. */
export function TemplatePicker({ templates, channels, today, initialId, onApply, onLatest, latestFor }: Props) {
  // client messages: templates
  const t = useTranslations();
  const locale = useLocale();
  const [selected, setSelected] = useState(initialId ?? "");
  const [pending, start] = useTransition();
  const applied = useRef(false);

  // A later click supersedes a lookup still under way.
  const generation = useRef(0);

  // Everything the template decides is in the form at once, so typing right
  // after it is never overwritten; only the baseline (and a target built on
  // it) waits for the latest measurement, and fills in only fields the person
  // has not touched since.
  const apply = (id: string) => {
    const run = ++generation.current;
    start(async () => {
      const values = await loadTemplates().catch(() => null);
      const begun = values?.startFromTemplate(id, { channels, today, t, locale });
      if (!begun || run !== generation.current) return;
      onApply(begun.applied, begun, id);
      const latest = await latestFor(begun.channelId, begun.metricId);
      if (!latest || run !== generation.current) return;
      onLatest(begun.late(latest), begun.applied, id);
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
      <div className="mt-3 flex flex-col gap-2 sm:flex-row" onPointerEnter={prefetch} onFocus={prefetch}>
        <select id="template" value={selected} onChange={(e) => setSelected(e.target.value)} className="control block w-full">
          <option value="">{t("goals.form.templateNone")}</option>
          {templates.map((tpl) => (
            <option key={tpl.id} value={tpl.id}>
              {tpl.title}
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
