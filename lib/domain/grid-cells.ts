/**
 * What each cell of the bulk grid shows (docs/DOMAIN-RULES.md, "Series and
 * periods"). A column is a day, a week (its Monday) or a month (its 1st). A
 * cell holds the value typed for exactly that period, unless finer values
 * exist inside it (daily imports under a week column): then, because the
 * finest granularity wins, the period is what those finer values add up to,
 * shown read-only so a typed week would not silently be ignored.
 */
import { aggregateSeries, type CoveredValue, type Covers, type MetricKind } from "./series";

export type GridCell = { kind: "own"; value: number | null } | { kind: "finer"; value: number; from: Covers; partial: boolean };

const FINER: Record<Covers, Covers[]> = { day: [], week: ["day"], month: ["day", "week"] };

/** One metric's cells for the grid's columns (`dates`: the periods' first days), read on `today`. */
export function gridCells(points: CoveredValue[], kind: MetricKind, every: Covers, dates: string[], today: string): GridCell[] {
  const own = new Map(points.filter((p) => p.covers === every).map((p) => [p.date, p.value]));
  const finer = points.filter((p) => FINER[every].includes(p.covers));
  const periods = every === "day" || !finer.length ? [] : aggregateSeries(finer, kind, every, today);
  const byStart = new Map(periods.map((p) => [p.start, p]));
  return dates.map((date) => {
    const p = byStart.get(date);
    if (p && p.value !== null) {
      const from = finer.some((x) => x.covers === "day" && x.date >= p.start && x.date <= p.end) ? "day" : "week";
      return { kind: "finer", value: p.value, from, partial: p.partial };
    }
    return { kind: "own", value: own.get(date) ?? null };
  });
}
