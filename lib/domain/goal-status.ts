/**
 * A goal's life as a state machine: the one table of which status may follow
 * which. The server enforces it (lib/data changeGoalStatus and the review
 * meeting's closing decisions); the status controls only show what it allows.
 *
 *   draft ──(SMART check)──> active ──> achieved ─┐
 *     │ ^                      │  └───> missed ───┼──> archived
 *     │ │                      └──────────────────┘       │ ^
 *     │ └──────── reopen: achieved, missed, archived ─────┘ │
 *     └───────────── park a draft without deleting it ──────┘
 *
 * Why these and no others:
 * - draft → active: a draft becomes a goal by passing all five SMART checks
 *   (the caller runs them, see needsSmartCheck). draft → archived parks an
 *   idea without deleting it. A draft is never closed: it has no outcome to judge.
 * - active → achieved / missed / archived: closing records the outcome,
 *   archiving drops a goal the team stopped pursuing. Not back to draft: an
 *   active goal has been followed against its measurements, and editing it
 *   in place keeps it SMART-checked (a draft could be deleted with its history).
 * - achieved / missed → archived: the finished goal leaves the overview.
 *   Achieved and missed do not swap: a wrong outcome is reopened and decided again.
 * - achieved / missed / archived → draft ("reopen"): the only way back, so a
 *   goal returns to active only through the SMART check again, and an archived
 *   goal never jumps straight to an outcome it was never judged on.
 */
import type { GoalStatus } from "./goal-types";

const TRANSITIONS: Record<GoalStatus, readonly GoalStatus[]> = {
  draft: ["active", "archived"],
  active: ["achieved", "missed", "archived"],
  achieved: ["archived", "draft"],
  missed: ["archived", "draft"],
  archived: ["draft"],
};

/** Whether a goal in status `from` may be moved to `to` (staying put is not a transition). */
export function canTransition(from: GoalStatus, to: GoalStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** The statuses a goal in `from` may move to, in the order the controls show them. */
export function nextStatuses(from: GoalStatus): readonly GoalStatus[] {
  return TRANSITIONS[from];
}

/** Moving to `to` first needs all five SMART checks met (the server's own check). */
export function needsSmartCheck(to: GoalStatus): boolean {
  return to === "active";
}

/**
 * Closing a goal with an outcome (achieved / missed) asks for the reason: it is
 * the revision's reason, what the team reads later about why the goal ended.
 */
export function needsReason(to: GoalStatus): boolean {
  return to === "achieved" || to === "missed";
}
