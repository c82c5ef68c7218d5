/**
 * The reminders job runs from cron once an hour (README, "Review meetings and
 * reminders"). A last run more than LATE_AFTER_HOURS ago means a run was
 * missed: owners are told to check the schedule.
 */
const LATE_AFTER_HOURS = 2;

const HOUR_MS = 3_600_000;

/** Whether the job should have run again since `lastRun`, seen at `now`; false when it never ran (told apart by the caller). */
export function runIsLate(lastRun: Date | null, now: Date): boolean {
  if (!lastRun) return false;
  return now.getTime() - lastRun.getTime() > LATE_AFTER_HOURS * HOUR_MS;
}
