import { describe, expect, it } from "vitest";
import type { GoalDraft } from "./goal-types";
import { realismVerdict, type RealismVerdict } from "./realism";
import {
  achievableCheck,
  allMet,
  formChecks,
  measurableCheck,
  relevantCheck,
  smartChecks,
  specificCheck,
  timeBoundCheck,
  type SmartContext,
} from "./smart";

// The bakery: wedding-cake orders 20 → 26 in 6 months, on Facebook.
const bakery: GoalDraft = {
  title: "Flere bestillinger av bryllupskaker",
  channelId: "ch-facebook",
  metricId: "m-orders",
  unit: "count",
  direction: "increase",
  baselineValue: 20,
  targetValue: 26,
  startDate: "2026-01-01",
  deadline: "2026-07-01",
  objectiveId: "obj-wedding",
};
const verdict = (benchmarkPct: number | null, goal: GoalDraft = bakery): RealismVerdict =>
  realismVerdict({
    kind: "total",
    direction: goal.direction,
    baseline: goal.baselineValue,
    target: goal.targetValue,
    startDate: goal.startDate,
    deadline: goal.deadline,
    benchmark: benchmarkPct === null ? null : { upliftPct: benchmarkPct, source: "Kildeartikkelen" },
    history: [],
  });
const ctx: SmartContext = { today: "2026-01-01", isNew: true, realism: verdict(15) };

describe("S — specific", () => {
  it.each<[string, Partial<GoalDraft>, boolean, string]>([
    ["the bakery", {}, true, "smart.S.met"],
    ["five letters are enough", { title: "Salg!" }, true, "smart.S.met"],
    ["spaces do not count", { title: " S a l  g " }, false, "smart.S.shortTitle"],
    ["empty title", { title: "" }, false, "smart.S.shortTitle"],
    ["no channel", { channelId: null }, false, "smart.S.missingChannel"],
    ["no metric", { metricId: null }, false, "smart.S.missingMetric"],
    ["no direction", { direction: null }, false, "smart.S.missingDirection"],
  ])("%s", (_name, change, met, messageKey) => {
    const check = specificCheck({ ...bakery, ...change });
    expect(check).toMatchObject({ letter: "S", met, messageKey });
  });

  it("says how long the title must be", () => expect(specificCheck({ ...bakery, title: "Mer" }).values).toEqual({ min: 5 }));
});

describe("M — measurable", () => {
  // The clothing store: conversion rate 2.5 % → 4 %; the workshop: churn 20 % → 17 %.
  const store: Partial<GoalDraft> = { unit: "percent", baselineValue: 2.5, targetValue: 4 };
  const workshop: Partial<GoalDraft> = { unit: "percent", direction: "decrease", baselineValue: 20, targetValue: 17 };
  it.each<[string, Partial<GoalDraft>, boolean, string]>([
    ["the bakery", {}, true, "smart.M.met"],
    ["the clothing store's percentage", store, true, "smart.M.met"],
    ["the workshop's decrease", workshop, true, "smart.M.met"],
    ["a percent target of exactly 100", { ...store, targetValue: 100 }, true, "smart.M.met"],
    ["a negative NOK baseline is still a number", { unit: "nok", baselineValue: -100, targetValue: 0 }, true, "smart.M.met"],
    ["without direction the way is S's concern", { direction: null, targetValue: 10 }, true, "smart.M.met"],
    ["no baseline", { baselineValue: null }, false, "smart.M.missingBaseline"],
    ["baseline not a number", { baselineValue: Number.NaN }, false, "smart.M.missingBaseline"],
    ["no target", { targetValue: null }, false, "smart.M.missingTarget"],
    ["infinite target", { targetValue: Number.POSITIVE_INFINITY }, false, "smart.M.missingTarget"],
    ["no unit", { unit: null }, false, "smart.M.missingUnit"],
    ["target equals baseline", { targetValue: 20 }, false, "smart.M.noChange"],
    ["increase with a lower target", { targetValue: 18 }, false, "smart.M.targetNotAbove"],
    ["decrease with a higher target", { ...workshop, targetValue: 22 }, false, "smart.M.targetNotBelow"],
    ["percent target above 100", { ...store, targetValue: 120 }, false, "smart.M.percentOutOfRange"],
    ["percent target below 0", { ...workshop, targetValue: -1 }, false, "smart.M.percentOutOfRange"],
    [
      "percent baseline above 100",
      { ...store, baselineValue: 150, targetValue: 90, direction: "decrease" },
      false,
      "smart.M.percentOutOfRange",
    ],
  ])("%s", (_name, change, met, messageKey) => {
    expect(measurableCheck({ ...bakery, ...change })).toMatchObject({ letter: "M", met, messageKey });
  });
});

