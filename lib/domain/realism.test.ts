import { describe, expect, it } from "vitest";
import type { Direction, Point } from "./goal-types";
import {
  draftRealism,
  needsRealismReason,
  neededChange,
  ownChange,
  realismHistoryFrom,
  type RealismInput,
  type RealismLevel,
  type RealismReference,
  realismVerdict,
  seasonChange,
} from "./realism";
import type { MetricKind } from "./series";

const SOURCE = "Kildeartikkelen";
const p = (date: string, value: number): Point => ({ date, value });
/** Three measurements 92 days apart over the half year before 1 January 2026: the least-squares line runs through them. */
const halfYear = (a: number, b: number, c: number): Point[] => [p("2025-07-01", a), p("2025-10-01", b), p("2026-01-01", c)];

describe("realismHistoryFrom", () => {
  // Counted by hand on a calendar: 365 days back, leap days included.
  it.each([
    ["2026-03-15", "2025-03-15"],
    ["2024-12-31", "2024-01-01"], // 2024 has 366 days
    ["2025-03-01", "2024-03-01"], // 29 February 2024 lies before the window
    ["2024-03-01", "2023-03-02"], // spans 29 February 2024
  ])("%s looks back to %s", (today, from) => expect(realismHistoryFrom(today)).toBe(from));

  it("refuses a day that is not a date", () => expect(() => realismHistoryFrom("2026-02-30")).toThrow(RangeError));
});

describe("neededChange", () => {
  const goal = { startDate: "2026-01-01", deadline: "2026-05-01" };
  it.each<[string, Direction, number, number, number, number]>([
    // The "+25 reviews in 4 months": 42 → 67 is +59.5 % in 4 months, not compounded to "101 %".
    ["reviews 42 → 67", "increase", 42, 67, 25 / 42, 4],
    ["cost per click 10 → 8.5 kr is 15 % lower", "decrease", 10, 8.5, 0.15, 4],
    ["an increase goal pointing down is negative", "increase", 20, 18, -0.1, 4],
    ["a cut to zero is all of it", "decrease", 20, 0, 1, 4],
  ])("%s", (_name, direction, baseline, target, share, months) => {
    const change = neededChange({ direction, baseline, target, ...goal });
    expect(change?.share).toBeCloseTo(share, 10);
    expect(change?.months).toBe(months);
  });

  it.each([
    ["no baseline", { baseline: null }],
    ["baseline zero", { baseline: 0 }],
    ["target negative", { target: -1 }],
    ["deadline on the start date", { deadline: "2026-01-01" }],
    ["no direction", { direction: null }],
  ])("is null with %s", (_name, change) => {
    expect(neededChange({ direction: "increase", baseline: 10, target: 12, ...goal, ...change })).toBeNull();
  });
});

describe("ownChange", () => {
  it.each<[string, Point[], Direction, number | null, number | null]>([
    ["followers 2000 → 2300 over 6 months: +15 %", halfYear(2000, 2150, 2300), "increase", 0.15, 6],
    ["cost per click 12 → 10.2 kr is a 15 % cut for a decrease goal", halfYear(12, 11.1, 10.2), "decrease", 0.15, 6],
    ["followers falling 10 % are −10 % for an increase goal", halfYear(1000, 950, 900), "increase", -0.1, 6],
    // Only the last six months count: a spike a year ago does not bend the line.
    ["older points are left out", [p("2025-01-01", 9000), ...halfYear(2000, 2150, 2300)], "increase", 0.15, 6],
    ["two measurements are too few", [p("2025-07-01", 10), p("2026-01-01", 12)], "increase", null, null],
    ["three within 40 days are too short a span", [p("2025-11-22", 10), p("2025-12-12", 11), p("2026-01-01", 12)], "increase", null, null],
    ["a line starting at zero has no relative change", halfYear(0, 5, 10), "increase", null, null],
  ])("%s", (_name, history, direction, share, months) => {
    const own = ownChange(history, direction);
    if (share === null) expect(own).toBeNull();
    else {
      expect(own?.share).toBeCloseTo(share, 10);
      expect(own?.months).toBe(months);
    }
  });
});

type Case = [
  string,
  MetricKind,
  Direction,
  number,
  number,
  string,
  number | null,
  Point[],
  RealismLevel,
  RealismReference | null,
  number | null,
];

