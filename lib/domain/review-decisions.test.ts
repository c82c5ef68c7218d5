import { describe, expect, it } from "vitest";
import { adjustedGoal, adjustmentProblems, unassessedGoals } from "./review-decisions";

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
