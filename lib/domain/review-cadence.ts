import { addDays, addMonths, daysBetween } from "./dates";

/**
 * How often a team reviews its goals. The source article: at least every
 * quarter, monthly is better; reviews every six weeks are cited as doing
 * better than half-yearly ones.
 */
export const REVIEW_CADENCES = ["monthly", "six_weeks", "quarterly"] as const;
export type ReviewCadence = (typeof REVIEW_CADENCES)[number];

/** A review this many days ahead or fewer counts as due soon (and is reminded of). */
export const DUE_SOON_DAYS = 3;

/** The review after one held on `date`, at the organization's cadence. */
export function nextReviewAfter(date: string, cadence: ReviewCadence): string | null {
  switch (cadence) {
    case "monthly":
      return addMonths(date, 1);
    case "six_weeks":
      return addDays(date, 42);
    case "quarterly":
      return addMonths(date, 3);
  }
}

export type ReviewDue = "unscheduled" | "scheduled" | "due_soon" | "due_today" | "overdue";

/** Where the team stands against its next review date. */
export function reviewDue(today: string, nextReviewOn: string | null): { state: ReviewDue; days: number | null } {
  if (!nextReviewOn) return { state: "unscheduled", days: null };
  const days = daysBetween(today, nextReviewOn);
  if (days === null) return { state: "unscheduled", days: null };
  if (days < 0) return { state: "overdue", days };
  if (days === 0) return { state: "due_today", days };
  if (days <= DUE_SOON_DAYS) return { state: "due_soon", days };
  return { state: "scheduled", days };
}
