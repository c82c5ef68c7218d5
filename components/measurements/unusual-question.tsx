"use client";

import { useLocale, useTranslations } from "next-intl";
import { useId, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import type { UsualRange } from "@/lib/domain/unusual-value";
import { formatValue, type ValueUnit } from "@/lib/format";

/** "Vanligvis mellom 120 og 180 den siste tiden." */
export function useUsualSentence() {
  const t = useTranslations("measurements.unusual");
  const locale = useLocale();
  return (unit: ValueUnit, range: UsualRange) => {
    const low = formatValue(locale, unit, range.low);
    const high = formatValue(locale, unit, range.high);
    return low === high ? t("usualOne", { low }) : t("usual", { low, high });
  };
}

/**
 * "Er du sikker?" under the field: what was typed is far from the latest
 * measurements, what they usually are, and two ways on: save anyway (the
 * caller's button, which sends "yes, I'm sure") or change the value.
 */
export function UnusualQuestion({
  id,
  children,
  saveAnyway,
  onChange,
}: {
  /** Named by the field(s) it is about (aria-describedby). */
  id: string;
  /** The sentences: what is far off, and the usual range. */
  children: ReactNode;
  saveAnyway: ReactNode;
  onChange: () => void;
}) {
  const t = useTranslations("measurements.unusual");
  const titleId = useId();
  return (
    <div
      role="group"
      aria-labelledby={titleId}
      className="space-y-2 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-50"
    >
      <div id={id} role="alert">
        <p id={titleId} className="font-semibold">
          {t("title")}
        </p>
        {children}
      </div>
      <div className="flex flex-wrap gap-2">
        {saveAnyway}
        <Button variant="secondary" onClick={onChange}>
          {t("change")}
        </Button>
      </div>
    </div>
  );
}
