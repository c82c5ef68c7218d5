"use client";

import { BarController, BarElement, CategoryScale, Chart, type ChartOptions, type Plugin, Legend, LinearScale, Tooltip } from "chart.js";
import { useMemo } from "react";
import { Bar } from "react-chartjs-2";
import { type BarKind, barFill, chartHeight, useBarPalette } from "./chart-look";
import { intlLocale } from "@/lib/i18n/locales";

// Only what a horizontal bar chart with a legend and tooltips needs, so the chunk stays small.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);

export type BenchmarkChartData = {
  locale: string;
  channels: string[];
  /** Shares (0.15 = 15 %); null where there is nothing to draw. */
  series: Record<BarKind, (number | null)[]>;
  names: Record<BarKind, string>;
  label: string;
};

const KINDS: BarKind[] = ["benchmark", "actual", "targets"];

function percent(locale: string) {
  const format = new Intl.NumberFormat(intlLocale(locale), { style: "percent", maximumFractionDigits: 0 });
  return (share: number) => format.format(share);
}

/**
 * The axis leaves room for the value labels and shows every benchmark and
 * target, but not an extreme actual uplift (two weeks of history compound to
 * hundreds of percent): such a bar runs to the edge and its label gives the
 * real number. Suggested bounds let chart.js pick even ticks.
 */
function axisRange(series: BenchmarkChartData["series"]): { min?: number; max?: number; suggestedMin?: number; suggestedMax?: number } {
  const all = KINDS.flatMap((k) => series[k]).filter((v): v is number => v !== null);
  const benchmarks = series.benchmark.filter((v): v is number => v !== null);
  const cap = Math.ceil(Math.max(0.5, 4 * Math.max(0, ...benchmarks)) * 2) / 2;
  const top = Math.max(0.1, ...all);
  const low = Math.min(0, ...all);
  return {
    ...(low < -1 ? { min: -1 } : { suggestedMin: low * 1.2 }),
    ...(top > cap ? { max: cap } : { suggestedMax: top * 1.2 }),
  };
}

/**
 * Writes each bar's value at its end, so the numbers don't depend on hovering
 * or on colour; where there is no room outside the bar, on a small plate inside it.
 */
function valueLabels(format: (v: number) => string, text: string, plate: string): Plugin<"bar"> {
  return {
    id: "benchmarkValueLabels",
    afterDatasetsDraw(chart) {
      const { ctx, chartArea } = chart;
      ctx.save();
      ctx.font = "12px system-ui, sans-serif";
      ctx.textBaseline = "middle";
      chart.data.datasets.forEach((dataset, i) => {
        const meta = chart.getDatasetMeta(i);
        if (meta.hidden) return;
        meta.data.forEach((bar, j) => {
          const value = dataset.data[j];
          if (typeof value !== "number") return;
          const label = format(value);
          const width = ctx.measureText(label).width;
          const { x, y } = bar.getProps(["x", "y"], true) as { x: number; y: number };
          const end = Math.min(Math.max(x, chartArea.left), chartArea.right);
          const outside = value >= 0 ? end + 4 : end - 4 - width;
          if (outside >= chartArea.left && outside + width <= chartArea.right) {
            ctx.fillStyle = text;
            ctx.fillText(label, outside, y);
            return;
          }
          const inside = value >= 0 ? end - width - 6 : end + 6;
          ctx.fillStyle = plate;
          ctx.fillRect(inside - 3, y - 8, width + 6, 16);
          ctx.fillStyle = text;
          ctx.fillText(label, inside, y);
        });
      });
      ctx.restore();
    },
  };
}

export default function BenchmarkChart({ data }: { data: BenchmarkChartData }) {
  const palette = useBarPalette();
  const format = useMemo(() => percent(data.locale), [data.locale]);
  const chartData = useMemo(
    () => ({
      labels: data.channels,
      datasets: KINDS.map((kind) => ({
        label: data.names[kind],
        data: data.series[kind],
        backgroundColor: barFill(kind, palette[kind]),
        borderColor: palette[kind],
        borderWidth: kind === "benchmark" ? 0 : 1.5,
        barPercentage: 0.9,
        categoryPercentage: 0.8,
      })),
    }),
    [data, palette],
  );
  const options = useMemo((): ChartOptions<"bar"> => {
    const range = axisRange(data.series);
    return {
      indexAxis: "y",
      maintainAspectRatio: false,
      animation: false,
      layout: { padding: { right: 8 } },
      scales: {
        x: { ...range, grid: { color: palette.grid }, ticks: { color: palette.text, callback: (v) => format(Number(v)) } },
        y: { grid: { display: false }, ticks: { color: palette.text, autoSkip: false } },
      },
      plugins: {
        legend: { position: "top", align: "start", labels: { color: palette.text, boxWidth: 18, boxHeight: 12 } },
        tooltip: { callbacks: { label: (item) => `${item.dataset.label ?? ""}: ${format(Number(item.raw))}` } },
      },
    };
  }, [data.series, palette, format]);
  const plugins = useMemo(() => [valueLabels(format, palette.text, palette.plate)], [format, palette]);
  return (
    <div style={{ height: chartHeight(data.channels.length) }} className="relative w-full">
      <Bar data={chartData} options={options} plugins={plugins} role="img" aria-label={data.label} />
    </div>
  );
}
