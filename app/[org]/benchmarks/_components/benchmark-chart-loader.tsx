"use client";

import dynamic from "next/dynamic";
import type { BenchmarkChartData } from "./benchmark-chart";
import { chartHeight } from "./chart-look";

// chart.js is loaded on this page only, in the browser, after the table.
const BenchmarkChart = dynamic(() => import("./benchmark-chart"), {
  ssr: false,
  loading: () => (
    <div className="h-full w-full animate-pulse rounded-lg bg-slate-100 motion-reduce:animate-none dark:bg-slate-800/60" aria-hidden />
  ),
});

/** The bar chart in a box of its final height, so nothing below jumps when chart.js arrives. */
export function BenchmarkChartLoader({ data }: { data: BenchmarkChartData }) {
  return (
    <div style={{ height: chartHeight(data.channels.length) }}>
      <BenchmarkChart data={data} />
    </div>
  );
}
