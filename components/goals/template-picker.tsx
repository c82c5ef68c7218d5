"use client";

import { useLocale, useTranslations } from "next-intl";
import { type ReactNode, useEffect, useRef, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { once } from "@/components/ui/on-demand";
import type { ServerAction } from "@/components/forms/server-actions";
import type { CatalogChannel } from "@/lib/data/benchmarks";
import type { Point } from "@/lib/domain/goal-types";
import type { GoalFormValues } from "./goal-form-state";
import type { TemplateStart } from "./template-values";

/**
 * The template the form was last started from, while its target still
 * follows the baseline: `autoTarget` is the target it wrote, which a baseline
 * typed by hand replaces with `targetFor` it (until the person writes a target
 * of their own).
 */
export type TemplateInUse = { id: string; autoTarget: string; targetFor: TemplateStart["targetFor"] };

/**
 * What the picker shows, drawn on the server in the reader's language: its
 * label and hint (`intro`, naming the select #template) and the select's
 * options, the source article's templates after a "none".
 */
export type TemplateChoice = { intro: ReactNode; options: ReactNode };

type Props = {
  org: string;
  templates: TemplateChoice;
  channels: CatalogChannel[];
  today: string;
  initialId?: string;
  /** The form's values and template, which the picker fills in. */
  setValues: (next: (values: GoalFormValues) => GoalFormValues) => void;
  setTemplate: (next: (template: TemplateInUse | null) => TemplateInUse | null) => void;
  /** Reads a metric's history: the baseline is its latest measurement. */
  metricHistory: ServerAction<Point[], Record<string, unknown>>;
};

// The templates' rules come when the person reaches for the picker (pointer,
// focus), so the click that applies one rarely waits for them.
const loadTemplates = once(() => import("./template-values"));
const prefetch = () => void loadTemplates().catch(() => undefined);

/** Starts the form from one of the source article's SMART templates, built on the latest measurement. */
export function TemplatePicker({ org, templates, channels, today, initialId, setValues, setTemplate, metricHistory }: Props) {
  // client messages: templates
  const t = useTranslations();
  const locale = useLocale();
  const [selected, setSelected] = useState(initialId ?? "");
  const [pending, start] = useTransition();
  const applied = useRef(false);

  // A later click supersedes a lookup still under way.
  const generation = useRef(0);

  const apply = (id: string) => {
    const run = ++generation.current;
    start(async () => {
      const rules = await loadTemplates().catch(() => null);
      await rules?.fillFromTemplate(id, {
        org,
        channels,
        today,
        t,
        locale,
        setValues,
        setTemplate,
        metricHistory,
        current: () => run === generation.current,
      });
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
      {templates.intro}
      <div className="mt-3 flex flex-col gap-2 sm:flex-row" onPointerEnter={prefetch} onFocus={prefetch}>
        <select id="template" value={selected} onChange={(e) => setSelected(e.target.value)} className="control block w-full">
          {templates.options}
        </select>
        <Button variant="secondary" disabled={!selected || pending} onClick={() => apply(selected)}>
          {t("goals.form.useTemplate")}
        </Button>
      </div>
    </Card>
  );
}
