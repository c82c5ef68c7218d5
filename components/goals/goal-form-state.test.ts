import { describe, expect, it } from "vitest";
import { EMPTY_GOAL, fillUnedited, type GoalFormValues, newGoalValues } from "./goal-form-state";

// "Bruk malen": the template's values go in at the click; the baseline follows
// when the latest measurement has been looked up.
const applied: Partial<GoalFormValues> = { title: "Flere følgere", baselineValue: "", baselineDate: "", targetValue: "" };
const atClick: GoalFormValues = { ...EMPTY_GOAL, ...applied };
const late: Partial<GoalFormValues> = { baselineValue: "400", baselineDate: "2026-11-01", targetValue: "480" };

describe("fillUnedited", () => {
  it("fills the late baseline and target into a form nobody touched", () => {
    expect(fillUnedited(atClick, applied, late)).toEqual({ ...atClick, ...late });
  });

  it("keeps what the person typed after the click", () => {
    const typed = { ...atClick, title: "Mitt eget mål", baselineValue: "350", targetValue: "500" };
    const result = fillUnedited(typed, applied, late);
    expect(result.title).toBe("Mitt eget mål");
    expect(result.baselineValue).toBe("350");
    expect(result.targetValue).toBe("500");
    // The date was untouched, so it still comes from the measurement.
    expect(result.baselineDate).toBe("2026-11-01");
  });

  it("only touches the late fields, and leaves the form it was given alone", () => {
    const typed = { ...atClick, description: "Skrevet for hånd" };
    const result = fillUnedited(typed, applied, { targetValue: "480" });
    expect(result).toEqual({ ...typed, targetValue: "480" });
    expect(typed.targetValue).toBe("");
  });
});

describe("newGoalValues", () => {
  it("starts today and names the writer as the goal's owner; everything else is empty", () => {
    expect(newGoalValues("2026-12-02", "writer-1")).toEqual({ ...EMPTY_GOAL, startDate: "2026-12-02", ownerId: "writer-1" });
  });
});
