import { describe, expect, it } from "vitest";
import { isFarOutside, ordinaryRange } from "./unusual-value";

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