describe("seasonChange", () => {
  // Last year's January → July went 10 → 15 (the mean of the values a fortnight either side of each end): +50 % in 6 months.
  const season = [
    p("2024-12-25", 9),
    p("2025-01-01", 10),
    p("2025-01-08", 11),
    p("2025-06-24", 15),
    p("2025-07-01", 15),
    p("2025-12-01", 10),
  ];
  it.each<[string, Direction, number | null]>([
    ["orders rose 50 % over the same months last year", "increase", 0.5],
    ["for a decrease goal that rise is a 50 % move against it", "decrease", -0.5],
  ])("%s", (_name, direction, share) => {
    const change = seasonChange({ history: season, startDate: "2026-01-01", deadline: "2026-07-01" }, direction);
    expect(change?.share).toBeCloseTo(share!, 10);
    expect(change).toMatchObject({ months: 6, season: true });
  });

  it("is null when the history does not reach last year's season", () => {
    expect(seasonChange({ history: halfYear(10, 12, 14), startDate: "2026-01-01", deadline: "2026-07-01" }, "increase")).toBeNull();
  });

  // A seasonal business: its own +50 % over last year's January → July makes +30 % (10 → 13) typical (0.3 / 0.5),
  // although the last months fall back to where the year began.
  it("is the team's own reference in the verdict", () => {
    const v = realismVerdict({
      kind: "total",
      direction: "increase",
      baseline: 10,
      target: 13,
      startDate: "2026-01-01",
      deadline: "2026-07-01",
      benchmark: null,
      history: season,
    });
    expect(v).toMatchObject({ level: "typical", reference: "own", own: { season: true } });
    expect(v.ratio).toBeCloseTo(0.3 / 0.5, 10);
  });
});

