import { describe, expect, it } from "vitest";
import { nextReviewAfter, reviewDue } from "./review-cadence";

describe("nextReviewAfter", () => {
  it.each([
    ["2026-01-15", "monthly", "2026-02-15"],
    ["2026-01-31", "monthly", "2026-02-28"],
    ["2026-01-15", "six_weeks", "2026-02-26"],
    ["2026-11-30", "quarterly", "2027-02-28"],
    ["not a date", "monthly", null],
  ] as const)("%s at %s → %s", (date, cadence, expected) => {
    expect(nextReviewAfter(date, cadence)).toBe(expected);
  });
});

describe("reviewDue", () => {
  it.each([
    [null, "unscheduled", null],
    ["2026-12-10", "scheduled", 14],
    ["2026-11-30", "scheduled", 4],
    ["2026-11-29", "due_soon", 3],
    ["2026-11-27", "due_soon", 1],
    ["2026-11-26", "due_today", 0],
    ["2026-11-25", "overdue", -1],
    ["2026-02-30", "unscheduled", null],
  ] as const)("next review %s on 2026-11-26 → %s", (next, state, days) => {
    expect(reviewDue("2026-11-26", next)).toEqual({ state, days });
  });
});
