import { and, asc, eq, gt, isNotNull, isNull, sql } from "drizzle-orm";
import { getDb, type Queryable } from "@/db/client";
import { actionItems, goals, kpiSnapshots, memberships, notifications, organizations, users } from "@/db/schema/index";
import { daysBetween } from "@/lib/domain/dates";
import { DUE_SOON_DAYS, reviewDue } from "@/lib/domain/review-cadence";
import { log } from "@/lib/log";
import { mailConfig } from "@/lib/mail/config";
import { createMailer, isMailServerUnreachable, type Mailer } from "@/lib/mail/mailer";
import { recordJobRun, REMINDERS_JOB } from "./job-runs";
import { mailLocale, type Reminder, reminderData, reminderEmail, reminderOf } from "./reminder-text";

/**
 * Reminders: a review due within DUE_SOON_DAYS days or overdue, an assigned
 * goal without a measurement for STALE_GOAL_DAYS days, an action item past its
 * due date. `npm run reminders` runs this from cron every hour.
 *
 * This is a system job, not a tenant request: it reads every organization at
 * once. There is no TenantContext here, so every query joins on org_id
 * explicitly (a goal's owner must be a member of the goal's organization, a
 * snapshot must be of the goal's organization, and so on).
 */
const STALE_GOAL_DAYS = 30;

/** A failed e-mail is tried again by later runs for this long, then given up (the in-app notification stays). */
const RETRY_HOURS = 24;

export type DueReminder = { orgId: string; userId: string; dedupeKey: string; reminder: Reminder };
export type ReminderRun = { created: number; emailed: number; failed: number };

/** Today in each organization's own time zone, as a date, for the instant `now`. */
const orgToday = (now: Date) => sql`(${now.toISOString()}::timestamptz at time zone ${organizations.timeZone})::date`;

/**
 * Every reminder that is due at `now`, across all organizations, in three
 * queries whatever the number of organizations, goals or items.
 */
export async function collectReminders(now: Date = new Date(), db: Queryable = getDb()): Promise<DueReminder[]> {
  const today = orgToday(now);
  const lastMeasured = sql`(select max(s.date) from ${kpiSnapshots} s where s.org_id = ${goals.orgId} and s.channel_id = ${goals.channelId} and s.metric_id = ${goals.metricId})`;
  // Counted from the latest measurement, but never from before the goal started:
  // a goal is not stale in its first 30 days.
  const since = sql`greatest(${lastMeasured}, coalesce(${goals.startDate}, (${goals.createdAt} at time zone ${organizations.timeZone})::date))`;

  const [reviewRows, goalRows, itemRows] = await Promise.all([
    // Everyone in the organization takes part in the review meeting.
    db
      .select({
        orgId: organizations.id,
        userId: memberships.userId,
        nextReviewOn: organizations.nextReviewOn,
        today: sql<string>`${today}::text`,
      })
      .from(organizations)
      .innerJoin(memberships, eq(memberships.orgId, organizations.id))
      .where(and(isNotNull(organizations.nextReviewOn), sql`${organizations.nextReviewOn} <= ${today} + ${DUE_SOON_DAYS}::int`)),
    db
      .select({
        orgId: goals.orgId,
        userId: memberships.userId,
        goalId: goals.id,
        title: goals.title,
        lastMeasuredOn: sql<string | null>`${lastMeasured}::text`,
        since: sql<string>`${since}::text`,
        today: sql<string>`${today}::text`,
      })
      .from(goals)
      .innerJoin(organizations, eq(organizations.id, goals.orgId))
      .innerJoin(memberships, and(eq(memberships.orgId, goals.orgId), eq(memberships.userId, goals.ownerId)))
      .where(and(eq(goals.status, "active"), isNotNull(goals.ownerId), sql`${since} <= ${today} - ${STALE_GOAL_DAYS}::int`)),
    db
      .select({
        orgId: actionItems.orgId,
        userId: memberships.userId,
        itemId: actionItems.id,
        title: actionItems.title,
        dueOn: sql<string>`${actionItems.dueOn}::text`,
      })
      .from(actionItems)
      .innerJoin(organizations, eq(organizations.id, actionItems.orgId))
      .innerJoin(memberships, and(eq(memberships.orgId, actionItems.orgId), eq(memberships.userId, actionItems.ownerId)))
      .where(and(isNull(actionItems.doneAt), isNotNull(actionItems.dueOn), sql`${actionItems.dueOn} < ${today}`)),
  ]);

  const due: DueReminder[] = [];
  for (const r of reviewRows) {
    const { state, days } = reviewDue(r.today, r.nextReviewOn);
    if (days === null || !r.nextReviewOn || (state !== "due_soon" && state !== "due_today" && state !== "overdue")) continue;
    const kind = state === "overdue" ? "review_overdue" : "review_due";
    // One reminder before the date and one after it, however often the job runs.
    due.push({
      orgId: r.orgId,
      userId: r.userId,
      dedupeKey: `review:${r.nextReviewOn}:${state === "overdue" ? "overdue" : "due"}:${r.userId}`,
      reminder: { kind, nextReviewOn: r.nextReviewOn, days },
    });
  }
  for (const g of goalRows) {
    const days = daysBetween(g.since, g.today) ?? STALE_GOAL_DAYS;
    due.push({
      orgId: g.orgId,
      userId: g.userId,
      // A new measurement makes a new key, so the next 30 silent days remind again.
      dedupeKey: `stale-goal:${g.goalId}:${g.lastMeasuredOn ?? "none"}`,
      reminder: { kind: "stale_goal", goalId: g.goalId, title: g.title, lastMeasuredOn: g.lastMeasuredOn, days },
    });
  }
  for (const i of itemRows) {
    due.push({
      orgId: i.orgId,
      userId: i.userId,
      dedupeKey: `action-overdue:${i.itemId}:${i.dueOn}`,
      reminder: { kind: "action_overdue", itemId: i.itemId, title: i.title, dueOn: i.dueOn },
    });
  }
  return due;
}