describe("A — achievable", () => {
  // The bakery's +30 % in 6 months against each benchmark; the A check advises and never fails.
  const flatHalfYear = [
    { date: "2025-07-01", value: 20 },
    { date: "2025-10-01", value: 23 },
    { date: "2026-01-01", value: 26 },
  ];
  it.each<[string, RealismVerdict | null, string, boolean]>([
    ["ambitious (bakery on Facebook, 15 %)", verdict(15), "smart.A.ambitious", false],
    ["typical (30 %)", verdict(30), "smart.A.typical", false],
    // Three times an 8 % benchmark: far above, met with advice (a written reason on activation).
    ["unrealistic (8 %)", verdict(8, { ...bakery, targetValue: 40 }), "smart.A.unrealistic", true],
    // Their own history already gave +30 % a half year; +30 % more would be typical, +5 % is unambitious.
    [
      "unambitious",
      realismVerdict({
        kind: "total",
        direction: "increase",
        baseline: 26,
        target: 27.3,
        startDate: "2026-01-01",
        deadline: "2026-07-01",
        benchmark: null,
        history: flatHalfYear,
      }),
      "smart.A.unambitious",
      true,
    ],
    ["no benchmark, no history", verdict(null), "smart.A.notCompared", false],
    ["not yet judged", null, "smart.A.notCompared", false],
  ])("%s", (_name, realism, messageKey, advice) => {
    const check = achievableCheck(realism);
    expect(check).toMatchObject({ letter: "A", met: true, messageKey });
    expect(check.advice ?? false).toBe(advice);
  });
});

describe("R — relevant", () => {
  it.each<[string, string | null, boolean, string]>([
    ["linked to an objective", "obj-wedding", true, "smart.R.met"],
    ["no objective", null, false, "smart.R.missingObjective"],
    ["empty objective id", "", false, "smart.R.missingObjective"],
  ])("%s", (_name, objectiveId, met, messageKey) => {
    expect(relevantCheck({ ...bakery, objectiveId })).toMatchObject({ letter: "R", met, messageKey });
  });
});

describe("T — time-bound", () => {
  it.each<[string, Partial<GoalDraft>, { today: string; isNew: boolean }, boolean, string]>([
    ["six months ahead", {}, { today: "2026-01-01", isNew: true }, true, "smart.T.met"],
    ["a new goal starting in the past", { startDate: "2025-12-01" }, { today: "2026-01-01", isNew: true }, true, "smart.T.met"],
    ["an existing goal past its deadline", {}, { today: "2026-08-01", isNew: false }, true, "smart.T.met"],
    ["no start date", { startDate: null }, { today: "2026-01-01", isNew: true }, false, "smart.T.missingStart"],
    ["invalid start date", { startDate: "2026-02-30" }, { today: "2026-01-01", isNew: true }, false, "smart.T.missingStart"],
    ["no deadline", { deadline: null }, { today: "2026-01-01", isNew: true }, false, "smart.T.missingDeadline"],
    ["invalid deadline", { deadline: "31.07.2026" }, { today: "2026-01-01", isNew: true }, false, "smart.T.missingDeadline"],
    ["deadline on the start", { deadline: "2026-01-01" }, { today: "2025-12-01", isNew: true }, false, "smart.T.deadlineNotAfterStart"],
    ["deadline before the start", { deadline: "2025-12-01" }, { today: "2025-11-01", isNew: true }, false, "smart.T.deadlineNotAfterStart"],
    ["a new goal past its deadline", {}, { today: "2026-08-01", isNew: true }, false, "smart.T.deadlinePassed"],
    ["a new goal due today", {}, { today: "2026-07-01", isNew: true }, false, "smart.T.deadlinePassed"],
  ])("%s", (_name, change, context, met, messageKey) => {
    expect(timeBoundCheck({ ...bakery, ...change }, context)).toMatchObject({ letter: "T", met, messageKey });
  });

  it.each([
    ["2026-07-01", 6],
    ["2026-04-01", 3],
    ["2026-01-16", 0.5],
  ])("gives the span to %s in months", (deadline, months) => {
    expect(timeBoundCheck({ ...bakery, deadline }, ctx).values).toEqual({ months });
  });
});

