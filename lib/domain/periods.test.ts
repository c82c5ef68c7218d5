import { describe, expect, it } from "vitest";
import { MAX_PERIOD_COUNT, periodDates } from "./periods";

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
