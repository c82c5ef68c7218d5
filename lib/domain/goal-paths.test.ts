import { describe, expect, it } from "vitest";
import type { Point } from "./goal-types";
import { benchmarkPath, type BenchmarkPathInput, isChartRange, MAX_CHART_POINTS, rangeStart, targetPath, thinPoints } from "./goal-paths";

const p = (date: string, value: number): Point => ({ date, value });

describe("targetPath", () => {
  const goal = { baselineValue: 400, targetValue: 460, startDate: "2026-01-01", deadline: "2026-07-01" };
  it.each([
    ["baseline at the start, target at the deadline", goal, [p("2026-01-01", 400), p("2026-07-01", 460)]],
    ["a decrease goal the same way", { ...goal, baselineValue: 20, targetValue: 17 }, [p("2026-01-01", 20), p("2026-07-01", 17)]],
    ["a zero baseline is still a baseline", { ...goal, baselineValue: 0 }, [p("2026-01-01", 0), p("2026-07-01", 460)]],
    ["no baseline", { ...goal, baselineValue: null }, []],
    ["no target", { ...goal, targetValue: null }, []],
    ["no start", { ...goal, startDate: null }, []],
    ["no deadline", { ...goal, deadline: null }, []],
    ["deadline before the start", { ...goal, deadline: "2025-12-01" }, []],
    ["an invalid date", { ...goal, deadline: "2026-02-30" }, []],
  ])("%s", (_name, input, expected) => expect(targetPath(input)).toEqual(expected));
});

describe("benchmarkPath", () => {
  // The article's Facebook row: +15 % after 6 months.
  const facebook: BenchmarkPathInput = {
    baseline: 400,
    startDate: "2026-01-01",
    deadline: "2026-07-01",
    direction: "increase",
    upliftPct: 15,
  };

  it("rises monthly to baseline × 1.15 after six months", () => {
    const path = benchmarkPath(facebook);
    expect(path.map((x) => x.date)).toEqual([
      "2026-01-01",
      "2026-02-01",
      "2026-03-01",
      "2026-04-01",
      "2026-05-01",
      "2026-06-01",
      "2026-07-01",
    ]);
    expect(path[0]!.value).toBe(400);
    expect(path[3]!.value).toBeCloseTo(400 * 1.15 ** 0.5, 10);
    expect(path[6]!.value).toBeCloseTo(460, 10);
  });

  it.each([
    // A year compounds: (1.15)² = 1.3225.
    ["a year", { ...facebook, deadline: "2027-01-01" }, 13, 400 * 1.3225],
    // A decrease goal falls by the uplift: churn 20 % with a 10 % benchmark is 18 after 6 months.
    ["a decrease", { ...facebook, baseline: 20, direction: "decrease" as const, upliftPct: 10 }, 7, 18],
    // The deadline mid-month is its own last point: 15 days past 3 months.
    ["a deadline between months", { ...facebook, deadline: "2026-04-16" }, 5, 400 * 1.15 ** ((3 + 15 / 30.4375) / 6)],
  ])("%s", (_name, input, count, last) => {
    const path = benchmarkPath(input);
    expect(path).toHaveLength(count);
    expect(path.at(-1)!.date).toBe(input.deadline);
    expect(path.at(-1)!.value).toBeCloseTo(last, 8);
  });

  it("clamps month ends: 31 Jan, 28 Feb, 31 Mar", () => {
    const path = benchmarkPath({ ...facebook, startDate: "2026-01-31", deadline: "2026-03-31" });
    expect(path.map((x) => x.date)).toEqual(["2026-01-31", "2026-02-28", "2026-03-31"]);
  });

  it.each([
    ["no baseline", { ...facebook, baseline: null }],
    ["no uplift", { ...facebook, upliftPct: 0 }],
    ["a negative uplift", { ...facebook, upliftPct: -5 }],
    ["a decrease of 100 % or more", { ...facebook, direction: "decrease" as const, upliftPct: 100 }],
    ["no start", { ...facebook, startDate: null }],
    ["no deadline", { ...facebook, deadline: null }],
    ["deadline before the start", { ...facebook, deadline: "2025-06-01" }],
  ])("is empty for %s", (_name, input) => expect(benchmarkPath(input)).toEqual([]));
});

describe("rangeStart", () => {
  const today = "2026-08-31";
  it.each([
    ["3m", null, "2026-05-31"],
    ["6m", null, "2026-02-28"],
    ["12m", "2020-01-01", "2025-08-31"],
    ["all", "2026-03-15", "2026-03-15"],
    ["all", "2019-01-01", "2021-08-31"],
    ["all", null, "2021-08-31"],
    ["all", "2026-12-01", "2026-08-31"],
    ["all", "not a date", "2021-08-31"],
  ] as const)("%s from %s is %s", (range, first, expected) => expect(rangeStart(range, today, first)).toBe(expected));

  it.each([
    ["3m", true],
    ["all", true],
    ["24m", false],
    ["", false],
    [null, false],
  ])("%s is a range: %s", (value, expected) => expect(isChartRange(value)).toBe(expected));
});

describe("bounded paths", () => {
  const wide: BenchmarkPathInput = { baseline: 100, startDate: "2000-01-01", deadline: "2100-12-31", direction: "increase", upliftPct: 1 };

  it("a century-long benchmark path holds at most MAX_CHART_POINTS points, from the start to the deadline", () => {
    // 2000-01-01 → 2100-12-31 is 1 211 months: one point a month would be 1 213 points.
    const path = benchmarkPath(wide);
    expect(path.length).toBeLessThanOrEqual(MAX_CHART_POINTS);
    expect(path.length).toBeGreaterThan(500);
    expect(path[0]).toEqual(p("2000-01-01", 100));
    expect(path.at(-1)!.date).toBe("2100-12-31");
    // Every second month: 2000-03-01 follows the start.
    expect(path[1]!.date).toBe("2000-03-01");
    const ms = path.map((x) => Date.parse(x.date));
    expect(ms.every((t, i) => i === 0 || t > ms[i - 1]!)).toBe(true);
  });

  it("the attacker's 9999-12-31 deadline draws no benchmark (it loops no more)", () => {
    expect(benchmarkPath({ ...wide, deadline: "9999-12-31" })).toEqual([]);
    expect(targetPath({ baselineValue: 1, targetValue: 2, startDate: "2000-01-01", deadline: "9999-12-31" })).toEqual([]);
  });

  it.each([
    ["fewer than the cap: all of them", 5, 10, [0, 1, 2, 3, 4]],
    ["ten to four: the ends and evenly between", 10, 4, [0, 3, 6, 9]],
    ["ten to two: the ends", 10, 2, [0, 9]],
  ])("thinPoints: %s", (_name, n, max, expected) => {
    expect(
      thinPoints(
        Array.from({ length: n }, (_, i) => i),
        max,
      ),
    ).toEqual(expected);
  });

  it("thinPoints keeps five years of daily values within MAX_CHART_POINTS", () => {
    const daily = Array.from({ length: 1827 }, (_, i) => i);
    const thin = thinPoints(daily);
    expect(thin).toHaveLength(MAX_CHART_POINTS);
    expect([thin[0], thin.at(-1)]).toEqual([0, 1826]);
  });
});
