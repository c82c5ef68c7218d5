import { describe, expect, it } from "vitest";
import { goalForecast, predict, theilSen } from "./forecast";
import type { PeriodValue } from "./series";

const xy = (ys: number[]) => ys.map((y, x) => ({ x, y }));

describe("theilSen and predict (hand-computed)", () => {
  it("a straight line: 100, 110, 120, 130 → 200 at period 10, no spread", () => {
    expect(theilSen(xy([100, 110, 120, 130]))).toEqual({ slope: 10, intercept: 100 });
    expect(predict(xy([100, 110, 120, 130]), 10)).toEqual({ likely: 200, low: 200, high: 200, slope: 10 });
  });

  it("noisy: 10, 15, 14, 21, 20, 25 → about 40 at period 10, 80 % range 30.5–49.5", () => {
    // The 15 pairwise slopes sorted: −1, −1, 1.67, 2, 2, 2.5, 2.5, 3, 3, 3, 3.67, 3.67, 5, 5, 7; the 8th is 3.
    // y − 3x: 10, 12, 8, 12, 8, 10 → median 10. Residuals 0, 2, −2, 2, −2, 0: median 0, MAD 2, sd 1.4826 × 2.
    // n 6, mean x 2.5, Sxx 17.5, t(4) 1.533: half = 1.533 × 2.9652 × √(1 + 1/6 + 7.5² / 17.5) = 9.5144.
    const at = predict(xy([10, 15, 14, 21, 20, 25]), 10)!;
    expect(at.slope).toBe(3);
    expect(at.likely).toBe(40);
    expect(at.low).toBeCloseTo(40 - 9.5144, 3);
    expect(at.high).toBeCloseTo(40 + 9.5144, 3);
  });

  it("one outlier does not move the line: 100, 110, 120, 500, 140, 150 → 200 at period 10", () => {
    // Only 5 of the 15 pairwise slopes touch the outlier; the median of them all is 10.
    const at = predict(xy([100, 110, 120, 500, 140, 150]), 10)!;
    expect(at.slope).toBe(10);
    expect(at.likely).toBe(200);
    // Five residuals are 0 and one is 370: the median deviation is 0, the outlier does not widen the range.
    expect([at.low, at.high]).toEqual([200, 200]);
  });

  it("gives nothing for fewer than three periods or one date", () => {
    expect(predict(xy([1, 2]), 5)).toBeNull();
    expect(
      theilSen([
        { x: 1, y: 1 },
        { x: 1, y: 2 },
      ]),
    ).toBeNull();
  });
});

/** Weeks from Monday 5 Jan 2026 with these values, complete. */
function weeks(values: (number | null)[], firstMonday = "2026-01-05"): PeriodValue[] {
  const start = Date.parse(firstMonday);
  return values.map((value, i) => {
    const s = new Date(start + i * 7 * 86_400_000).toISOString().slice(0, 10);
    const e = new Date(start + (i * 7 + 6) * 86_400_000).toISOString().slice(0, 10);
    return { start: s, end: e, value, partial: false };
  });
}

describe("goalForecast", () => {
  const base = { kind: "total" as const, period: "week" as const, start: "2026-01-05", deadline: "2026-03-18" };

  it("fits the goal's weeks and forecasts the deadline's week (16 Mar is week 10)", () => {
    const f = goalForecast({ ...base, periods: weeks([100, 110, 120, 130]) });
    expect(f).toEqual({
      likely: 200,
      low: 200,
      high: 200,
      perPeriod: 10,
      periods: 4,
      basis: "goal",
      // The line at the last week fitted, 26 Jan: 130.
      from: { date: "2026-01-26", likely: 130, low: 130, high: 130 },
    });
  });

  it("leaves out the partial current week of a total and weeks without a value", () => {
    const periods = [...weeks([100, 110, null, 130, 140]), { start: "2026-02-09", end: "2026-02-15", value: 3, partial: true }];
    expect(goalForecast({ ...base, periods })?.likely).toBe(200);
  });

  it("fits only the weeks since the goal's start once there are four", () => {
    // A flat year before the start (50 a week) is ignored: 100, 110, 120, 130 from 2 Feb, the deadline's week is 6 on.
    const periods = weeks([50, 50, 50, 50, 100, 110, 120, 130]);
    const f = goalForecast({ ...base, periods, start: "2026-02-02", deadline: "2026-03-16" });
    expect(f).toMatchObject({ likely: 160, perPeriod: 10, periods: 4, basis: "goal" });
  });

  it("while the goal is young, fits the latest eight weeks and says so", () => {
    // Started 23 Feb: two weeks of its own. The latest 8 weeks (from 5 Jan) climb by 10 a week, 100 → 170.
    const periods = weeks([100, 110, 120, 130, 140, 150, 160, 170]);
    const f = goalForecast({ ...base, periods, start: "2026-02-23", deadline: "2026-03-16" });
    expect(f).toMatchObject({ likely: 200, basis: "history", periods: 8 });
  });

  it("says nothing with fewer than four periods or without a deadline", () => {
    expect(goalForecast({ ...base, periods: weeks([100, 110, 120]) })).toBeNull();
    expect(goalForecast({ ...base, deadline: null, periods: weeks([100, 110, 120, 130]) })).toBeNull();
  });

  it("counts months as periods whatever their days", () => {
    const months: PeriodValue[] = ["2026-01-01", "2026-02-01", "2026-03-01", "2026-04-01"].map((start, i) => ({
      start,
      end: start,
      value: 20 + 2 * i,
      partial: false,
    }));
    // 20, 22, 24, 26 from January; a deadline on 15 Sep is month 8: 20 + 2 × 8 = 36.
    const f = goalForecast({ periods: months, kind: "level", period: "month", start: "2026-01-01", deadline: "2026-09-15" });
    expect(f).toMatchObject({ likely: 36, perPeriod: 2 });
  });

  it("reads a seasonal goal's values over its season: 10, 20, 30, 40 in factors 1–4 are a flat 10, so 5 in June's 0.5", () => {
    const months: PeriodValue[] = ["2026-01-01", "2026-02-01", "2026-03-01", "2026-04-01"].map((start, i) => ({
      start,
      end: start,
      value: 10 * (i + 1),
      partial: false,
    }));
    const factors: Record<string, number> = { "01": 1, "02": 2, "03": 3, "04": 4, "06": 0.5 };
    const season = (date: string) => factors[date.slice(5, 7)] ?? 1;
    const input = { periods: months, kind: "total" as const, period: "month" as const, start: "2026-01-01", deadline: "2026-06-30" };
    expect(goalForecast({ ...input, season })).toMatchObject({ likely: 5, low: 5, high: 5, perPeriod: 0, from: { likely: 40 } });
    // Without the season the same values climb 10 a month: 60 by June.
    expect(goalForecast(input)).toMatchObject({ likely: 60, perPeriod: 10 });
    // A factor of zero cannot be divided out: the season is not used.
    expect(goalForecast({ ...input, season: (d) => (d.startsWith("2026-02") ? 0 : season(d)) })).toMatchObject({ likely: 60 });
  });
});
