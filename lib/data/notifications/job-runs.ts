import { eq, sql } from "drizzle-orm";
import { getDb, type Queryable } from "@/db/client";
import { jobRuns } from "@/db/schema/index";

/** The reminders job's name in job_runs. */
export const REMINDERS_JOB = "reminders";

/**
 * Keeps when a scheduled job finished, with its counts. Not a tenant's data:
 * the job runs for every organization at once, so there is no TenantContext.
 */
export async function recordJobRun(name: string, summary: Record<string, number>, db: Queryable = getDb()): Promise<void> {
  await db
    .insert(jobRuns)
    .values({ name, finishedAt: sql`now()`, summary })
    .onConflictDoUpdate({ target: jobRuns.name, set: { finishedAt: sql`now()`, summary } });
}

/** When the reminders job last finished, or null if it never has on this database. */
export async function lastRemindersRun(): Promise<Date | null> {
  const [row] = await getDb().select({ finishedAt: jobRuns.finishedAt }).from(jobRuns).where(eq(jobRuns.name, REMINDERS_JOB));
  return row?.finishedAt ?? null;
}
