import { describe, expect, it } from "vitest";
import type { MoneyFigure } from "./money";
import { costTrend, type TrendMonth } from "./money-trend";

const v = (value: number): MoneyFigure => ({ state: "value", value });
const m = (start: string, costPerResult: MoneyFigure, partial = false): TrendMonth => ({ start, partial, costPerResult });

describe("costTrend", () => {
  it.each<[string, TrendMonth[], ReturnType<typeof costTrend>]>([
    ["no months", [], { state: "none" }],
    ["one month with a value", [m("2026-10-01", v(200))], { state: "none" }],
    [
      "200 kr then 150 kr: 25 % down",
      [m("2026-09-01", v(200)), m("2026-10-01", v(150))],
      { state: "change", fromMonth: "2026-09-01", toMonth: "2026-10-01", from: 200, to: 150, change: -0.25, direction: "down" },
    ],
    [
      "100 kr then 130 kr: 30 % up",
      [m("2026-09-01", v(100)), m("2026-10-01", v(130))],
      { state: "change", fromMonth: "2026-09-01", toMonth: "2026-10-01", from: 100, to: 130, change: 0.3, direction: "up" },
    ],
    [
      "100 kr then 104 kr: under 5 %, flat",
      [m("2026-09-01", v(100)), m("2026-10-01", v(104))],
      { state: "change", fromMonth: "2026-09-01", toMonth: "2026-10-01", from: 100, to: 104, change: 0.04, direction: "flat" },
    ],
    [
      "a month without results is skipped; this month so far does not count",
      [m("2026-08-01", v(80)), m("2026-09-01", { state: "noResults" }), m("2026-10-01", v(60)), m("2026-11-01", v(10), true)],
      { state: "change", fromMonth: "2026-08-01", toMonth: "2026-10-01", from: 80, to: 60, change: -0.25, direction: "down" },
    ],
  ])("%s", (_name, months, expected) => {
    const got = costTrend(months);
    if (got.state === "change" && expected.state === "change") {
      expect({ ...got, change: Math.round(got.change * 1e9) / 1e9 }).toEqual(expected);
    } else expect(got).toEqual(expected);
  });
});
