"use client";

import { useTranslations } from "next-intl";
import { CHART_RANGES, type ChartRange } from "@/lib/domain/goal-paths";

/** 3, 6, 12 months or all: a radio group drawn as segmented buttons (arrow keys move between them). */
export function RangeSwitch({ name, value, onChange }: { name: string; value: ChartRange; onChange: (range: ChartRange) => void }) {
  const t = useTranslations("charts.range");
  return (
    <fieldset>
      <legend className="sr-only">{t("label")}</legend>
      <div className="inline-flex rounded-lg border border-slate-300 bg-slate-50 p-0.5 dark:border-slate-700 dark:bg-slate-950">
        {CHART_RANGES.map((range) => (
          <label
            key={range}
            className="relative cursor-pointer rounded-md px-2.5 py-1.5 text-sm whitespace-nowrap sm:px-3 font-medium text-slate-700 select-none hover:text-slate-950 has-checked:bg-white has-checked:text-brand-800 has-checked:shadow-sm has-focus-visible:outline-2 has-focus-visible:outline-brand-600 dark:text-slate-300 dark:hover:text-white dark:has-checked:bg-slate-800 dark:has-checked:text-brand-200 dark:has-focus-visible:outline-brand-300"
          >
            <input type="radio" name={name} value={range} checked={value === range} onChange={() => onChange(range)} className="sr-only" />
            {t(range)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
