"use client";

import { useLocale, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import type { UsualRange } from "@/lib/domain/unusual-value";
import { formatValue, type ValueUnit } from "@/lib/format";
import { UnusualQuestion, useUsualSentence } from "./unusual-question";

/**
 * The bulk grid's "Er du sikker?" (bulk-grid.tsx), fetched with the save that
 * asks it: which cells are far from their series' recent range, what they
 * usually are, and "save anyway" or change the value.
 */
export function UnusualCells({
  id,
  asked,
  metrics,
  dateLabel,
  pending,
  saveAnyway,
  change,
}: {
  id: string;
  asked: { key: string; value: number; range: UsualRange }[];
  metrics: { id: string; name: string; unit: ValueUnit }[];
  dateLabel: (date: string) => string;
  pending: boolean;
  saveAnyway: () => void;
  change: () => void;
}) {
  // client messages: measurements
  const t = useTranslations();
  const locale = useLocale();
  const usualSentence = useUsualSentence();
  return (
    <UnusualQuestion
      id={id}
      saveAnyway={
        <Button onClick={saveAnyway} disabled={pending}>
          {pending ? t("measurements.grid.saving") : t("measurements.unusual.saveAnyway")}
        </Button>
      }
      onChange={change}
    >
      <p>{t("measurements.unusual.cells", { count: asked.length })}</p>
      <ul className="mt-1 list-inside list-disc">
        {asked.map((a) => {
          const [metricId, date = ""] = a.key.split("|");
          const metric = metrics.find((m) => m.id === metricId);
          if (!metric) return null;
          return (
            <li key={a.key}>
              {t("measurements.unusual.cell", {
                metric: metric.name,
                date: dateLabel(date),
                value: formatValue(locale, metric.unit, a.value),
              })}{" "}
              {usualSentence(metric.unit, a.range)}
            </li>
          );
        })}
      </ul>
    </UnusualQuestion>
  );
}
