import { describe, expect, it } from "vitest";
import type { Role } from "@/db/schema";
import { ONBOARDING_STEPS } from "@/lib/domain/onboarding";
import { stepAction } from "./step-actions";

const ctx = (role: Role, extra: { unmeasuredChannelId?: string; draftGoalId?: string } = {}) => ({
  slug: "kafe",
  role,
  unmeasuredChannelId: extra.unmeasuredChannelId ?? null,
  draftGoalId: extra.draftGoalId ?? null,
});

// Pages a member's request answers 404 on, or where only owners and managers get a form.
const NOT_FOR_MEMBERS = [/\/goals\/new/, /\/goals\/objectives/, /\/team$/, /\/reviews$/, /\/goals\/[^/]+$/];

describe("stepAction", () => {
  it("sends an owner to the page that does each step", () => {
    expect(ONBOARDING_STEPS.map((s) => stepAction(s, ctx("owner")))).toEqual([
      { kind: "link", href: "/kafe/goals/objectives", label: "objective" },
      { kind: "link", href: "/kafe/measurements", label: "baseline" },
      { kind: "link", href: "/kafe/goals/new", label: "deadline" },
      { kind: "link", href: "/kafe/goals/new", label: "goal" },
      { kind: "note", note: "afterGoal" },
      { kind: "link", href: "/kafe/team", label: "team" },
      { kind: "link", href: "/kafe/reviews", label: "review" },
    ]);
  });

  it("points at the draft to activate and the channel to measure once they exist", () => {
    const c = ctx("manager", { draftGoalId: "d1", unmeasuredChannelId: "c1" });
    expect(stepAction("goal", c)).toEqual({ kind: "link", href: "/kafe/goals/d1", label: "activate" });
    expect(stepAction("channel", c)).toEqual({ kind: "link", href: "/kafe/measurements?channel=c1", label: "channel" });
    expect(stepAction("channel", ctx("member", { unmeasuredChannelId: "c1" }))).toEqual({
      kind: "link",
      href: "/kafe/measurements?channel=c1",
      label: "channel",
    });
  });

  it("leaves inviting to owners: a manager gets a note", () => {
    expect(stepAction("team", ctx("manager"))).toEqual({ kind: "note", note: "owner" });
  });

  it("never links a member to a page or form that is not theirs", () => {
    for (const extra of [{}, { draftGoalId: "d1", unmeasuredChannelId: "c1" }]) {
      for (const step of ONBOARDING_STEPS) {
        const action = stepAction(step, ctx("member", extra));
        if (action.kind === "link") for (const pattern of NOT_FOR_MEMBERS) expect(action.href, step).not.toMatch(pattern);
      }
    }
    expect(stepAction("baseline", ctx("member"))).toMatchObject({ kind: "link" });
    expect(stepAction("channel", ctx("member"))).toEqual({ kind: "note", note: "afterGoal" });
  });
});
