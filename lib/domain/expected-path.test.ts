import { describe, expect, it } from "vitest";
import {
  expectedPathPoints,
  expectedShare,
  expectedValueAt,
  type ExpectedPath,
  milestoneErrors,
  nextMilestone,
  resolvePath,
  seasonalShape,
  shapeAt,
} from "./expected-path";
import type { PeriodValue } from "./series";

const month = (start: string, end: string, value: number | null, partial = false): PeriodValue => ({ start, end, value, partial });

/** Dec 2025 – Nov 2026 and the open December: 60 a month, 120 in March and June, 180 in April and May (mean 90). */
const YEAR: PeriodValue[] = [
  month("2025-12-01", "2025-12-31", 60),
  month("2026-01-01", "2026-01-31", 60),
  month("2026-02-01", "2026-02-28", 60),
  month("2026-03-01", "2026-03-31", 120),
  month("2026-04-01", "2026-04-30", 180),
  month("2026-05-01", "2026-05-31", 180),
  month("2026-06-01", "2026-06-30", 120),
  month("2026-07-01", "2026-07-31", 60),
  month("2026-08-01", "2026-08-31", 60),
  month("2026-09-01", "2026-09-30", 60),
  month("2026-10-01", "2026-10-31", 60),
  month("2026-11-01", "2026-11-30", 60),
  month("2026-12-01", "2026-12-31", 9, true),
];
const TODAY = "2026-12-02";
const SHAPE = seasonalShape(YEAR, TODAY, { perDay: false })!;

describe("seasonalShape", () => {
  it("is each calendar month over the mean month of the 12 complete ones (the open month is left out)", () => {
    expect(SHAPE.map((f) => Math.round(f * 1000) / 1000)).toEqual([
      0.667, 0.667, 1.333, 2, 2, 1.333, 0.667, 0.667, 0.667, 0.667, 0.667, 0.667,
    ]);
  });

  it("reads a total per day of its month for a weekly goal, so February is not a slow month for having 28 days", () => {
    const perDay = YEAR.slice(0, 12).map((m) => ({ ...m, value: 2 * (Number(m.end.slice(8)) - Number(m.start.slice(8)) + 1) }));
    expect(seasonalShape(perDay, TODAY, { perDay: true })!.every((f) => Math.abs(f - 1) < 1e-12)).toBe(true);
    // As monthly totals, February's 56 is below the mean month's 60.83: 0.92.
    expect(seasonalShape(perDay, TODAY, { perDay: false })![1]).toBeCloseTo(56 / (730 / 12), 10);
  });

  it.each([
    ["a month without a value", YEAR.map((m, i) => (i === 4 ? { ...m, value: null } : m))],
    ["less than a year", YEAR.slice(2)],
    ["only zeros", YEAR.map((m) => ({ ...m, value: 0 }))],
  ])("is null with %s", (_, months) => {
    expect(seasonalShape(months, TODAY, { perDay: false })).toBeNull();
  });

  it("moves from one month's factor to the next across the month", () => {
    expect(shapeAt(SHAPE, "2027-04-01")).toBeCloseTo(2, 10);
    // 16 March: 15 of March's 31 days on the way from 4/3 to 2.
    expect(shapeAt(SHAPE, "2027-03-16")).toBeCloseTo(4 / 3 + (2 / 3) * (15 / 31), 10);
    // December runs towards January.
    expect(shapeAt(SHAPE, "2026-12-01")).toBeCloseTo(2 / 3, 10);
  });
});

// Baseline 20 in January, target 66 by 1 May 2027 (120 days).
const GOAL = { baseline: 20, target: 66, start: "2027-01-01", deadline: "2027-05-01" };
const LINEAR: ExpectedPath = { kind: "linear" };
const SEASONAL: ExpectedPath = { kind: "seasonal", shape: SHAPE };

