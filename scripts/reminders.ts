import { closeDb } from "@/db/client";
import { runReminders } from "@/lib/data/notifications";
import { purgeExpiredRecords } from "@/lib/data/accounts";

/**
 * Sends the reminders that are due (reviews, goals without measurements,
 * overdue action items). Run it from cron every hour: a reminder is created
 * and e-mailed once however often this runs. It also deletes login attempts
 * and one-time links past their retention (lib/data/retention.ts), also when
 * sending failed. Migrations are not applied here;
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
  }
  try {
    const purged = await purgeExpiredRecords();
    console.log(`purged: ${purged.loginAttempts} login attempts, ${purged.oneTimeTokens} one-time links`);
  } catch (error) {
    console.error("Purging old records failed:", error instanceof Error ? error.message : error);
    process.exitCode = 1;
  } finally {
    await closeDb();
  }
}

void main();
