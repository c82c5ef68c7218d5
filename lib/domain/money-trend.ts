/**
 * The trend of a channel's cost per result: its last complete month with a
 * cost per result against the complete month before it that has one.
 * Cheaper results are better, so "down" is the good direction.
 */
import type { MoneyFigure } from "./money";

export type TrendMonth = { start: string; partial: boolean; costPerResult: MoneyFigure };

export type CostTrend =
  | { state: "none" }
  | { state: "change"; fromMonth: string; toMonth: string; from: number; to: number; change: number; direction: "down" | "flat" | "up" };

/** Changes smaller than this share of the earlier cost are "flat". */
const FLAT_TREND = 0.05;

export function costTrend(months: TrendMonth[]): CostTrend {
  const valued = months.filter((m) => !m.partial && m.costPerResult.state === "value");
  const last = valued.at(-1);
  const before = valued.at(-2);
  if (!last || !before || last.costPerResult.state !== "value" || before.costPerResult.state !== "value") return { state: "none" };
  const from = before.costPerResult.value;
  const to = last.costPerResult.value;
  const change = (to - from) / from;
  const direction = Math.abs(change) < FLAT_TREND ? "flat" : change < 0 ? "down" : "up";
  return { state: "change", fromMonth: before.start, toMonth: last.start, from, to, change, direction };
}
