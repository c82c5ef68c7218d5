"use client";

import dynamic from "next/dynamic";
import { useLocale, useTranslations } from "next-intl";
import { noteOverlaps } from "@/lib/domain/chart-notes";
import type { ChartMarker } from "./chart-markers";
import { noteWhen } from "./note-when";
import type { Point, Unit } from "@/lib/domain/goal-types";
import { ChartPlaceholder } from "./chart-frame";
import type { ChartLine } from "./line-chart";

// The same lazily loaded chart as the goal chart: chart.js is one shared chunk, fetched on demand.
const LineChart = dynamic(() => import("./line-chart"), { ssr: false, loading: () => <ChartPlaceholder /> });

/**
 * A small line of a series over `from`–`to`, no axes; `label` says in words what it shows.
 * `partial` (the current period so far) is joined to the last point by a dashed piece.
 */
export function Sparkline({
  points,
  partial = null,
  unit,
  from,
  to,
  label,
  notes = [],
}: {
  points: Point[];
  partial?: Point | null;
  unit: Unit;
  from: string;
  to: string;
  label: string;
  /** The channel's campaign notes, numbered as in its list; those inside `from`–`to` are marked. */
  notes?: { id: string; startsOn: string; endsOn: string | null; body: string }[];
}) {
  const t = useTranslations("charts");
  const locale = useLocale();
  const markers: ChartMarker[] = notes
    .map((n, i) => ({ ...n, number: i + 1, label: t("marker", { number: i + 1, when: noteWhen(locale, n), body: n.body }) }))
    .filter((m) => noteOverlaps(m, from, to));
  const last = points.at(-1);
  const lines: ChartLine[] = [{ kind: "measurements", label, points }];
  if (partial) lines.push({ kind: "partial", label, points: last ? [last, partial] : [partial] });
  return (
    <div className="h-12 w-full">
      <LineChart lines={lines} unit={unit} from={from} to={to} ariaLabel={label} compact markers={markers} />
    </div>
  );
}
