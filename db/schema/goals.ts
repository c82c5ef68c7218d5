import {
  type AnyPgColumn,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { measurePeriods } from "../../lib/domain/series";
import { channels, directionEnum, metrics, unitEnum } from "./catalog";
import { GOAL_STATUSES, PRIORITIES } from "../../lib/domain/goal-types";
import { PATH_KINDS } from "../../lib/domain/expected-path";
import { createdAt, id } from "./common";
import { organizations } from "./organizations";
import { reviewMeetings } from "./reviews";
import { users } from "./users";

export const goalStatusEnum = pgEnum("goal_status", GOAL_STATUSES);
export const priorityEnum = pgEnum("priority", PRIORITIES);

/** Business objectives: the R in SMART. Every active goal links to one. */
export const objectives = pgTable(
  "objectives",
  {
    id: id(),
    orgId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    title: text().notNull(),
    description: text().notNull().default(""),
    archivedAt: timestamp({ withTimezone: true }),
    createdBy: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.orgId, t.archivedAt)],
);

export const goals = pgTable(
  "goals",
  {
    id: id(),
    orgId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    title: text().notNull(),
    description: text().notNull().default(""),
    channelId: uuid()
      .notNull()
      .references(() => channels.id),
    metricId: uuid()
      .notNull()
      .references(() => metrics.id),
    unit: unitEnum().notNull(),
    direction: directionEnum().notNull(),
    baselineValue: numeric({ mode: "number" }),
    baselineDate: date({ mode: "string" }),
    targetValue: numeric({ mode: "number" }),
    startDate: date({ mode: "string" }),
    deadline: date({ mode: "string" }),
    /** The period the goal is measured per; null follows the organization's default. */
    measurePeriod: text({ enum: measurePeriods }),
    /** The path progress is expected to follow (lib/domain/expected-path.ts); milestones are in goal_milestones. */
    pathKind: text({ enum: PATH_KINDS }).notNull().default("linear"),
    objectiveId: uuid().references(() => objectives.id, { onDelete: "set null" }),
    ownerId: uuid().references(() => users.id, { onDelete: "set null" }),
    priority: priorityEnum().notNull().default("medium"),
    status: goalStatusEnum().notNull().default("draft"),
    /** Why the team keeps a target the realism check calls unrealistic (asked for on activation); null when none was needed. */
    realismReason: text(),
    /** Optimistic concurrency: an edit must name the version it started from. */
    version: integer().notNull().default(1),
    createdBy: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.orgId, t.status), index().on(t.orgId, t.ownerId), index().on(t.orgId, t.channelId, t.metricId)],
);

/** The values a milestone goal should have reached by dates on the way ("40 by end of March"). */
export const goalMilestones = pgTable(
  "goal_milestones",
  {
    id: id(),
    orgId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    goalId: uuid()
      .notNull()
      .references(() => goals.id, { onDelete: "cascade" }),
    date: date({ mode: "string" }).notNull(),
    value: numeric({ mode: "number" }).notNull(),
  },
  (t) => [uniqueIndex().on(t.orgId, t.goalId, t.date)],
);

/** One row per edit of a goal's target, deadline, baseline, owner or status. */
export const goalRevisions = pgTable(
  "goal_revisions",
  {
    id: id(),
    orgId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    goalId: uuid()
      .notNull()
      .references(() => goals.id, { onDelete: "cascade" }),
    changedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    /** { field: { from, to } } for every field that changed. */
    changes: jsonb().$type<Record<string, { from: unknown; to: unknown }>>().notNull(),
    reason: text().notNull().default(""),
    /** Set when the change was decided in a review meeting. */
    meetingId: uuid().references((): AnyPgColumn => reviewMeetings.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.orgId, t.goalId, t.createdAt)],
);

export type Objective = typeof objectives.$inferSelect;
export type Goal = typeof goals.$inferSelect;
export type NewGoal = typeof goals.$inferInsert;
export type GoalRevision = typeof goalRevisions.$inferSelect;
export type GoalStatus = (typeof goalStatusEnum.enumValues)[number];
export type Priority = (typeof priorityEnum.enumValues)[number];
