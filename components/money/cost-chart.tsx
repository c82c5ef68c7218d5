"use client";

import dynamic from "next/dynamic";
import { ChartFrame, ChartPlaceholder } from "@/components/charts/chart-frame";
import type { Point } from "@/lib/domain/goal-types";

// The goal chart's lazily loaded chart.js chunk, fetched on this page only.
const LineChart = dynamic(() => import("@/components/charts/line-chart"), { ssr: false, loading: () => <ChartPlaceholder /> });

export type CostChartChannel = { key: string; name: string; points: Point[]; summary: string };

/**
 * Cost per result month by month, one small chart per channel (each on its own
 * scale, so a cheap channel's line is not flattened by a dear one). The
 * numbers are in the table beside it; `summary` says in words what each shows.
 */
export function CostChart({ channels, from, to }: { channels: CostChartChannel[]; from: string; to: string }) {
  return (
    <ul className="grid gap-4 sm:grid-cols-2">
      {channels.map((c) => (
        <li key={c.key}>
          <p className="text-sm font-medium">{c.name}</p>
          <ChartFrame className="h-40 sm:h-44">
            <LineChart
              lines={[{ kind: "measurements", label: c.name, points: c.points }]}
              unit="nok"
              from={from}
              to={to}
              ariaLabel={c.summary}
            />
          </ChartFrame>
        </li>
      ))}
    </ul>
  );
}
