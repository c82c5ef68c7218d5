/**
 * The dates a person may plan with in reviews: a meeting is planned for today
 * or later, and an action item is due on its meeting's day or later. Each
 * returns a message key, or null when the date is fine (or empty, or not a
 * real date: the form's own check answers that).
 */
import { compareDates, dateProblem } from "./dates";

const real = (date: string | null): date is string => Boolean(date) && !dateProblem(date!.slice(0, 10));

/** A review meeting cannot be planned before `today` (the organization's today); today itself is fine. */
export function meetingDateError(scheduledFor: string, today: string): string | null {
  return real(scheduledFor) && compareDates(scheduledFor, today) < 0 ? "reviews.errors.meetingInPast" : null;
}

/** An action item cannot be due before the day of the meeting it came from; the same day is fine. */
export function actionItemDueError(dueOn: string | null, meetingDate: string): string | null {
  return real(dueOn) && compareDates(dueOn, meetingDate) < 0 ? "reviews.errors.dueBeforeMeeting" : null;
}
