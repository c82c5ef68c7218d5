import { describe, expect, it } from "vitest";
import type { Direction, Point } from "./goal-types";
import { impliedUplift6m, realismHistoryFrom, realismMessageValues, realismVerdict, type RealismInput, draftRealism } from "./realism";

const SOURCE = "Kildeartikkelen";
const bench = (upliftPct: number) => ({ upliftPct, source: SOURCE });
const p = (date: string, value: number): Point => ({ date, value });

describe("realismHistoryFrom", () => {
  // Counted by hand on a calendar: 365 days back, leap days included.
  it.each([
    ["2026-03-15", "2025-03-15"],
    ["2024-12-31", "2024-01-01"], // 2024 has 366 days
    ["2025-03-01", "2024-03-01"], // 29 February 2024 lies before the window
    ["2024-03-01", "2023-03-02"], // spans 29 February 2024
    ["2026-01-01", "2025-01-01"],
  ])("%s looks back to %s", (today, from) => {
    expect(realismHistoryFrom(today)).toBe(from);
  });

  it("refuses a day that is not a date", () => {
    expect(() => realismHistoryFrom("2026-02-30")).toThrow(RangeError);
  });
});

describe("impliedUplift6m", () => {
  it.each<[string, Direction, number, number, string, string, number]>([
    ["bakery +30 % in 6 months", "increase", 20, 26, "2026-01-01", "2026-07-01", 0.3],
    // A half-year of 184 days is still 6 months: no drift between the halves of the year.
    ["bakery in the second half-year", "increase", 20, 26, "2026-07-01", "2027-01-01", 0.3],
    // Workshop: churn 20 % → 17 % in a quarter; a −15 % quarter compounds to 1 − 0.85² over 6 months.
    ["workshop churn −15 % in a quarter", "decrease", 20, 17, "2026-01-01", "2026-04-01", 1 - 0.85 ** 2],
    // Clothing store: 2.5 % → 4 % is +60 % in 3 months, 1.6² − 1 = +156 % over 6.
    ["clothing store conversion", "increase", 2.5, 4, "2026-03-01", "2026-06-01", 1.56],
    ["+44 % in a year is +20 % per half-year", "increase", 100, 144, "2026-01-01", "2027-01-01", 0.2],
    ["increase goal pointing down is negative", "increase", 20, 18, "2026-01-01", "2026-07-01", -0.1],
    ["decrease goal pointing up is negative", "decrease", 20, 22, "2026-01-01", "2026-07-01", -0.1],
    ["target equal to baseline is zero", "increase", 20, 20, "2026-01-01", "2026-07-01", 0],
    ["target zero on a decrease goal is all of it", "decrease", 20, 0, "2026-01-01", "2026-07-01", 1],
  ])("%s", (_name, direction, baseline, target, startDate, deadline, expected) => {
    expect(impliedUplift6m({ direction, baseline, target, startDate, deadline })).toBeCloseTo(expected, 10);
  });

  const ok = { direction: "increase" as const, baseline: 20, target: 26, startDate: "2026-01-01", deadline: "2026-07-01" };
  it.each([
    ["no direction", { ...ok, direction: null }],
    ["no baseline", { ...ok, baseline: null }],
    ["no target", { ...ok, target: null }],
    ["baseline zero", { ...ok, baseline: 0 }],
    ["baseline negative", { ...ok, baseline: -5 }],
    ["target negative", { ...ok, target: -1 }],
    ["baseline not a number", { ...ok, baseline: Number.NaN }],
    ["no start date", { ...ok, startDate: null }],
    ["no deadline", { ...ok, deadline: null }],
    ["deadline on the start date", { ...ok, deadline: "2026-01-01" }],
    ["deadline before the start", { ...ok, deadline: "2025-12-01" }],
    ["invalid deadline", { ...ok, deadline: "2026-02-30" }],
  ])("is null with %s", (_name, input) => expect(impliedUplift6m(input)).toBeNull());
});

