import { date, index, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { CONFIDENCE_LEVELS } from "../../lib/domain/confidence";
import { channels } from "./catalog";
import { createdAt, id } from "./common";
import { goals } from "./goals";
import { organizations } from "./organizations";
import { reviewMeetings, reviewNotes } from "./reviews";
import { users } from "./users";

export const confidenceLevelEnum = pgEnum("confidence_level", CONFIDENCE_LEVELS);

/** A goal's confidence check-ins, kept as history: the newest is the goal's confidence now. */
export const goalConfidences = pgTable(
  "goal_confidences",
  {
    id: id(),
    orgId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    goalId: uuid()
      .notNull()
      .references(() => goals.id, { onDelete: "cascade" }),
    level: confidenceLevelEnum().notNull(),
    comment: text().notNull().default(""),
    recordedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    /** Set when it was recorded during a review meeting. */
    meetingId: uuid().references(() => reviewMeetings.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.orgId, t.goalId, t.createdAt)],
);

/** Campaign notes: a dated note on a channel, shown as a marker on its charts. */
export const chartNotes = pgTable(
  "chart_notes",
  {
    id: id(),
    orgId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    channelId: uuid()
      .notNull()
      .references(() => channels.id, { onDelete: "cascade" }),
    body: text().notNull(),
    startsOn: date({ mode: "string" }).notNull(),
    endsOn: date({ mode: "string" }),
    authorId: uuid().references(() => users.id, { onDelete: "set null" }),
    /** The review note it was made from, if any. */
    reviewNoteId: uuid().references(() => reviewNotes.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.orgId, t.channelId, t.startsOn)],
);

export type GoalConfidence = typeof goalConfidences.$inferSelect;
export type ChartNote = typeof chartNotes.$inferSelect;
