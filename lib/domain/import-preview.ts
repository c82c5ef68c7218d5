import { type MetricKind, periodStartMs } from "./series";
import { isoDateMs } from "./dates";
import type { ImportedPoint } from "./import/types";

/**
 * What an import would produce, per week, shown before anything is written:
 * a total's days are summed (visits, orders), a level keeps the week's last
 * value (followers), a rate the plain mean of its days. A preview only — the
 * goal's own period and aggregation come from lib/domain's series rules.
 */
export type PreviewWeek = { week: string; value: number; days: number };
export type PreviewSeries = { channel: string; metric: string; weeks: PreviewWeek[]; total: number | null; points: number };

/** The Monday of the week a date falls in (ISO weeks, as Norway counts them). */
export function mondayOf(date: string): string {
  const ms = isoDateMs(date);
  return ms === null ? date : new Date(periodStartMs("week", ms)).toISOString().slice(0, 10);
}

/** Weeks shown per series in the preview; the commit writes every point all the same. */
const MAX_PREVIEW_WEEKS = 60;

export function previewSeries(points: readonly ImportedPoint[], kindOf: (channel: string, metric: string) => MetricKind): PreviewSeries[] {
  const bySeries = new Map<string, ImportedPoint[]>();
  for (const p of points) {
    const key = `${p.channel}\u001f${p.metric}`;
    const list = bySeries.get(key);
    if (list) list.push(p);
    else bySeries.set(key, [p]);
  }
  return [...bySeries.values()].map((list) => {
    const { channel, metric } = list[0]!;
    const kind = kindOf(channel, metric);
    const sorted = [...list].sort((a, b) => isoDateMs(a.date)! - isoDateMs(b.date)!);
    const weeks = new Map<string, PreviewWeek>();
    for (const p of sorted) {
      const week = mondayOf(p.date);
      const w = weeks.get(week) ?? { week, value: 0, days: 0 };
      w.days += 1;
      if (kind === "total") w.value += p.value;
      else if (kind === "level") w.value = p.value;
      else w.value += (p.value - w.value) / w.days; // running mean of the week's days
      weeks.set(week, w);
    }
    const total = kind === "total" ? sorted.reduce((sum, p) => sum + p.value, 0) : null;
    return { channel, metric, weeks: [...weeks.values()].slice(-MAX_PREVIEW_WEEKS), total, points: sorted.length };
  });
}