describe("expectedValueAt", () => {
  it.each([
    // Linear: 20 + 46 × days / 120.
    ["linear, start", LINEAR, "2027-01-01", 20],
    ["linear, 1 April (90 days)", LINEAR, "2027-04-01", 54.5],
    ["linear, before the start", LINEAR, "2026-12-01", 20],
    ["linear, after the deadline", LINEAR, "2027-06-01", 66],
    // Seasonal: the lift over the shape goes from 20 / (2/3) = 30 to 66 / 2 = 33.
    ["seasonal, start", SEASONAL, "2027-01-01", 20],
    ["seasonal, 1 Feb (31 days: lift 30.775 × 2/3)", SEASONAL, "2027-02-01", 30.775 * (2 / 3)],
    ["seasonal, 1 April (90 days: lift 32.25 × 2)", SEASONAL, "2027-04-01", 64.5],
    ["seasonal, deadline", SEASONAL, "2027-05-01", 66],
    ["seasonal, after the deadline", SEASONAL, "2027-07-01", 66],
  ])("%s", (_, path, date, expected) => {
    expect(expectedValueAt(path, GOAL, date)).toBeCloseTo(expected, 9);
  });

  // Baseline 20 on 1 Jan 2026, 40 by 31 Jan (30 days), target 60 on 2 Mar (30 days later).
  const M = { baseline: 20, target: 60, start: "2026-01-01", deadline: "2026-03-02" };
  const milestones: ExpectedPath = { kind: "milestones", milestones: [{ date: "2026-01-31", value: 40 }] };
  it.each([
    ["before the first milestone, from the baseline", "2026-01-16", 30],
    ["on the milestone", "2026-01-31", 40],
    ["after the last milestone, towards the target", "2026-02-15", 50],
    ["on the deadline", "2026-03-02", 60],
    ["before the start", "2025-12-01", 20],
  ])("milestones: %s", (_, date, expected) => {
    expect(expectedValueAt(milestones, M, date)).toBeCloseTo(expected, 9);
  });

  it("follows milestones down for a decrease goal: 10 → 8 by 31 Jan → 4", () => {
    const down = { baseline: 10, target: 4, start: "2026-01-01", deadline: "2026-03-02" };
    const path: ExpectedPath = { kind: "milestones", milestones: [{ date: "2026-01-31", value: 8 }] };
    expect(expectedValueAt(path, down, "2026-01-16")).toBeCloseTo(9, 9);
    expect(expectedValueAt(path, down, "2026-02-15")).toBeCloseTo(6, 9);
    expect(expectedShare(path, down, "2026-01-16")).toBeCloseTo(1 / 6, 9);
  });

  it("joins two milestones in date order, whatever order they were given in", () => {
    const path: ExpectedPath = {
      kind: "milestones",
      milestones: [
        { date: "2026-02-15", value: 45 },
        { date: "2026-01-31", value: 40 },
      ],
    };
    // 31 Jan (40) → 15 Feb (45): 15 days; 8 Feb is 8 of them.
    expect(expectedValueAt(path, { baseline: 20, target: 60, start: "2026-01-01", deadline: "2026-03-02" }, "2026-02-08")).toBeCloseTo(
      40 + (5 * 8) / 15,
      9,
    );
  });

  it("has no value for a span that is not one, nor for a seasonal shape of zero at the start", () => {
    expect(expectedValueAt(LINEAR, { ...GOAL, deadline: GOAL.start }, "2027-02-01")).toBeNull();
    const zeroJanuary = SHAPE.map((f, i) => (i === 0 ? 0 : f));
    expect(expectedValueAt({ kind: "seasonal", shape: zeroJanuary }, GOAL, "2027-02-01")).toBeNull();
  });
});

describe("expectedShare", () => {
  it("is the share of the way the path expects: winter's seasonal path asks for little, spring's for most", () => {
    expect(expectedShare(LINEAR, GOAL, "2027-02-01")).toBeCloseTo(31 / 120, 9);
    expect(expectedShare(SEASONAL, GOAL, "2027-02-01")).toBeCloseTo((30.775 * (2 / 3) - 20) / 46, 9);
    expect(expectedShare(SEASONAL, GOAL, "2027-04-01")).toBeCloseTo(44.5 / 46, 9);
  });
});

