import { describe, expect, it } from "vitest";
import { actualUpliftDetail, targetsUplift6m, upliftWindowStart } from "./actual-uplift";
import type { Direction, Point } from "./goal-types";

const p = (date: string, value: number): Point => ({ date, value });
const TODAY = "2026-07-01";
// 15 Jan → 14 Jul is 5 whole months and 29 days; the scaling exponent is 6 / that.
const SPAN_JAN15_JUL14 = 5 + 29 / 30.4375;

describe("actualUpliftDetail", () => {
  it.each<[string, Point[], string, Direction, number]>([
    ["Facebook followers +15 % over exactly 6 months", [p("2026-01-01", 100), p("2026-07-01", 115)], TODAY, "increase", 0.15],
    [
      "points on one straight line give the same as first and last",
      [p("2026-01-01", 100), p("2026-04-02", 100 + (15 * 91) / 181), p("2026-07-01", 115)],
      TODAY,
      "increase",
      0.15,
    ],
    // Least squares through 100, 100, 130 at equal spacing: fitted 95 → 125, not the raw 100 → 130.
    [
      "a jump at the end counts through the fitted line",
      [p("2026-01-15", 100), p("2026-04-15", 100), p("2026-07-14", 130)],
      "2026-07-15",
      "increase",
      (125 / 95) ** (6 / SPAN_JAN15_JUL14) - 1,
    ],
    ["one month of history is compounded to six", [p("2026-05-01", 100), p("2026-06-01", 110)], TODAY, "increase", 1.1 ** 6 - 1],
    ["a quarter of history is compounded to six months", [p("2026-04-01", 100), p("2026-07-01", 110)], TODAY, "increase", 0.21],
    ["a falling increase metric is negative", [p("2026-01-01", 100), p("2026-07-01", 90)], TODAY, "increase", -0.1],
    ["cost per click down 15 % is +15 % for a decrease metric", [p("2026-01-01", 10), p("2026-07-01", 8.5)], TODAY, "decrease", 0.15],
    ["a rising decrease metric is negative", [p("2026-01-01", 10), p("2026-07-01", 11)], TODAY, "decrease", -0.1],
    [
      "measurements before the window are left out",
      [p("2025-06-01", 50), p("2025-12-31", 60), p("2026-01-01", 100), p("2026-07-01", 115)],
      TODAY,
      "increase",
      0.15,
    ],
    ["measurements after today are left out", [p("2026-01-01", 100), p("2026-07-01", 115), p("2026-08-01", 500)], TODAY, "increase", 0.15],
    ["the order of the points does not matter", [p("2026-07-01", 115), p("2026-01-01", 100)], TODAY, "increase", 0.15],
    [
      "a value that is not a number is left out",
      [p("2026-01-01", 100), p("2026-03-01", Number.NaN), p("2026-07-01", 115)],
      TODAY,
      "increase",
      0.15,
    ],
    // Fitted 83⅓ → −16⅔: the line says the value fell to nothing, all of it lost (or, for a cost, all of it saved).
    ["a fit that falls below zero is −100 %", [p("2026-01-15", 100), p("2026-04-15", 0), p("2026-07-14", 0)], "2026-07-15", "increase", -1],
    ["a cost that falls to nothing is +100 %", [p("2026-01-15", 100), p("2026-04-15", 0), p("2026-07-14", 0)], "2026-07-15", "decrease", 1],
  ])("%s", (_name, points, today, direction, expected) => {
    expect(actualUpliftDetail(points, today, direction).value).toBeCloseTo(expected, 10);
  });

  it("accepts exactly 14 days of history", () => {
    expect(actualUpliftDetail([p("2026-06-01", 100), p("2026-06-15", 101)], TODAY, "increase").value).toBeCloseTo(
      1.01 ** (6 / (14 / 30.4375)) - 1,
      10,
    );
  });

  it.each<[string, Point[], string, string]>([
    ["no measurements", [], TODAY, "noData"],
    ["only measurements older than six months", [p("2025-01-01", 100), p("2025-06-01", 120)], TODAY, "noData"],
    ["an invalid today", [p("2026-01-01", 100), p("2026-07-01", 115)], "2026-02-30", "noData"],
    ["one measurement", [p("2026-06-01", 100)], TODAY, "tooFewPoints"],
    ["two measurements 13 days apart", [p("2026-06-01", 100), p("2026-06-14", 110)], TODAY, "tooShort"],
    ["two measurements on one date", [p("2026-06-01", 100), p("2026-06-01", 110)], TODAY, "tooShort"],
    ["a start at zero", [p("2026-01-01", 0), p("2026-07-01", 10)], TODAY, "notPositive"],
  ])("is null with %s", (_name, points, today, reason) => {
    expect(actualUpliftDetail(points, today, "increase")).toMatchObject({ value: null, reason });
  });

  it("reports how many points and months it used", () => {
    const { value, ...rest } = actualUpliftDetail([p("2025-12-01", 1), p("2026-04-01", 100), p("2026-07-01", 110)], TODAY, "increase");
    expect(value).toBeCloseTo(0.21, 10);
    expect(rest).toEqual({ reason: null, points: 2, months: 3 });
  });

  it("starts the window six calendar months before today", () => {
    expect(upliftWindowStart("2026-07-01")).toBe("2026-01-01");
    expect(upliftWindowStart("2026-08-31")).toBe("2026-02-28");
    expect(upliftWindowStart("not a date")).toBeNull();
  });
});

describe("targetsUplift6m", () => {
  const goal = (
    baseline: number | null,
    target: number | null,
    startDate = "2026-01-01",
    deadline = "2026-07-01",
    direction: Direction = "increase",
  ) => ({
    direction,
    baseline,
    target,
    startDate,
    deadline,
  });

  it.each<[string, ReturnType<typeof goal>[], number | null]>([
    ["no active goals", [], null],
    ["the bakery's +30 % in 6 months", [goal(20, 26)], 0.3],
    ["the mean of +30 % and +10 %", [goal(20, 26), goal(100, 110)], 0.2],
    // Facebook engagement 400 → 450 in 3 months: 1.125² − 1 ≈ 26.6 % over six.
    ["a 3-month target is compounded to six", [goal(400, 450, "2026-01-01", "2026-04-01")], 1.125 ** 2 - 1],
    ["a workshop churn goal counts its reduction", [goal(20, 17, "2026-01-01", "2026-04-01", "decrease")], 1 - 0.85 ** 2],
    ["a goal without a target is left out", [goal(20, 26), goal(100, null)], 0.3],
    ["only goals without targets", [goal(20, null), goal(null, 10)], null],
    ["a target pointing the wrong way pulls the mean down", [goal(20, 26), goal(100, 90)], 0.1],
  ])("%s", (_name, goals, expected) => {
    const result = targetsUplift6m(goals);
    if (expected === null) expect(result).toBeNull();
    else expect(result).toBeCloseTo(expected, 10);
  });
});
