import { describe, expect, it } from "vitest";
import type { CatalogChannel } from "@/lib/data/benchmarks";
import { checkGoalForm, type GoalCheckContext } from "./goal-check";
import { EMPTY_GOAL, type GoalFormValues } from "./goal-form-state";

const facebook: CatalogChannel = {
  id: "c-facebook",
  key: "facebook",
  nameNb: "Facebook",
  nameEn: "Facebook",
  own: false,
  archived: false,
  metrics: [
    {
      id: "m-engagement",
      key: "engagement",
      nameNb: "Klikk og kommentarer",
      nameEn: "Clicks and comments",
      unit: "count",
      direction: "increase",
      kind: "total",
      custom: false,
      derivation: null,
    },
  ],
};
const ctx: GoalCheckContext = {
  channels: [facebook],
  benchmarks: { "m-engagement": { upliftPct: 15, source: "Eget tall" } },
  today: "2026-12-05",
  locale: "nb",
};
// 100 → 1 000 in three months: ten times the start, where the benchmark is +15 %.
const tenfold: GoalFormValues = {
  ...EMPTY_GOAL,
  title: "Flere kommentarer på Facebook",
  channelId: "c-facebook",
  metricId: "m-engagement",
  baselineValue: "100",
  targetValue: "1 000",
  startDate: "2026-12-05",
  deadline: "2027-03-05",
  objectiveId: "o-1",
};

describe("checkGoalForm", () => {
  it("reads an empty form as not checked yet: nothing met, nothing to explain", () => {
    const check = checkGoalForm(EMPTY_GOAL, [], ctx);
    expect(check.checks.map((c) => c.letter)).toEqual(["S", "M", "A", "R", "T"]);
    expect(check.checks.every((c) => c.pending && !c.met)).toBe(true);
    expect(check).toMatchObject({ allMet: false, askReason: false, realism: null, metric: null, channel: null });
  });

  it("names the metric and channel in the reader's language", () => {
    expect(checkGoalForm(tenfold, [], ctx)).toMatchObject({ metric: "Klikk og kommentarer", channel: "Facebook" });
    expect(checkGoalForm(tenfold, [], { ...ctx, locale: "en" })).toMatchObject({ metric: "Clicks and comments", channel: "Facebook" });
    const own = { ...EMPTY_GOAL, metricId: "custom", customMetricName: "Bestillinger på telefon" };
    expect(checkGoalForm(own, [], ctx).metric).toBe("Bestillinger på telefon");
  });

  it.each([
    ["a new goal", undefined, true],
    ["an active goal edited", { status: "active" }, true],
    ["a draft edited", { status: "draft" }, false],
  ])("asks %s with a tenfold target for a written reason: %s", (_, edit, asks) => {
    const check = checkGoalForm(tenfold, [], { ...ctx, edit });
    expect(check.realism?.level).toBe("unrealistic");
    expect(check.askReason).toBe(asks);
    // The reason is asked for apart; the letters themselves are met.
    expect(check.allMet).toBe(true);
  });
});
