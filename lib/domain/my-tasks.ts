import { compareDates, daysBetween } from "./dates";

/**
 * A person's open action items on their dashboard: overdue first, then by due
 * date (soonest first), items without a due date last, then the oldest first.
 */
export type Urgency = "overdue" | "today" | "upcoming" | "none";

/** How pressing an open item is on `today` (both ISO dates in the organization's time zone). */
export function taskUrgency(dueOn: string | null, today: string): Urgency {
  if (!dueOn) return "none";
  const days = daysBetween(today, dueOn);
  if (days === null) return "none";
  if (days < 0) return "overdue";
  return days === 0 ? "today" : "upcoming";
}

/** `createdAt` is an ISO timestamp. */
export type OpenTask = { dueOn: string | null; createdAt: string };

/** The dashboard's order (a new array): overdue first, by due date, undated last, then oldest first. */
export function orderTasks<T extends OpenTask>(tasks: readonly T[]): T[] {
  return [...tasks].sort((a, b) => {
    if (a.dueOn === null || b.dueOn === null) {
      if (a.dueOn !== b.dueOn) return a.dueOn === null ? 1 : -1;
    } else {
      const byDue = compareDates(a.dueOn, b.dueOn);
      if (Number.isFinite(byDue) && byDue !== 0) return byDue;
    }
    return (Date.parse(a.createdAt) || 0) - (Date.parse(b.createdAt) || 0);
  });
}
