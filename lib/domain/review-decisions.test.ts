import { describe, expect, it } from "vitest";
import { adjustedGoal, adjustmentProblems, budgetMoveProblems, budgetsAfterMove, unassessedGoals } from "./review-decisions";

const goal = { targetValue: 1000, deadline: "2026-12-31" };
const today = "2026-06-15";

describe("adjustmentProblems", () => {
  it.each([
    ["a new target with a reason", { targetValue: 1200, reason: "Kampanjen ble utsatt" }, {}],
    ["a later deadline with a reason", { deadline: "2027-03-31", reason: "Ny sesong" }, {}],
    ["a deadline tomorrow is still ahead", { deadline: "2026-06-16", reason: "Kortere løp" }, {}],
    ["no reason", { targetValue: 1200, reason: "" }, { reason: ["reviews.errors.reasonRequired"] }],
    ["a reason of spaces only", { targetValue: 1200, reason: "   " }, { reason: ["reviews.errors.reasonRequired"] }],
    ["a new deadline today has passed", { deadline: "2026-06-15", reason: "r" }, { deadline: ["reviews.errors.deadlinePast"] }],
    ["a new deadline yesterday has passed", { deadline: "2026-06-14", reason: "r" }, { deadline: ["reviews.errors.deadlinePast"] }],
    [
      "the same target and deadline change nothing",
      { targetValue: 1000, deadline: "2026-12-31", reason: "r" },
      { targetValue: ["reviews.errors.nothingToAdjust"] },
    ],
    ["nothing given changes nothing", { reason: "r" }, { targetValue: ["reviews.errors.nothingToAdjust"] }],
    [
      "no reason and nothing changed: both named",
      { reason: "" },
      { reason: ["reviews.errors.reasonRequired"], targetValue: ["reviews.errors.nothingToAdjust"] },
    ],
  ])("%s", (_name, input, expected) => {
    expect(adjustmentProblems(goal, input, today)).toEqual(expected);
  });

  it("does not call an unchanged deadline in the past a problem (a late goal may get a new target)", () => {
    const late = { targetValue: 1000, deadline: "2026-05-31" };
    expect(adjustmentProblems(late, { targetValue: 900, reason: "r" }, today)).toEqual({});
  });

  it("keeps what the adjustment leaves out", () => {
    expect(adjustedGoal(goal, { deadline: "2027-01-31", reason: "r" })).toEqual({ targetValue: 1000, deadline: "2027-01-31" });
    expect(adjustedGoal(goal, { targetValue: 5, reason: "r" })).toEqual({ targetValue: 5, deadline: "2026-12-31" });
  });
});

describe("budgetMoveProblems", () => {
  const move = { fromChannelId: "google", toChannelId: "meta", month: "2026-06-01", amount: 2000, reason: "Google gir dyre leads" };
  it.each([
    ["2 000 of a 5 000 budget", {}, 5000, {}],
    ["the whole budget", { amount: 5000 }, 5000, {}],
    ["øre: 0,10 + 0,20 kr of a 0,30 kr budget", { amount: 0.1 + 0.2 }, 0.3, {}],
    ["next month's budget", { month: "2026-07-01" }, 5000, {}],
    ["one krone more than the budget", { amount: 5001 }, 5000, { amount: ["reviews.errors.moreThanBudget"] }],
    ["one øre more than the budget", { amount: 5000.01 }, 5000, { amount: ["reviews.errors.moreThanBudget"] }],
    ["no budget to move from", {}, null, { fromChannelId: ["reviews.errors.noBudgetToMove"] }],
    ["a budget of 0 kr", {}, 0, { fromChannelId: ["reviews.errors.noBudgetToMove"] }],
    ["0 kr", { amount: 0 }, 5000, { amount: ["reviews.errors.amountPositive"] }],
    ["a negative amount", { amount: -500 }, 5000, { amount: ["reviews.errors.amountPositive"] }],
    ["half an øre rounds to nothing", { amount: 0.004 }, 5000, { amount: ["reviews.errors.amountPositive"] }],
    ["not a number", { amount: Number.NaN }, 5000, { amount: ["reviews.errors.amountPositive"] }],
    ["the same channel", { toChannelId: "google" }, 5000, { toChannelId: ["reviews.errors.sameChannel"] }],
    ["last month", { month: "2026-05-01" }, 5000, { month: ["reviews.errors.monthPast"] }],
    ["no reason", { reason: "  " }, 5000, { reason: ["reviews.errors.moveReasonRequired"] }],
    [
      "everything wrong at once",
      { toChannelId: "google", amount: 0, reason: "", month: "2025-12-01" },
      5000,
      {
        toChannelId: ["reviews.errors.sameChannel"],
        month: ["reviews.errors.monthPast"],
        amount: ["reviews.errors.amountPositive"],
        reason: ["reviews.errors.moveReasonRequired"],
      },
    ],
  ])("%s", (_name, change, fromBudget, expected) => {
    expect(budgetMoveProblems({ ...move, ...change }, fromBudget, today)).toEqual(expected);
  });
});

describe("budgetsAfterMove", () => {
  it.each([
    ["2 000 of 5 000 to a channel with 3 000", 2000, 5000, 3000, { from: 3000, to: 5000 }],
    ["all of it to a channel without a budget", 5000, 5000, null, { from: 0, to: 5000 }],
    ["in øre: 0,10 of 0,30 to 0,20", 0.1, 0.3, 0.2, { from: 0.2, to: 0.3 }],
  ])("%s", (_name, amount, from, to, expected) => {
    expect(budgetsAfterMove(amount, from, to)).toEqual(expected);
  });
});

describe("unassessedGoals", () => {
  const agenda = [
    { id: "a", title: "Følgere" },
    { id: "b", title: "Nyhetsbrev" },
    { id: "c", title: "Bestillinger" },
  ];
  it.each([
    ["no decisions at all: every goal, in agenda order", [], ["a", "b", "c"]],
    ["one assessed", [{ goalId: "b", assessment: "at_risk" as const }], ["a", "c"]],
    ["a decision without an assessment still counts as unassessed", [{ goalId: "a", assessment: null }], ["a", "b", "c"]],
    [
      "all assessed",
      [
        { goalId: "a", assessment: "on_track" as const },
        { goalId: "b", assessment: "off_track" as const },
        { goalId: "c", assessment: "at_risk" as const },
      ],
      [],
    ],
    ["a decision on a goal no longer on the agenda changes nothing", [{ goalId: "x", assessment: "on_track" as const }], ["a", "b", "c"]],
  ])("%s", (_name, decisions, expected) => {
    expect(unassessedGoals(agenda, decisions).map((g) => g.id)).toEqual(expected);
  });
});
