import { can, type Role } from "@/lib/domain/permissions";
import type { OnboardingStep } from "@/lib/domain/onboarding";

export type StepAction =
  /** A link to the page where this person can do the step; `label` is a key under "onboarding.actions". */
  | { kind: "link"; href: string; label: string }
  /** Someone else does it (a key under "onboarding.who"): no link to a page this person cannot use. */
  | { kind: "note"; note: "manager" | "owner" | "afterGoal" };

export type StepContext = { slug: string; role: Role; unmeasuredChannelId: string | null; draftGoalId: string | null };

/**
 * Where each open step of the checklist sends this person. Writing goals and
 * objectives and planning reviews is for owners and managers, inviting for
 * owners; a member gets a link only where a member can help (recording
 * measurements) and otherwise a line saying who does it, never a link to a
 * page that answers 404 or a form they do not have.
 */
export function stepAction(step: OnboardingStep, { slug, role, unmeasuredChannelId, draftGoalId }: StepContext): StepAction {
  const base = `/${slug}`;
  const link = (path: string, label: string): StepAction => ({ kind: "link", href: `${base}${path}`, label });
  switch (step) {
    case "objective":
      return can(role, "objective.write") ? link("/goals/objectives", "objective") : { kind: "note", note: "manager" };
    case "baseline":
      return link("/measurements", "baseline");
    case "deadline":
      return can(role, "goal.write") ? link("/goals/new", "deadline") : { kind: "note", note: "manager" };
    case "goal":
      if (!can(role, "goal.write")) return { kind: "note", note: "manager" };
      return draftGoalId ? link(`/goals/${draftGoalId}`, "activate") : link("/goals/new", "goal");
    case "channel":
      // The measurements page opens on the goal's channel when it has one to measure.
      if (unmeasuredChannelId) return link(`/measurements?channel=${encodeURIComponent(unmeasuredChannelId)}`, "channel");
      // No active goal yet: its channel is what gets measured, so step 4 comes first
      // (a second link to the same goal form would only repeat step 4's).
      return { kind: "note", note: "afterGoal" };
    case "team":
      return can(role, "team.manage") ? link("/team", "team") : { kind: "note", note: "owner" };
    case "review":
      return can(role, "review.run") ? link("/reviews", "review") : { kind: "note", note: "manager" };
  }
}
