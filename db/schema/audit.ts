import { bigserial, index, jsonb, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { createdAt, id } from "./common";
import { organizations } from "./organizations";
import { users } from "./users";

/** Who did what in an organization: invitations, role changes, removals, edits. */
export const auditEvents = pgTable(
  "audit_events",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    orgId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    actorId: uuid().references(() => users.id, { onDelete: "set null" }),
    action: text().notNull(),
    targetType: text(),
    targetId: text(),
    data: jsonb().$type<Record<string, unknown>>(),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.orgId, t.createdAt)],
);

/** In-app notifications; the dedupe key makes every reminder go out once. */
export const notifications = pgTable(
  "notifications",
  {
    id: id(),
    orgId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text().notNull(),
    data: jsonb().$type<Record<string, unknown>>(),
    dedupeKey: text().notNull(),
    emailedAt: timestamp({ withTimezone: true }),
    readAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [unique().on(t.orgId, t.dedupeKey), index().on(t.orgId, t.userId, t.createdAt)],
);

/**
 * When each scheduled job (the hourly `npm run reminders`) last finished, so
 * owners can see that cron runs. One row per job, for the whole installation.
 */
export const jobRuns = pgTable("job_runs", {
  name: text().primaryKey(),
  finishedAt: timestamp({ withTimezone: true }).notNull(),
  summary: jsonb().$type<Record<string, number>>(),
});

export type AuditEvent = typeof auditEvents.$inferSelect;
export type Notification = typeof notifications.$inferSelect;
