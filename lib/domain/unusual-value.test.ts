import { describe, expect, it } from "vitest";
import { isFarOutside, ordinaryRange, referenceValues, unusualValue } from "./unusual-value";

describe("ordinaryRange", () => {
  // Hand-computed: span = max(max − min, 0.5 × |median|); range = [min − 3·span, max + 3·span].
  const cases: [string, number[], { low: number; high: number } | null][] = [
    ["too few values", [100, 110], null],
    ["all zero: nothing to judge by", [0, 0, 0], null],
    ["spread wider than half the median: span 60 (min 100, max 160, median 120)", [100, 120, 160], { low: -80, high: 340 }],
    ["a flat series: span is half its median, 50", [100, 100, 100], { low: -50, high: 250 }],
    ["an even count: median (20 + 30) / 2 = 25 → 12.5 < spread 30", [10, 20, 40, 30], { low: -80, high: 130 }],
    ["only the latest 12 values count (the 13th, 1000, is left out)", [...Array<number>(12).fill(10), 1000], { low: -5, high: 25 }],
    ["a share in percent: 2.5–3.5, spread 1 < half the median 1.5", [2.5, 3, 3.5], { low: -2, high: 8 }],
  ];
  it.each(cases)("%s", (_name, recent, expected) => {
    expect(ordinaryRange(recent)).toEqual(expected);
  });
});

describe("isFarOutside", () => {
  const weekly = [100, 120, 160];
  const cases: [string, number, number[], boolean][] = [
    ["a typo with an extra zero (1200 for 120)", 1200, weekly, true],
    ["the range's own edge is ordinary", 340, weekly, false],
    ["just past the edge", 340.5, weekly, true],
    ["a good week, double the best so far", 320, weekly, false],
    ["a bad week of nothing is ordinary for a spread series", 0, weekly, false],
    ["a flat series of 100 allows 250 but not 251", 251, [100, 100, 100], true],
    ["nothing to compare with: never asked", 1_000_000, [5, 6], false],
    ["a conversion rate of 25 instead of 2.5", 25, [2.5, 3, 3.5], true],
  ];
  it.each(cases)("%s", (_name, value, recent, expected) => {
    expect(isFarOutside(value, recent)).toBe(expected);
  });
});

describe("unusualValue: what the question says", () => {
  // Hand-computed: asked only when isFarOutside; the sentence gives the recent values' own lowest and highest.
  const cases: [string, number, number[], { low: number; high: number } | null][] = [
    ["1600 against 100, 120, 160 (ordinary up to 340): usually between 100 and 160", 1600, [160, 120, 100], { low: 100, high: 160 }],
    ["an ordinary value asks nothing", 300, [160, 120, 100], null],
    ["a flat series names its one value twice", 251, [100, 100, 100], { low: 100, high: 100 }],
    ["only the latest 12 count: the old 1000 is not in the range", 100, [...Array<number>(12).fill(10), 1000], { low: 10, high: 10 }],
    ["a share: 25 % against 2.5–3.5 %", 25, [3.5, 2.5, 3], { low: 2.5, high: 3.5 }],
    ["far below a narrow series: −500 against 100, 120, 160 (ordinary from −80)", -500, [100, 120, 160], { low: 100, high: 160 }],
    ["too few values to judge by", 1_000_000, [5, 6], null],
  ];
  it.each(cases)("%s", (_name, value, recent, expected) => {
    expect(unusualValue(value, recent)).toEqual(expected);
  });
});

describe("referenceValues", () => {
  const points = [
    { date: "2026-11-20", value: 1200 },
    { date: "2026-11-13", value: 120 },
    { date: "2026-11-06", value: 110 },
  ];
  it("leaves out the value the new one replaces (correcting the typo 1200 is judged by 120 and 110)", () => {
    expect(referenceValues(points, "2026-11-20")).toEqual([120, 110]);
  });
  it("keeps every value for a new date, newest first", () => {
    expect(referenceValues(points, "2026-11-27")).toEqual([1200, 120, 110]);
  });
  it("takes at most the latest RECENT_VALUES (12)", () => {
    const many = Array.from({ length: 14 }, (_, i) => ({ date: `2026-10-${String(i + 10)}`, value: i }));
    expect(referenceValues(many, "2026-10-10")).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });
});
