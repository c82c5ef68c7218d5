import { describe, expect, it } from "vitest";
import { ONBOARDING_STEPS, type OnboardingDone, onboardingProgress, showOnboarding } from "./onboarding";

const none = Object.fromEntries(ONBOARDING_STEPS.map((s) => [s, false])) as OnboardingDone;
const all = Object.fromEntries(ONBOARDING_STEPS.map((s) => [s, true])) as OnboardingDone;

describe("onboardingProgress", () => {
  it("has the article's seven steps in its order", () => {
    expect(ONBOARDING_STEPS).toEqual(["objective", "baseline", "deadline", "goal", "channel", "team", "review"]);
  });

  it.each([
    [none, 0, false],
    [{ ...none, objective: true, team: true, review: true }, 3, false],
    [{ ...all, channel: false }, 6, false],
    [all, 7, true],
  ])("counts %j as %i of 7", (done, completed, allDone) => {
    expect(onboardingProgress(done)).toEqual({ completed, total: 7, share: completed / 7, allDone });
  });
});

describe("showOnboarding", () => {
  it("shows the checklist while a step is open, even after a review", () => {
    expect(showOnboarding(none, false)).toBe(true);
    expect(showOnboarding({ ...all, baseline: false }, true)).toBe(true);
  });

  it("keeps a complete checklist until the first review has come, then hides it", () => {
    expect(showOnboarding(all, false)).toBe(true);
    expect(showOnboarding(all, true)).toBe(false);
  });
});
