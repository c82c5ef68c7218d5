import { describe, expect, it } from "vitest";
import { gridWindows, MAX_PERIOD_COUNT, periodDates } from "./periods";

describe("periodDates", () => {
  it.each([
    ["day", "2026-11-26", 3, ["2026-11-24", "2026-11-25", "2026-11-26"]],
    // 2026-11-26 is a Thursday: its week starts Monday 23 November.
    ["week", "2026-11-26", 3, ["2026-11-09", "2026-11-16", "2026-11-23"]],
    ["week", "2026-11-23", 2, ["2026-11-16", "2026-11-23"]],
    ["month", "2026-01-15", 3, ["2025-11-01", "2025-12-01", "2026-01-01"]],
  ] as const)("%s ending %s", (granularity, today, count, expected) => {
    expect(periodDates(granularity, today, count)).toEqual(expected);
  });

  it("has no dates for an invalid day", () => {
    expect(periodDates("day", "not-a-date")).toEqual([]);
  });

  it("never makes more than MAX_PERIOD_COUNT columns, whatever count a caller asks for", () => {
    expect(periodDates("day", "2026-11-26", 100_000)).toHaveLength(MAX_PERIOD_COUNT);
    expect(periodDates("day", "2026-11-26", 100_000).at(-1)).toBe("2026-11-26");
  });

  it("has no dates for a day outside the years the app accepts", () => {
    expect(periodDates("month", "9999-12-31")).toEqual([]);
  });
});

describe("gridWindows", () => {
  it.each([
    // Weeks of Mondays 16 and 23 Nov, today Thursday 26 Nov: the window holds today.
    ["week", ["2026-11-16", "2026-11-23"], "2026-11-26", { earlier: "2026-11-09", later: null }],
    // Two weeks back: later ends two weeks on (Monday 23 Nov, within today's week).
    ["week", ["2026-11-02", "2026-11-09"], "2026-11-26", { earlier: "2026-10-26", later: "2026-11-23" }],
    // Later never goes past today.
    ["day", ["2026-11-20", "2026-11-21", "2026-11-22"], "2026-11-24", { earlier: "2026-11-19", later: "2026-11-24" }],
    ["month", ["2026-07-01", "2026-08-01", "2026-09-01"], "2026-11-26", { earlier: "2026-06-01", later: "2026-11-26" }],
    ["month", ["2026-09-01", "2026-10-01", "2026-11-01"], "2026-11-26", { earlier: "2026-08-01", later: null }],
    ["day", [], "2026-11-26", { earlier: null, later: null }],
  ] as const)("%s %j on %s", (granularity, dates, today, expected) => {
    expect(gridWindows(granularity, [...dates], today)).toEqual(expected);
  });
});
