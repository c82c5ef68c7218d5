import { describe, expect, it } from "vitest";
import type { MoneySeries } from "./money";
import { aggregateSeries, currentPeriodValue, trendPoints } from "./series";
import { trackedSeries } from "./tracked-series";

const day = (date: string, value: number) => ({ date, covers: "day" as const, value });
const money: MoneySeries = {
  // Weeks of 2 and 9 November: 700 kr for 7 results, then 400 kr for 2; the week of 16 Nov (today's) so far 90 kr for 1.
  spend: [day("2026-11-02", 700), day("2026-11-09", 400), day("2026-11-16", 90)],
  oneOffCosts: [],
  results: [[day("2026-11-03", 7), day("2026-11-10", 2), day("2026-11-16", 1)]],
  revenue: [],
};

describe("trackedSeries", () => {
  it("computes a derived figure per period and tracks the latest complete one, never the week so far", () => {
    const t = trackedSeries({ kind: "rate", derivation: "cost_per_result", period: "week" }, [], money, "2026-11-17");
    expect(t.periods.map((p) => [p.start, p.value, p.partial])).toEqual([
      ["2026-11-02", 100, false],
      ["2026-11-09", 200, false],
      ["2026-11-16", 90, true],
    ]);
    expect(t.current).toMatchObject({ start: "2026-11-09", value: 200 });
    expect(t.history).toEqual([
      { date: "2026-11-02", value: 100 },
      { date: "2026-11-09", value: 200 },
    ]);
    expect(t.lastInputOn).toBe("2026-11-16");
  });

  it("has no value and no input for a derived figure without money", () => {
    const t = trackedSeries({ kind: "rate", derivation: "roas", period: "month" }, [], null, "2026-11-17");
    expect([t.periods, t.current, t.history, t.lastInputOn]).toEqual([[], null, [], null]);
  });

  it("reads a recorded metric exactly as lib/domain/series does", () => {
    const raw = [day("2026-11-02", 5), day("2026-11-10", 8)];
    const t = trackedSeries({ kind: "total", derivation: null, period: "week" }, raw, money, "2026-11-17");
    const periods = aggregateSeries(raw, "total", "week", "2026-11-17");
    expect(t).toEqual({
      periods,
      current: currentPeriodValue(periods, "total"),
      history: trendPoints(raw, periods, "total"),
      lastInputOn: null,
    });
  });
});
