import { describe, expect, it } from "vitest";
import type { Point } from "./goal-types";
import { linearTrend, trendUplift6m } from "./trend";

const p = (date: string, value: number): Point => ({ date, value });

// 100 + 2 per day: exact, on 1, 11 and 31 January.
const exact = [p("2026-01-01", 100), p("2026-01-11", 120), p("2026-01-31", 160)];
// Noise of ±1 around 50 + 1 per day (residuals +1, −1, −1, +1 cancel out in the fit).
const noisy = [p("2026-03-01", 51), p("2026-03-02", 50), p("2026-03-03", 51), p("2026-03-04", 54)];
// Churn in percent falling 0.05 points a day.
const falling = [p("2026-01-01", 20), p("2026-01-21", 19), p("2026-02-10", 18)];

describe("linearTrend", () => {
  it.each([
    ["exact line", exact, 2, 100, "2026-01-01"],
    ["exact line, unsorted", [exact[2]!, exact[0]!, exact[1]!], 2, 100, "2026-01-01"],
    // x = 0..3, y = 51 50 51 54: slope = Sxy/Sxx = 5/5 = 1, intercept = 51.5 − 1 × 1.5 = 50.
    ["noisy line", noisy, 1, 50, "2026-03-01"],
    ["falling line", falling, -0.05, 20, "2026-01-01"],
    ["two points", [p("2026-01-01", 10), p("2026-01-03", 14)], 2, 10, "2026-01-01"],
  ])("%s", (_name, points, slope, intercept, origin) => {
    const trend = linearTrend(points);
    expect(trend?.slopePerDay).toBeCloseTo(slope, 10);
    expect(trend?.intercept).toBeCloseTo(intercept, 10);
    expect(trend?.originDate).toBe(origin);
  });

  it.each([
    ["no points", []],
    ["one point", [p("2026-01-01", 10)]],
    ["all on one date", [p("2026-01-01", 10), p("2026-01-01", 12)]],
    ["invalid dates ignored", [p("2026-01-01", 10), p("2026-02-30", 12)]],
  ])("is null for %s", (_name, points) => expect(linearTrend(points)).toBeNull());
});

describe("trendUplift6m", () => {
  it.each([
    // Fitted at 31 Jan is 160: 2 × 182.5 / 160.
    ["exact line", exact, (2 * 182.5) / 160],
    // Fitted at day 3 is 53 (the measured 54 is noise).
    ["noisy line", noisy, 182.5 / 53],
    // Fitted at 10 Feb is 18: −0.05 × 182.5 / 18, a fall of about half.
    ["falling line", falling, (-0.05 * 182.5) / 18],
    ["flat line", [p("2026-01-01", 5), p("2026-02-01", 5), p("2026-03-01", 5)], 0],
  ])("%s", (_name, points, expected) => expect(trendUplift6m(points)).toBeCloseTo(expected, 10));

  it.each([
    ["no points", []],
    ["one point", [p("2026-01-01", 10)]],
    ["two points", [p("2026-01-01", 10), p("2026-02-01", 20)]],
    ["all on one date", [p("2026-01-01", 10), p("2026-01-01", 11), p("2026-01-01", 12)]],
    ["fitted value zero at the latest point", [p("2026-01-01", 20), p("2026-01-11", 10), p("2026-01-21", 0)]],
    ["fitted value negative", [p("2026-01-01", 5), p("2026-01-11", -5), p("2026-01-21", -15)]],
  ])("is null for %s", (_name, points) => expect(trendUplift6m(points)).toBeNull());
});
