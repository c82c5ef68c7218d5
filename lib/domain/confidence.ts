/**
 * Confidence check-ins: how sure the goal's owner is that it will be
 * reached, high / medium / low, kept as history (docs/DOMAIN-RULES.md,
 * "Confidence"). Pure.
 */
import type { VerdictStatus } from "./verdict";

export const CONFIDENCE_LEVELS = ["high", "medium", "low"] as const;
export type ConfidenceLevel = (typeof CONFIDENCE_LEVELS)[number];

/** A comment is a sentence or two, not a report. */
export const CONFIDENCE_COMMENT_MAX = 500;

const RANK: Record<ConfidenceLevel, number> = { low: 0, medium: 1, high: 2 };

/** True when the new check-in is less confident than the one before it (high → medium, medium → low, high → low). */
export function confidenceDropped(previous: ConfidenceLevel | null, next: ConfidenceLevel): boolean {
  return previous !== null && RANK[next] < RANK[previous];
}

/**
 * Why a goal's confidence needs the next meeting's attention, or null: the
 * owner says "low" while the numbers say "on track". One of the two is wrong,
 * and the meeting should find out which.
 */
export function confidenceFlag(level: ConfidenceLevel | null, status: VerdictStatus): "lowButOnTrack" | null {
  return level === "low" && status === "on_track" ? "lowButOnTrack" : null;
}

/** The goal's owner records its confidence; anyone holding `confidence.recordAny` (managers) may too. */
export function mayRecordConfidence(userId: string, goalOwnerId: string | null, anyGoal: boolean): boolean {
  return anyGoal || (goalOwnerId !== null && goalOwnerId === userId);
}

export function isConfidenceLevel(value: unknown): value is ConfidenceLevel {
  return typeof value === "string" && (CONFIDENCE_LEVELS as readonly string[]).includes(value);
}
