import { closeDb } from "@/db/client";
import { runReminders } from "@/lib/data/notifications";

/**
 * Sends the reminders that are due (reviews, goals without measurements,
 * overdue action items). Run it from cron every hour: a reminder is created
 * and e-mailed once however often this runs. Migrations are not applied here;
 * the app does that at start-up (or `npm run db:migrate`).
 */
async function main(): Promise<void> {
  try {
    const { created, emailed, failed } = await runReminders();
    console.log(`reminders: ${created} created, ${emailed} e-mailed, ${failed} failed`);
  } catch (error) {
    console.error("Sending reminders failed:", error instanceof Error ? error.message : error);
    if (error instanceof Error && error.cause) console.error("Cause:", error.cause);
    process.exitCode = 1;
  } finally {
    await closeDb();
  }
}

void main();