describe("smartChecks", () => {
  it("returns S, M, A, R, T in order", () => {
    expect(smartChecks(bakery, ctx).map((c) => c.letter)).toEqual(["S", "M", "A", "R", "T"]);
  });

  it.each<[string, GoalDraft, SmartContext, boolean]>([
    ["the bakery on Facebook", bakery, ctx, true],
    ["no benchmark never blocks", bakery, { ...ctx, realism: verdict(null) }, true],
    // An unrealistic target is advice, not a block: activation asks for a written reason instead.
    ["an unrealistic target", { ...bakery, targetValue: 40 }, { ...ctx, realism: verdict(8, { ...bakery, targetValue: 40 }) }, true],
    ["without an objective", { ...bakery, objectiveId: null }, ctx, false],
    ["a draft with only a title", { ...bakery, channelId: null, metricId: null, baselineValue: null, targetValue: null }, ctx, false],
  ])("every check met: %s → %s", (_name, goal, context, expected) => {
    expect(allMet(smartChecks(goal, context))).toBe(expected);
  });

  it("allMet needs every check", () => {
    const checks = smartChecks(bakery, ctx);
    expect(allMet(checks)).toBe(true);
    expect(allMet(checks.map((c, i) => (i === 3 ? { ...c, met: false } : c)))).toBe(false);
  });
});

describe("formChecks — letters not yet begun on a form being written", () => {
  const today = { today: "2026-01-01", isNew: true, realism: null };
  const empty: GoalDraft = {
    title: "",
    channelId: null,
    metricId: null,
    unit: "count",
    direction: "increase",
    baselineValue: null,
    targetValue: null,
    startDate: "2026-01-01",
    deadline: null,
    objectiveId: null,
  };
  const pendingOf = (goal: GoalDraft) =>
    formChecks(smartChecks(goal, today), goal)
      .filter((c) => c.pending)
      .map((c) => c.letter)
      .join("");

  it.each([
    ["an empty form (start prefilled): every letter", empty, "SMART"],
    ["a title: S is checked (and fails, too short)", { ...empty, title: "Mer" }, "MART"],
    ["a channel only: S is checked", { ...empty, channelId: "ch-facebook" }, "MART"],
    ["a baseline: M and A are checked", { ...empty, baselineValue: 20 }, "SRT"],
    ["a target only: M and A are checked", { ...empty, targetValue: 26 }, "SRT"],
    ["an objective: R is checked", { ...empty, objectiveId: "obj-wedding" }, "SMAT"],
    ["a deadline: T is checked", { ...empty, deadline: "2026-07-01" }, "SMAR"],
    ["the whole bakery goal: none", bakery, ""],
  ] as const)("%s", (_, goal, expected) => expect(pendingOf(goal)).toBe(expected));

  it("a pending letter is never met, so an empty form cannot be activated; a started one keeps its verdict", () => {
    const empty5 = formChecks(smartChecks(empty, today), empty);
    expect(empty5.every((c) => !c.met && c.pending)).toBe(true);
    expect(allMet(empty5)).toBe(false);
    expect(empty5[2]!.messageKey).toBe("smart.A.pending");
    const short = formChecks(smartChecks({ ...empty, title: "Mer" }, today), { ...empty, title: "Mer" })[0]!;
    expect(short).toMatchObject({ letter: "S", met: false, messageKey: "smart.S.shortTitle" });
    expect(short.pending).toBeUndefined();
    expect(formChecks(smartChecks(bakery, today), bakery)).toEqual(smartChecks(bakery, today));
  });
});
