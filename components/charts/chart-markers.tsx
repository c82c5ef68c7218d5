"use client";

import type { Plugin } from "chart.js";
import { cn } from "@/components/ui/cn";
import { epochDay } from "./time-axis";

/** A campaign note on a chart: a day, or days up to its end; `label` says all of it in words. */
export type ChartMarker = { id: string; number: number; startsOn: string; endsOn: string | null; label: string };

export type PlotArea = { left: number; right: number; top: number; bottom: number };

/** Where a day falls across the plot area, in pixels from the canvas's left edge; null outside the axis. */
function markerX(area: PlotArea, from: string, to: string, day: string): number | null {
  const [min, max, d] = [epochDay(from), epochDay(to), epochDay(day)];
  if (max <= min || d < min || d > max) return null;
  return area.left + ((d - min) / (max - min)) * (area.right - area.left);
}

const clampToAxis = (from: string, to: string, day: string) => (day < from ? from : day > to ? to : day);

/**
 * Draws each marker on the canvas under the lines: a dashed line on its day
 * and, for a campaign with an end date, a light band over its days. The
 * markers' HTML buttons (MarkerButtons) carry the words.
 */
export function markerPlugin(read: () => { markers: ChartMarker[]; from: string; to: string; color: string }): Plugin<"line"> {
  return {
    id: "campaignMarkers",
    beforeDatasetsDraw(chart) {
      const { markers, from, to, color } = read();
      const area = chart.chartArea;
      const ctx = chart.ctx;
      ctx.save();
      for (const m of markers) {
        const x = markerX(area, from, to, clampToAxis(from, to, m.startsOn));
        if (x === null) continue;
        if (m.endsOn) {
          const end = markerX(area, from, to, clampToAxis(from, to, m.endsOn));
          if (end !== null && end > x) {
            ctx.globalAlpha = 0.1;
            ctx.fillStyle = color;
            ctx.fillRect(x, area.top, end - x, area.bottom - area.top);
            ctx.globalAlpha = 1;
          }
        }
        ctx.strokeStyle = color;
        ctx.lineWidth = 1.5;
        ctx.setLineDash([3, 3]);
        ctx.beginPath();
        ctx.moveTo(x, area.top);
        ctx.lineTo(x, area.bottom);
        ctx.stroke();
      }
      ctx.restore();
    },
  };
}

/**
 * One focusable button per marker on its day at the top of the plot, numbered
 * as in the list and the table; its name is the whole note, and hovering or
 * focusing it shows the note beside it.
 */
export function MarkerButtons({
  markers,
  area,
  from,
  to,
  compact,
}: {
  markers: ChartMarker[];
  area: PlotArea;
  from: string;
  to: string;
  compact: boolean;
}) {
  return (
    <ul className="contents">
      {markers.map((m) => {
        const x = markerX(area, from, to, clampToAxis(from, to, m.startsOn));
        if (x === null) return null;
        return (
          <li key={m.id} className="group absolute z-10 -translate-x-1/2" style={{ left: x, top: compact ? 0 : area.top }}>
            <button
              type="button"
              aria-label={m.label}
              data-chart-marker={m.id}
              className={cn(
                "flex items-center justify-center rounded-full bg-amber-600 font-semibold text-white ring-2 ring-white focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-amber-700 dark:bg-amber-400 dark:text-slate-950 dark:ring-slate-900",
                compact ? "h-3.5 w-3.5 text-[0.5rem]" : "h-5 w-5 -translate-y-1/2 text-[0.65rem]",
              )}
            >
              {m.number}
            </button>
            <span
              role="presentation"
              className="pointer-events-none absolute top-6 left-1/2 hidden w-max max-w-56 -translate-x-1/2 rounded-md bg-slate-900 px-2 py-1 text-xs text-white shadow group-focus-within:block group-hover:block dark:bg-slate-100 dark:text-slate-900"
            >
              {m.label}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
