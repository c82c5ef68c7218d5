import { describe, expect, it } from "vitest";
import { baselineDateError, goalDateErrors } from "./goal-dates";

const today = "2026-05-10";
const ok = { startDate: "2026-06-01", baselineDate: "2026-05-01", deadline: "2026-12-01" };

describe("goalDateErrors", () => {
  it.each([
    ["a half-year goal", ok, {}],
    ["no dates at all (a draft)", { startDate: null, baselineDate: null, deadline: null }, {}],
    // 2026-06-01 + 120 months = 2036-06-01: the last allowed day.
    ["exactly ten years", { ...ok, deadline: "2036-06-01" }, {}],
    ["a day past ten years", { ...ok, deadline: "2036-06-02" }, { deadline: ["goals.errors.deadlineTooFar"] }],
    // Without a start the span counts from today: 2026-05-10 + 10 years = 2036-05-10.
    ["no start, ten years from today", { ...ok, startDate: null, deadline: "2036-05-10" }, {}],
    [
      "no start, past ten years from today",
      { ...ok, startDate: null, deadline: "2036-05-11" },
      { deadline: ["goals.errors.deadlineTooFar"] },
    ],
    ["the attacker's deadline", { ...ok, deadline: "9999-12-31" }, { deadline: ["validation.dateRange"] }],
    ["a start in 1999", { ...ok, startDate: "1999-12-31" }, { startDate: ["validation.dateRange"] }],
    ["a baseline in 2101", { ...ok, baselineDate: "2101-01-01" }, { baselineDate: ["validation.dateRange"] }],
    ["a deadline on the start", { ...ok, deadline: "2026-06-01" }, { deadline: ["goals.errors.deadlineBeforeStart"] }],
    ["a deadline before the start", { ...ok, deadline: "2026-05-31" }, { deadline: ["goals.errors.deadlineBeforeStart"] }],
    ["not a date", { ...ok, deadline: "2026-02-30" }, { deadline: ["validation.date"] }],
    // 2100-12-31 is in range but 74 years after the start.
    ["the last day of the range", { ...ok, deadline: "2100-12-31" }, { deadline: ["goals.errors.deadlineTooFar"] }],
  ])("%s", (_name, goal, expected) => expect(goalDateErrors(goal, today)).toEqual(expected));
});

describe("baselineDateError", () => {
  it.each([
    ["no baseline date", null, null],
    ["today", "2026-05-10", null],
    ["yesterday", "2026-05-09", null],
    ["a year ago", "2025-05-10", null],
    ["tomorrow", "2026-05-11", "goals.errors.baselineInFuture"],
    ["next year", "2027-01-01", "goals.errors.baselineInFuture"],
    ["not a date (goalDateErrors answers)", "2026-02-30", null],
  ])("%s", (_name, date, expected) => expect(baselineDateError(date, today)).toBe(expected));
});
