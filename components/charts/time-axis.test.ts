import { describe, expect, it } from "vitest";
import { axisTicks, epochDay, formatTick, isoOfDay } from "./time-axis";

describe("epochDay", () => {
  it.each([
    ["1970-01-01", 0],
    ["1970-01-02", 1],
    ["2026-03-29", 20541],
    // A timestamp counts by its date.
    ["2026-03-29T23:30:00Z", 20541],
  ])("%s is day %i", (iso, day) => {
    expect(epochDay(iso)).toBe(day);
    expect(isoOfDay(day)).toBe(iso.slice(0, 10));
  });
});

describe("axisTicks", () => {
  const iso = (values: number[]) => values.map(isoOfDay);

  it("puts a tick on the first of each month in the span", () => {
    const ticks = axisTicks(epochDay("2026-01-15"), epochDay("2026-05-02"));
    expect(ticks.unit).toBe("month");
    expect(iso(ticks.values)).toEqual(["2026-02-01", "2026-03-01", "2026-04-01", "2026-05-01"]);
  });

  it("includes a span's first day when it is a month start", () => {
    expect(iso(axisTicks(epochDay("2026-01-01"), epochDay("2026-03-01")).values)).toEqual(["2026-01-01", "2026-02-01", "2026-03-01"]);
  });

  it("thins to every nth month over long spans, across years", () => {
    const ticks = axisTicks(epochDay("2025-11-10"), epochDay("2027-11-10"), 6);
    expect(ticks.values.length).toBeLessThanOrEqual(6);
    expect(iso(ticks.values).slice(0, 2)).toEqual(["2025-12-01", "2026-04-01"]);
  });

  it("falls back to day ticks inside a month", () => {
    const ticks = axisTicks(epochDay("2026-03-03"), epochDay("2026-03-27"), 5);
    expect(ticks.unit).toBe("day");
    expect(iso(ticks.values)).toEqual(["2026-03-03", "2026-03-09", "2026-03-15", "2026-03-21", "2026-03-27"]);
  });

  it("makes at most maxTicks month ticks over a span of millennia, without walking every month", () => {
    const ticks = axisTicks(epochDay("2000-01-01"), epochDay("9999-12-31"), 7);
    expect(ticks.unit).toBe("month");
    expect(ticks.values.length).toBeLessThanOrEqual(7);
    expect(isoOfDay(ticks.values[0]!)).toBe("2000-01-01");
  });

  it("has one tick for an empty span", () => {
    expect(axisTicks(100, 100)).toEqual({ values: [100], unit: "day" });
  });
});

describe("formatTick", () => {
  it.each([
    ["nb", "month", "jan. 2026"],
    ["en", "month", "Jan 2026"],
    ["nb", "day", "15. jan."],
    ["en", "day", "15 Jan"],
  ] as const)("%s %s", (locale, unit, label) => expect(formatTick(locale, epochDay("2026-01-15"), unit)).toBe(label));
});