describe("realismVerdict", () => {
  // [name, kind, direction, baseline, target, deadline (start 1 Jan 2026), benchmark %, history, level, reference, ratio]
  it.each<Case>([
    // Level: 480 more followers in 6 months is +20 %; their own half year gave +15 %, the benchmark 10 %: 0.20 / 0.15.
    [
      "Instagram followers +20 % in 6 months",
      "level",
      "increase",
      2300,
      2760,
      "2026-07-01",
      10,
      halfYear(2000, 2150, 2300),
      "ambitious",
      "own",
      0.2 / 0.15,
    ],
    // Level over 4 months: their own +40 % in 6 scales linearly to +26.7 % in 4; 0.595 / 0.267 = 2.23.
    [
      "reviews 42 → 67 in 4 months (the issue's template)",
      "level",
      "increase",
      42,
      67,
      "2026-05-01",
      null,
      halfYear(30, 36, 42),
      "ambitious",
      "own",
      25 / 42 / (0.4 * (4 / 6)),
    ],
    // The article's bakery: +30 % in 6 months beside a 15 % benchmark is twice it.
    ["wedding cakes +30 % in 6 months, no history", "total", "increase", 20, 26, "2026-07-01", 15, [], "ambitious", "benchmark", 2],
    [
      "organic visits +30 %: benchmark 22 % beats their own +10 %",
      "total",
      "increase",
      1100,
      1430,
      "2026-07-01",
      22,
      halfYear(1000, 1050, 1100),
      "ambitious",
      "benchmark",
      0.3 / 0.22,
    ],
    // A flow is compared over at least half a year: +25 % in 3 months beside a focused half year's 10 %.
    [
      "engagement +25 % in 3 months, flat history",
      "total",
      "increase",
      400,
      500,
      "2026-04-01",
      null,
      halfYear(400, 400, 400),
      "ambitious",
      "effort",
      2.5,
    ],
    // The same numbers as a level: 3 months of effort give 5 %, so +25 % is five times it.
    [
      "the same +25 % in 3 months on a level",
      "level",
      "increase",
      400,
      500,
      "2026-04-01",
      null,
      halfYear(400, 400, 400),
      "unrealistic",
      "effort",
      5,
    ],
    // Decrease: their own half year cut 15 %, and so does the target.
    ["cost per click −15 % in 4 months", "rate", "decrease", 10, 8.5, "2026-05-01", null, halfYear(12, 11.1, 10.2), "typical", "own", 1],
    // A cut compounds: 10 % in 3 months is 1 − 0.9² = 19 % in 6, not 20 %; the target's 15 % is 0.789 of it.
    [
      "a level cut 20 → 17 in 6 months after their own −10 % in 3",
      "level",
      "decrease",
      20,
      17,
      "2026-07-01",
      null,
      [p("2025-10-01", 25), p("2025-11-16", 23.75), p("2026-01-01", 22.5)],
      "typical",
      "own",
      0.15 / 0.19,
    ],
    // Their own trend gives +30 % anyway; +10 % is less than half of it.
    [
      "followers +10 % after their own +30 %",
      "level",
      "increase",
      1300,
      1430,
      "2026-07-01",
      10,
      halfYear(1000, 1150, 1300),
      "unambitious",
      "own",
      0.1 / 0.3,
    ],
    [
      "followers doubled in 6 months",
      "level",
      "increase",
      2300,
      4600,
      "2026-07-01",
      10,
      halfYear(2000, 2150, 2300),
      "unrealistic",
      "own",
      1 / 0.15,
    ],
    // The sentence: +60 % beside their own +14 % and the benchmark's 20 %: exactly three times the benchmark.
    [
      "+60 % in 6 months beside +14 % and 20 %",
      "level",
      "increase",
      1140,
      1824,
      "2026-07-01",
      20,
      halfYear(1000, 1070, 1140),
      "ambitious",
      "benchmark",
      3,
    ],
    // Falling followers set no bar; the benchmark and the effort tie at 10 %, and the benchmark is named.
    [
      "followers falling, +10 % in 6 months",
      "level",
      "increase",
      900,
      990,
      "2026-07-01",
      10,
      halfYear(1000, 950, 900),
      "typical",
      "benchmark",
      1,
    ],
    ["no benchmark and too little history", "level", "increase", 10, 12, "2026-07-01", null, [p("2025-12-01", 10)], "unknown", null, null],
    ["a benchmark of 0 % is no benchmark", "total", "increase", 10, 12, "2026-07-01", 0, [], "unknown", null, null],
    ["a target below the baseline of an increase goal", "level", "increase", 10, 9, "2026-07-01", 10, [], "unknown", null, null],
  ])("%s", (_name, kind, direction, baseline, target, deadline, pct, history, level, reference, ratio) => {
    const benchmark = pct === null ? null : { upliftPct: pct, source: SOURCE };
    const verdict = realismVerdict({ kind, direction, baseline, target, startDate: "2026-01-01", deadline, benchmark, history });
    expect(verdict.level).toBe(level);
    expect(verdict.reference).toBe(reference);
    if (ratio === null) expect(verdict.ratio).toBeNull();
    else expect(verdict.ratio).toBeCloseTo(ratio, 6);
  });

  const input: RealismInput = {
    kind: "level",
    direction: "increase",
    baseline: 1140,
    target: 1824,
    startDate: "2026-01-01",
    deadline: "2026-07-01",
    benchmark: { upliftPct: 20, source: SOURCE },
    history: halfYear(1000, 1070, 1140),
  };

  it("reports each figure over its own months, so the sentence can say what was compared", () => {
    const v = realismVerdict(input);
    expect(v.needed?.share).toBeCloseTo(0.6, 10);
    expect(v.needed?.months).toBe(6);
    expect(v.own?.share).toBeCloseTo(0.14, 10);
    expect(v.own?.months).toBe(6);
    expect(v.benchmark).toEqual({ share: 0.2, months: 6, source: SOURCE });
    expect(v.messageKey).toBe("realism.ambitious");
  });

  it.each<[string, Partial<RealismInput>, string]>([
    ["missing target", { target: null }, "realism.unknown.missingValues"],
    ["wrong way", { target: 1000 }, "realism.unknown.wrongDirection"],
    ["nothing to compare with", { benchmark: null, history: [] }, "realism.unknown.noReference"],
    ["far above", { target: 5000 }, "realism.unrealistic"],
    ["far below their own trend", { target: 1180, history: halfYear(1000, 1150, 1300) }, "realism.unambitious"],
  ])("says why: %s", (_name, change, key) => {
    expect(realismVerdict({ ...input, ...change }).messageKey).toBe(key);
  });

  it("asks for a written reason only when unrealistic", () => {
    expect(needsRealismReason(realismVerdict({ ...input, target: 5000 }))).toBe(true);
    expect(needsRealismReason(realismVerdict(input))).toBe(false);
    expect(needsRealismReason(realismVerdict({ ...input, target: 1180, history: halfYear(1000, 1150, 1300) }))).toBe(false);
    expect(needsRealismReason(null)).toBe(false);
  });
});

describe("draftRealism", () => {
  const draft = { direction: "increase" as const, baselineValue: 20, targetValue: 26, startDate: "2026-01-01", deadline: "2026-07-01" };
  it("waits for direction, baseline, target and dates", () => {
    for (const missing of ["direction", "baselineValue", "targetValue", "startDate", "deadline"] as const) {
      expect(draftRealism({ ...draft, [missing]: null }, "total", null, [])).toBeNull();
    }
  });
  it("judges the goal as written with the metric's kind", () => {
    expect(draftRealism(draft, "total", { upliftPct: 15, source: SOURCE }, [])?.level).toBe("ambitious");
    expect(draftRealism({ ...draft, deadline: "2026-04-01" }, "level", null, halfYear(400, 400, 400))?.level).toBe("unrealistic");
  });
});
