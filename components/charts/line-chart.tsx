"use client";

import type { ChartData, ChartOptions, Plugin, TooltipItem } from "chart.js";
import { useLocale } from "next-intl";
import { useEffect, useMemo, useRef, useState } from "react";
import type { Point, Unit } from "@/lib/domain/goal-types";
import type { MetricKind } from "@/lib/domain/series";
import { formatDate, formatValue } from "@/lib/format";
import { LINE_STYLE, type LineKind, useChartPalette, useReducedMotion } from "./chart-theme";
import { Chart } from "./register";
import { axisTicks, epochDay, formatTick, isoOfDay } from "./time-axis";
import { type ChartMarker, MarkerButtons, markerPlugin, type PlotArea } from "./chart-markers";

/** `fillToPrevious`: a band's upper edge, filled down to the line before it (its lower edge). */
/** `dots`: draw this line's points whatever its kind draws (a milestone path's milestones). */
export type ChartLine = { kind: LineKind; label: string; points: Point[]; fillToPrevious?: boolean; dots?: boolean };

export type LineChartProps = {
  lines: ChartLine[];
  unit: Unit;
  /** The metric's kind, for kroner: øre for a price per click, whole kroner for spend. */
  kind?: MetricKind;
  /** The x axis, ISO dates: lines beyond it are clipped. */
  from: string;
  to: string;
  ariaLabel: string;
  /** A sparkline: no axes, no tooltip, no dots. */
  compact?: boolean;
  /** Campaign notes: a dashed line on the canvas and a focusable numbered button each. */
  markers?: ChartMarker[];
};

type XY = { x: number; y: number };

const NO_MARKERS: ChartMarker[] = [];
const sameArea = (a: PlotArea | null, b: PlotArea) =>
  a !== null && a.left === b.left && a.right === b.right && a.top === b.top && a.bottom === b.bottom;

/**
 * A line chart over time on a linear axis of days. Loaded only through
 * next/dynamic (see goal-chart.tsx, sparkline.tsx), so chart.js stays out of
 * every other page's bundle. The canvas is an image with a summary for
 * screen readers; the numbers themselves are in a table beside it.
 */
export default function LineChart({ lines, unit, kind, from, to, ariaLabel, compact = false, markers = NO_MARKERS }: LineChartProps) {
  const locale = useLocale();
  const palette = useChartPalette();
  const reduced = useReducedMotion();

  const data = useMemo<ChartData<"line", XY[]>>(
    () => ({
      datasets: lines.map((line) => {
        const style = LINE_STYLE[line.kind];
        const dots = (style.points || line.dots === true) && !compact;
        return {
          label: line.label,
          data: line.points.map((p) => ({ x: epochDay(p.date), y: p.value })),
          borderColor: palette[line.kind],
          backgroundColor: palette[line.kind],
          borderDash: style.dash,
          borderWidth: compact ? 2 : style.width,
          borderCapStyle: line.kind === "forecast" ? "round" : "butt",
          pointRadius: dots ? 3.5 : 0,
          pointHoverRadius: dots ? 5 : 0,
          pointHitRadius: compact ? 0 : 8,
          pointBorderColor: palette.surface,
          pointBorderWidth: 1.5,
          tension: 0,
          // Measurements lie inside the axis; let a dot on its first or last day show whole.
          clip: line.kind === "measurements" || line.kind === "partial" ? 6 : 0,
          fill: line.fillToPrevious ? "-1" : false,
        };
      }),
    }),
    [lines, palette, compact],
  );

  const options = useMemo<ChartOptions<"line">>(() => {
    const ticks = axisTicks(epochDay(from), epochDay(to));
    return {
      responsive: true,
      maintainAspectRatio: false,
      animation: reduced || compact ? false : { duration: 250 },
      interaction: { mode: "nearest", axis: "x", intersect: false },
      layout: { padding: compact ? 2 : { top: 4, right: 8 } },
      plugins: {
        tooltip: {
          enabled: !compact,
          callbacks: {
            title: (items: TooltipItem<"line">[]) => (items[0] ? formatDate(locale, isoOfDay(items[0].parsed.x ?? 0)) : ""),
            label: (item: TooltipItem<"line">) => `${item.dataset.label ?? ""}: ${formatValue(locale, unit, item.parsed.y ?? 0, kind)}`,
          },
        },
      },
      scales: {
        x: {
          type: "linear",
          display: !compact,
          min: epochDay(from),
          max: epochDay(to),
          grid: { color: palette.grid },
          border: { color: palette.grid },
          afterBuildTicks: (axis) => {
            axis.ticks = ticks.values.map((value) => ({ value }));
          },
          ticks: {
            color: palette.text,
            maxRotation: 0,
            autoSkipPadding: 12,
            callback: (value) => formatTick(locale, Number(value), ticks.unit),
          },
        },
        y: {
          type: "linear",
          display: !compact,
          grace: "5%",
          grid: { color: palette.grid },
          border: { display: false },
          ticks: { color: palette.text, maxTicksLimit: 6, callback: (value) => formatValue(locale, unit, Number(value), kind) },
        },
      },
    };
  }, [from, to, locale, unit, kind, palette, reduced, compact]);

  // chart.js straight, not react-chartjs-2: its wrapper imports every controller, and they stay in the chunk.
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<Chart<"line", XY[]> | null>(null);
  // The markers are drawn by a plugin that reads them at draw time; the buttons follow the plot area chart.js laid out.
  const drawn = useRef({ markers, from, to, color: palette.benchmark });
  const [area, setArea] = useState<PlotArea | null>(null);
  useEffect(() => {
    if (!canvas.current) return;
    const layout: Plugin<"line"> = {
      id: "plotArea",
      afterLayout: (c) => {
        const next = { left: c.chartArea.left, right: c.chartArea.right, top: c.chartArea.top, bottom: c.chartArea.bottom };
        setArea((prev) => (sameArea(prev, next) ? prev : next));
      },
    };
    chart.current = new Chart<"line", XY[]>(canvas.current, {
      type: "line",
      data: { datasets: [] },
      options: {},
      plugins: [markerPlugin(() => drawn.current), layout],
    });
    return () => {
      chart.current?.destroy();
      chart.current = null;
    };
  }, []);
  useEffect(() => {
    const current = chart.current;
    if (!current) return;
    drawn.current = { markers, from, to, color: palette.benchmark };
    current.data = data;
    current.options = options;
    current.update();
  }, [data, options, markers, from, to, palette]);

  return (
    <div className="relative h-full w-full">
      <canvas ref={canvas} role="img" aria-label={ariaLabel} />
      {area && markers.length ? <MarkerButtons markers={markers} area={area} from={from} to={to} compact={compact} /> : null}
    </div>
  );
}
