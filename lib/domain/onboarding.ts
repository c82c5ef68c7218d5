/**
 * The first-run checklist: the source article's seven steps to set marketing
 * goals ("Her er 7 steg du kan følge…"), each ticked off by what the team has
 * actually done, never by a "done" button. Which data ticks a step is decided
 * in lib/data/team/onboarding.ts; this module holds the order and the rules on top.
 */

/** The article's order: what to achieve, data, deadline, concrete, channels, team, evaluate. */
export const ONBOARDING_STEPS = ["objective", "baseline", "deadline", "goal", "channel", "team", "review"] as const;
export type OnboardingStep = (typeof ONBOARDING_STEPS)[number];
export type OnboardingDone = Record<OnboardingStep, boolean>;

export type OnboardingProgress = { completed: number; total: number; share: number; allDone: boolean };

export function onboardingProgress(done: OnboardingDone): OnboardingProgress {
  const completed = ONBOARDING_STEPS.filter((s) => done[s]).length;
  const total = ONBOARDING_STEPS.length;
  return { completed, total, share: completed / total, allDone: completed === total };
}

/**
 * Whether the dashboard still shows the checklist. While a step is open it
 * always does. With all seven done it stays, folded, as "7 of 7" until the
 * team's first review has come: a closed meeting, or the planned review date
 * passed. Then it has done its job and goes away by itself (no setting to
 * store, nothing to dismiss).
 */
export function showOnboarding(done: OnboardingDone, firstReviewCome: boolean): boolean {
  return !onboardingProgress(done).allDone || !firstReviewCome;
}
