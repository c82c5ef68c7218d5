import { CHANNEL_CATALOG } from "../catalog";
import type { Unit } from "../goal-types";
import type { MetricKind } from "../series";
import type { SourceSpec } from "./source-spec";
import { SOURCE_SPECS } from "./sources";
import type { Covers, ImportedPoint, ImportSource } from "./types";

/**
 * What a series a platform's file brings, and the organization has no metric
 * for, is created as when the person confirms it: a rate (a ratio or a weighted
 * average: averaged over a period, never added up) in percent points, or in
 * kroner for a cost per result; anything else a total count.
 */
export function newMetricShape(source: ImportSource, metric: string): { kind: MetricKind; unit: Unit } {
  const output = SOURCE_SPECS.find((s) => s.source === source)?.outputs.find((o) => o.metric === metric);
  if (output && "ratio" in output) return { kind: "rate", unit: output.unit ?? "percent" };
  if (output && "weighted" in output) return { kind: "rate", unit: "percent" };
  return { kind: "total", unit: "count" };
}

/** What readSource keeps per channel, date and period: sums and last values per field, never the rows. */
export type Acc = { covers: Covers; sums: Map<string, number>; last: Map<string, number> };

/** The source's outputs (sums, last values, ratios, weighted rates) of every accumulated channel and date. */
export function pointsOf(spec: SourceSpec, acc: Map<string, Acc>): ImportedPoint[] {
  const points = new Map<string, ImportedPoint>();
  const add = (channel: string, date: string, covers: Covers, metric: string, value: number) =>
    points.set(`${channel}|${metric}|${date}|${covers}`, { date, covers, channel, metric, value });
  for (const [key, a] of acc) {
    const [channel, date] = key.split("|") as [string, string, Covers];
    for (const o of spec.outputs) {
      const metric = inCatalog(channel, o.metric);
      if ("sum" in o) {
        const present = o.sum.filter((f) => a.sums.has(f));
        if (present.length) add(channel, date, a.covers, metric, round(present.reduce((s, f) => s + a.sums.get(f)!, 0)));
      } else if ("last" in o) {
        if (a.last.has(o.last)) add(channel, date, a.covers, metric, a.last.get(o.last)!);
      } else if ("ratio" in o) {
        const [num, den] = o.ratio.map((f) => a.sums.get(f));
        if (num !== undefined && den) add(channel, date, a.covers, metric, round((num / den) * o.scale));
      } else {
        const w = a.sums.get(`wd:${o.weighted[0]}`);
        if (w) add(channel, date, a.covers, metric, round((a.sums.get(`w:${o.weighted[0]}`)! / w) * (o.scale ?? 1)));
      }
    }
  }
  return [...points.values()];
}

/** Sums of decimal money drift in binary (0.1 + 0.2): values are kept to 6 decimals. */
const round = (n: number) => Math.round(n * 1e6) / 1e6;

const CATALOG_METRICS = new Map(CHANNEL_CATALOG.map((c) => [c.key, new Set(c.metrics.map((m) => m.key))]));
/** A catalogue key the channel lacks (Instagram has no "reach") becomes a custom metric of the same name. */
function inCatalog(channel: string, metric: string): string {
  if (metric.startsWith("custom:") || metric === "spend" || CATALOG_METRICS.get(channel)?.has(metric)) return metric;
  return `custom:${metric[0]!.toUpperCase()}${metric.slice(1).replaceAll("_", " ")}`;
}