const bakery: RealismInput = {
  direction: "increase",
  baseline: 20,
  target: 26,
  startDate: "2026-01-01",
  deadline: "2026-07-01",
  benchmark: bench(15),
  history: [],
};
// Followers growing 4 a day, fitted 1825 on the latest date: 4 × 182.5 / 1825 = +40 % per half-year.
const steady40: Point[] = [p("2025-10-03", 1465), p("2025-11-02", 1585), p("2025-12-02", 1705), p("2026-01-01", 1825)];
// The same followers goal: +30 % in 6 months on Instagram, three times its 10 % benchmark.
const followers: RealismInput = { ...bakery, baseline: 1825, target: 2372.5, benchmark: bench(10), history: steady40 };
// Churn falling 0.05 points a day, fitted 18 on the latest date: −0.05 × 182.5 / 18 ≈ −50.7 % per half-year.
const churnFalling: Point[] = [p("2025-11-12", 20), p("2025-12-02", 19), p("2025-12-22", 18)];
const workshop: RealismInput = { ...bakery, direction: "decrease", target: 17, deadline: "2026-04-01", benchmark: bench(30) };

describe("realismVerdict", () => {
  it.each<[string, RealismInput, string, number | null, string, string]>([
    // Bakery on Facebook: +30 % against 15 % is exactly twice the benchmark, the edge of ambitious: kept ambitious.
    ["bakery on Facebook", bakery, "ambitious", 2, "benchmark", "realism.ambitious.benchmark"],
    // Same target on Instagram (10 %): three times the benchmark, unrealistic.
    ["bakery on Instagram", { ...bakery, benchmark: bench(10) }, "unrealistic", 3, "benchmark", "realism.unrealistic.benchmark"],
    // Workshop churn against e-mail's 30 %: 27.75 % is below the benchmark, typical.
    ["workshop churn", workshop, "typical", 0.2775 / 0.3, "benchmark", "realism.typical.benchmark"],
    // Clothing store: +156 % per half-year against Google Ads' 25 % is 6.24 times the benchmark,
    // far beyond twice it: unrealistic, however good the new pictures are.
    [
      "clothing store conversion",
      { ...bakery, baseline: 2.5, target: 4, startDate: "2026-03-01", deadline: "2026-06-01", benchmark: bench(25) },
      "unrealistic",
      1.56 / 0.25,
      "benchmark",
      "realism.unrealistic.benchmark",
    ],
    // Its own history grows 40 % a half-year, so +30 % is typical although the benchmark says 10 %.
    ["history supports the target", followers, "typical", 0.3 / 0.4, "both", "realism.typical.trend"],
    ["history alone, no benchmark", { ...followers, benchmark: null }, "typical", 0.3 / 0.4, "trend", "realism.typical.trend"],
    // Two measurements are too few for a trend: back to the benchmark alone.
    [
      "two measurements are not history",
      { ...followers, history: steady40.slice(2) },
      "unrealistic",
      3,
      "benchmark",
      "realism.unrealistic.benchmark",
    ],
    // A shrinking history does not lower the bar below the benchmark.
    [
      "history against the goal is ignored",
      { ...bakery, history: [p("2025-10-01", 30), p("2025-11-01", 25), p("2025-12-01", 20)] },
      "ambitious",
      2,
      "benchmark",
      "realism.ambitious.benchmark",
    ],
    // Falling churn is the decrease goal's direction: its ≈50 % improvement is the reference.
    [
      "falling churn supports a decrease",
      { ...workshop, history: churnFalling },
      "typical",
      0.2775 / ((0.05 * 182.5) / 18),
      "both",
      "realism.typical.trend",
    ],
    // A seasonal business: last year's January → July went 10 → 15 (+50 %), so +30 % over the same months is typical
    // although the benchmark says 10 % and the year as a whole ends where it began (lib/domain/same-season.ts).
    [
      "the same season last year",
      {
        ...bakery,
        benchmark: bench(10),
        history: [
          p("2024-12-25", 9),
          p("2025-01-01", 10),
          p("2025-01-08", 11),
          p("2025-06-24", 15),
          p("2025-07-01", 15),
          p("2025-12-01", 10),
        ],
      },
      "typical",
      0.3 / 0.5,
      "both",
      "realism.typical.trend",
    ],
    // A benchmark below the trend still leaves the trend as the reference; one above it wins.
    ["benchmark above the trend wins", { ...followers, benchmark: bench(50) }, "typical", 0.3 / 0.5, "both", "realism.typical.benchmark"],
    [
      "exactly a quarter above is typical",
      { ...bakery, baseline: 100, target: 125, benchmark: bench(20) },
      "typical",
      1.25,
      "benchmark",
      "realism.typical.benchmark",
    ],
    [
      "just over a quarter above is ambitious",
      { ...bakery, baseline: 100, target: 125.1, benchmark: bench(20) },
      "ambitious",
      1.255,
      "benchmark",
      "realism.ambitious.benchmark",
    ],
    [
      "no benchmark and two measurements",
      { ...bakery, benchmark: null, history: [p("2025-12-01", 18), p("2026-01-01", 20)] },
      "unknown",
      null,
      "none",
      "realism.unknown.noReference",
    ],
    ["a zero benchmark is no benchmark", { ...bakery, benchmark: bench(0) }, "unknown", null, "none", "realism.unknown.noReference"],
    ["increase goal with a lower target", { ...bakery, target: 18 }, "unknown", null, "benchmark", "realism.unknown.wrongDirection"],
    ["target equal to baseline", { ...bakery, target: 20 }, "unknown", null, "benchmark", "realism.unknown.wrongDirection"],
    ["missing target", { ...bakery, target: null }, "unknown", null, "benchmark", "realism.unknown.missingValues"],
    ["missing deadline", { ...bakery, deadline: null }, "unknown", null, "benchmark", "realism.unknown.missingValues"],
  ])("%s", (_name, input, level, ratio, basis, messageKey) => {
    const verdict = realismVerdict(input);
    expect(verdict.level).toBe(level);
    if (ratio === null) expect(verdict.ratio).toBeNull();
    else expect(verdict.ratio).toBeCloseTo(ratio, 6);
    expect(verdict.basis).toBe(basis);
    expect(verdict.messageKey).toBe(messageKey);
  });

  it("reports its figures", () => {
    expect(realismVerdict(followers)).toEqual({
      level: "typical",
      implied6m: expect.closeTo(0.3, 10) as number,
      benchmark6m: 0.1,
      trend6m: expect.closeTo(0.4, 10) as number,
      reference6m: expect.closeTo(0.4, 10) as number,
      ratio: expect.closeTo(0.75, 10) as number,
      months: 6,
      source: SOURCE,
      basis: "both",
      messageKey: "realism.typical.trend",
    });
  });

  it("reports a decrease goal's trend as an improvement and a contrary one as negative", () => {
    expect(realismVerdict({ ...workshop, history: churnFalling }).trend6m).toBeCloseTo((0.05 * 182.5) / 18, 10);
    const rising = churnFalling.map((pt, i) => ({ ...pt, value: 18 + i }));
    expect(realismVerdict({ ...workshop, history: rising }).trend6m).toBeLessThan(0);
  });

  it("gives the message its values", () => {
    expect(realismMessageValues(realismVerdict(bakery))).toEqual({
      implied: expect.closeTo(0.3, 10) as number,
      reference: 0.15,
      months: 6,
    });
    expect(realismMessageValues(realismVerdict({ ...bakery, target: null, deadline: null, benchmark: null }))).toEqual({});
  });
});

describe("draftRealism", () => {
  const draft = {
    title: "30 % flere bryllupskaker",
    channelId: "c",
    metricId: "m",
    unit: "count" as const,
    direction: "increase" as const,
    baselineValue: 20,
    targetValue: 26,
    startDate: "2026-01-01",
    deadline: "2026-07-01",
    objectiveId: "o",
  };

  it("waits for direction, baseline, target and dates", () => {
    expect(draftRealism({ ...draft, targetValue: null }, { upliftPct: 15, source: "s" }, [])).toBeNull();
    expect(draftRealism({ ...draft, deadline: null }, { upliftPct: 15, source: "s" }, [])).toBeNull();
    expect(draftRealism({ ...draft, direction: null }, { upliftPct: 15, source: "s" }, [])).toBeNull();
  });

  it("gives the bakery's verdict once the goal is written", () => {
    expect(draftRealism(draft, { upliftPct: 15, source: "s" }, [])?.level).toBe("ambitious");
  });
});
