"use client";

import dynamic from "next/dynamic";
import type { Point, Unit } from "@/lib/domain/goal-types";
import { ChartPlaceholder } from "./chart-frame";

// The same lazily loaded chart as the goal chart: chart.js is one shared chunk, fetched on demand.
const LineChart = dynamic(() => import("./line-chart"), { ssr: false, loading: () => <ChartPlaceholder /> });

/** A small line of a series over `from`–`to`, no axes; `label` says in words what it shows. */
export function Sparkline({ points, unit, from, to, label }: { points: Point[]; unit: Unit; from: string; to: string; label: string }) {
  return (
    <div className="h-12 w-full">
      <LineChart lines={[{ kind: "measurements", label, points }]} unit={unit} from={from} to={to} ariaLabel={label} compact />
    </div>
  );
}