const INSERT_CHUNK = 500;

/** Code-unit order, the same on every host whatever its locale. */
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Creates the due reminders as notifications and e-mails them. Safe to run
 * every hour, and on two hosts at once:
 * - a reminder is created once: its dedupe key is unique per organization and
 *   the insert is ON CONFLICT DO NOTHING;
 * - it is e-mailed once: inserting and sending happen in one transaction, so a
 *   concurrent run waits on the new rows' keys and then inserts nothing, and
 *   cannot see them unemailed; earlier failures are picked up with
 *   FOR UPDATE SKIP LOCKED, so two runs never retry the same row.
 * The cost: if this process dies between sending and committing, the rows are
 * rolled back and the next run sends those mails again (rather than never).
 *
 * `now` decides what is due; the retry window is wall-clock time in the database.
 */
export async function runReminders(options: { now?: Date; mailer?: Mailer } = {}): Promise<ReminderRun> {
  const now = options.now ?? new Date();
  // Read first, so bad mail settings stop the run before anything is created.
  const config = mailConfig();
  const mailer = options.mailer ?? createMailer(config);
  // One fixed order, so two runs inserting the same keys wait on each other instead of deadlocking.
  const due = (await collectReminders(now)).sort((a, b) => compare(a.orgId, b.orgId) || compare(a.dedupeKey, b.dedupeKey));
  const result: ReminderRun = { created: 0, emailed: 0, failed: 0 };
  try {
    await getDb().transaction(async (tx) => {
      for (let i = 0; i < due.length; i += INSERT_CHUNK) {
        const rows = await tx
          .insert(notifications)
          .values(
            due.slice(i, i + INSERT_CHUNK).map((d) => ({
              orgId: d.orgId,
              userId: d.userId,
              kind: d.reminder.kind,
              data: reminderData(d.reminder),
              dedupeKey: d.dedupeKey,
            })),
          )
          .onConflictDoNothing({ target: [notifications.orgId, notifications.dedupeKey] })
          .returning({ id: notifications.id });
        result.created += rows.length;
      }
      const outbox = await unsentMail(tx);
      for (const [index, row] of outbox.entries()) {
        const reminder = reminderOf(row.kind, row.data);
        if (!reminder) continue;
        const locale = mailLocale(row.userLocale, row.orgLocale);
        const { subject, text } = reminderEmail(
          reminder,
          { name: row.userName, locale },
          { slug: row.orgSlug, name: row.orgName },
          config.appUrl,
        );
        try {
          await mailer.send({ to: row.email, subject, text });
        } catch (error) {
          if (isMailServerUnreachable(error)) {
            // Every other mail would wait for the same timeout; all are left for the next run.
            result.failed += outbox.length - index;
            log.error({ err: error, unsent: outbox.length - index }, "mail server unreachable; reminder e-mails are left for the next run");
            break;
          }
          result.failed += 1;
          log.warn({ err: error, notificationId: row.id, orgId: row.orgId }, "reminder e-mail failed; a later run tries again");
          continue;
        }
        await tx
          .update(notifications)
          .set({ emailedAt: sql`now()` })
          .where(and(eq(notifications.orgId, row.orgId), eq(notifications.id, row.id)));
        result.emailed += 1;
      }
    });
  } finally {
    if (!options.mailer) mailer.close();
  }
  // Owners see this time on their notifications page: a sign that cron runs.
  await recordJobRun(REMINDERS_JOB, result);
  return result;
}

/**
 * Notifications still to e-mail: not sent, not yet read in the app, younger
 * than RETRY_HOURS, to people who want e-mail and are still members. Rows
 * another run is sending right now are skipped, not waited for.
 */
function unsentMail(tx: Queryable) {
  return tx
    .select({
      id: notifications.id,
      orgId: notifications.orgId,
      kind: notifications.kind,
      data: notifications.data,
      email: users.email,
      userName: users.name,
      userLocale: users.locale,
      orgLocale: organizations.locale,
      orgSlug: organizations.slug,
      orgName: organizations.name,
    })
    .from(notifications)
    .innerJoin(organizations, eq(organizations.id, notifications.orgId))
    .innerJoin(memberships, and(eq(memberships.orgId, notifications.orgId), eq(memberships.userId, notifications.userId)))
    .innerJoin(users, eq(users.id, notifications.userId))
    .where(
      and(
        isNull(notifications.emailedAt),
        isNull(notifications.readAt),
        eq(users.emailReminders, true),
        gt(notifications.createdAt, sql`now() - make_interval(hours => ${RETRY_HOURS}::int)`),
      ),
    )
    .orderBy(asc(notifications.createdAt))
    .for("update", { of: notifications, skipLocked: true });
}
