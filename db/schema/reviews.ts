import { check, date, index, jsonb, numeric, pgEnum, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import type { MinutesSnapshot } from "@/lib/domain/minutes-markdown";
import { ASSESSMENTS, DECISIONS, MEETING_STATUSES } from "../../lib/domain/review-decisions";
import { channels } from "./catalog";
import { createdAt, id } from "./common";
import { goals } from "./goals";
import { organizations } from "./organizations";
import { users } from "./users";

export const meetingStatusEnum = pgEnum("meeting_status", MEETING_STATUSES);
export const assessmentEnum = pgEnum("assessment", ASSESSMENTS);
export const decisionEnum = pgEnum("decision", DECISIONS);

export const reviewMeetings = pgTable(
  "review_meetings",
  {
    id: id(),
    orgId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    title: text().notNull(),
    scheduledFor: date({ mode: "string" }).notNull(),
    status: meetingStatusEnum().notNull().default("scheduled"),
    createdBy: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    closedAt: timestamp({ withTimezone: true }),
    closedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    openedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index().on(t.orgId, t.scheduledFor)],
);

export const reviewAttendees = pgTable(
  "review_attendees",
  {
    id: id(),
    orgId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    meetingId: uuid()
      .notNull()
      .references(() => reviewMeetings.id, { onDelete: "cascade" }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
  },
  (t) => [unique().on(t.orgId, t.meetingId, t.userId)],
);

/** One goal on one meeting's agenda: the team's assessment and decision. */
export const reviewItems = pgTable(
  "review_items",
  {
    id: id(),
    orgId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    meetingId: uuid()
      .notNull()
      .references(() => reviewMeetings.id, { onDelete: "cascade" }),
    goalId: uuid()
      .notNull()
      .references(() => goals.id, { onDelete: "cascade" }),
    assessment: assessmentEnum(),
    decision: decisionEnum(),
    decidedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    decidedAt: timestamp({ withTimezone: true }),
    /** The goal as it stood when the meeting closed, so minutes and "since last meeting" never shift. */
    snapshot: jsonb().$type<ReviewSnapshot>(),
    createdAt: createdAt(),
  },
  (t) => [unique().on(t.orgId, t.meetingId, t.goalId), index().on(t.orgId, t.goalId)],
);

/** Notes are appended, never overwritten, so two people saving at once both keep theirs. */
export const reviewNotes = pgTable(
  "review_notes",
  {
    id: id(),
    orgId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    meetingId: uuid()
      .notNull()
      .references(() => reviewMeetings.id, { onDelete: "cascade" }),
    goalId: uuid().references(() => goals.id, { onDelete: "cascade" }),
    authorId: uuid().references(() => users.id, { onDelete: "set null" }),
    body: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.orgId, t.meetingId, t.createdAt)],
);

export const actionItems = pgTable(
  "action_items",
  {
    id: id(),
    orgId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    meetingId: uuid().references(() => reviewMeetings.id, { onDelete: "set null" }),
    goalId: uuid().references(() => goals.id, { onDelete: "cascade" }),
    title: text().notNull(),
    ownerId: uuid().references(() => users.id, { onDelete: "set null" }),
    dueOn: date({ mode: "string" }),
    doneAt: timestamp({ withTimezone: true }),
    createdBy: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.orgId, t.doneAt, t.dueOn), index().on(t.orgId, t.goalId)],
);

/**
 * A meeting's decision to move budget between channels: "move 2 000 kr of
 * December's budget from Google Ads to Facebook". Written in one transaction
 * with the two channel_budgets changes (lib/data/reviews/review-budget-moves.ts);
 * the budgets before the move are kept so the minutes read the same later.
 */
export const reviewBudgetMoves = pgTable(
  "review_budget_moves",
  {
    id: id(),
    orgId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    meetingId: uuid()
      .notNull()
      .references(() => reviewMeetings.id, { onDelete: "cascade" }),
    month: date({ mode: "string" }).notNull(),
    fromChannelId: uuid()
      .notNull()
      .references(() => channels.id, { onDelete: "cascade" }),
    toChannelId: uuid()
      .notNull()
      .references(() => channels.id, { onDelete: "cascade" }),
    amount: numeric({ mode: "number" }).notNull(),
    fromBudgetBefore: numeric({ mode: "number" }).notNull(),
    toBudgetBefore: numeric({ mode: "number" }),
    reason: text().notNull(),
    movedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [
    index().on(t.orgId, t.meetingId, t.createdAt),
    check("review_budget_moves_amount_positive", sql`${t.amount} > 0`),
    check("review_budget_moves_two_channels", sql`${t.fromChannelId} <> ${t.toChannelId}`),
  ],
);

/** The goal as the minutes keep it; its shape is the minutes' own (lib/domain/minutes-markdown.ts). */
export type ReviewSnapshot = MinutesSnapshot;

export type Assessment = (typeof assessmentEnum.enumValues)[number];
export type Decision = (typeof decisionEnum.enumValues)[number];
export type MeetingStatus = (typeof meetingStatusEnum.enumValues)[number];

export type ReviewMeeting = typeof reviewMeetings.$inferSelect;
export type ReviewItem = typeof reviewItems.$inferSelect;
export type ReviewNote = typeof reviewNotes.$inferSelect;
export type ActionItem = typeof actionItems.$inferSelect;
export type ReviewBudgetMove = typeof reviewBudgetMoves.$inferSelect;