describe("expectedPathPoints", () => {
  it("draws a straight path by its ends, a seasonal one on each month's 1st, milestones by their points", () => {
    expect(expectedPathPoints(LINEAR, GOAL)).toEqual([
      { date: "2027-01-01", value: 20 },
      { date: "2027-05-01", value: 66 },
    ]);
    expect(expectedPathPoints(SEASONAL, GOAL).map((p) => p.date)).toEqual([
      "2027-01-01",
      "2027-02-01",
      "2027-03-01",
      "2027-04-01",
      "2027-05-01",
    ]);
    expect(expectedPathPoints({ kind: "milestones", milestones: [{ date: "2027-03-31", value: 40 }] }, GOAL)).toEqual([
      { date: "2027-01-01", value: 20 },
      { date: "2027-03-31", value: 40 },
      { date: "2027-05-01", value: 66 },
    ]);
  });
});

describe("nextMilestone", () => {
  it("is the first milestone after today, whatever their order; none for other paths", () => {
    const path: ExpectedPath = {
      kind: "milestones",
      milestones: [
        { date: "2026-05-31", value: 50 },
        { date: "2026-03-31", value: 40 },
      ],
    };
    expect(nextMilestone(path, "2026-02-01")).toEqual({ date: "2026-03-31", value: 40 });
    expect(nextMilestone(path, "2026-03-31")).toEqual({ date: "2026-05-31", value: 50 });
    expect(nextMilestone(path, "2026-06-01")).toBeNull();
    expect(nextMilestone(LINEAR, "2026-02-01")).toBeNull();
  });
});

describe("resolvePath", () => {
  it("falls back to a straight line, saying why, without a year of history or without milestones", () => {
    expect(resolvePath("seasonal", { shape: null, milestones: [] })).toEqual({ path: { kind: "linear" }, fallback: "noYear" });
    expect(resolvePath("milestones", { shape: SHAPE, milestones: [] })).toEqual({ path: { kind: "linear" }, fallback: "noMilestones" });
    expect(resolvePath("seasonal", { shape: SHAPE, milestones: [] }).fallback).toBeNull();
    expect(resolvePath("linear", { shape: SHAPE, milestones: [] })).toEqual({ path: { kind: "linear" }, fallback: null });
  });
});

describe("milestoneErrors", () => {
  const goal = { baseline: 20, target: 60, start: "2026-01-01", deadline: "2026-06-30", direction: "increase" as const };
  const e = (key: string) => [`goals.path.errors.${key}`];
  it.each([
    [
      "40 by March, 50 by May",
      [
        { date: "2026-03-31", value: 40 },
        { date: "2026-05-31", value: 50 },
      ],
      goal,
      {},
    ],
    ["a date on the start", [{ date: "2026-01-01", value: 40 }], goal, { "milestones.0.date": e("outsidePeriod") }],
    ["a date on the deadline", [{ date: "2026-06-30", value: 60 }], goal, { "milestones.0.date": e("outsidePeriod") }],
    [
      "the same date twice",
      [
        { date: "2026-03-31", value: 40 },
        { date: "2026-03-31", value: 45 },
      ],
      goal,
      { "milestones.1.date": e("sameDate") },
    ],
    [
      "a value going back",
      [
        { date: "2026-05-31", value: 30 },
        { date: "2026-03-31", value: 40 },
      ],
      goal,
      { "milestones.0.value": e("notRising") },
    ],
    ["below the baseline", [{ date: "2026-03-31", value: 10 }], goal, { "milestones.0.value": e("notRising") }],
    ["past the target", [{ date: "2026-03-31", value: 70 }], goal, { "milestones.0.value": e("pastTarget") }],
    [
      "a decrease goal's milestone going up",
      [{ date: "2026-03-31", value: 70 }],
      { ...goal, baseline: 60, target: 20, direction: "decrease" as const },
      { "milestones.0.value": e("notFalling") },
    ],
    [
      "a decrease goal's falling milestones",
      [{ date: "2026-03-31", value: 40 }],
      { ...goal, baseline: 60, target: 20, direction: "decrease" as const },
      {},
    ],
    ["a goal without dates", [{ date: "2026-03-31", value: 40 }], { ...goal, start: null }, { milestones: e("goalIncomplete") }],
  ])("%s", (_, milestones, g, expected) => {
    expect(milestoneErrors(milestones, g)).toEqual(expected);
  });
});
