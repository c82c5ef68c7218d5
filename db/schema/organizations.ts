import { date, index, pgEnum, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { measurePeriods } from "../../lib/domain/series";
import { DEFAULT_MONEY_VISIBILITY, MONEY_VISIBILITIES, ROLES } from "../../lib/domain/permissions";
import { VAT_MODES } from "../../lib/domain/money";
import { REVIEW_CADENCES } from "../../lib/domain/review-cadence";
import { createdAt, id } from "./common";
import { users } from "./users";

export const roleEnum = pgEnum("role", ROLES);
export const reviewCadenceEnum = pgEnum("review_cadence", REVIEW_CADENCES);

export const organizations = pgTable("organizations", {
  id: id(),
  name: text().notNull(),
  slug: text().notNull().unique(),
  locale: text().notNull().default("nb"),
  currency: text().notNull().default("NOK"),
  timeZone: text().notNull().default("Europe/Oslo"),
  reviewCadence: reviewCadenceEnum().notNull().default("monthly"),
  nextReviewOn: date({ mode: "string" }),
  /** The period goals are measured per unless a goal says otherwise (issue 16). */
  measurePeriod: text({ enum: measurePeriods }).notNull().default("week"),
  /** Who sees money (issue 17): the owners choose; lib/domain/permissions "money.view" reads it. */
  moneyVisibility: text({ enum: MONEY_VISIBILITIES }).notNull().default(DEFAULT_MONEY_VISIBILITY),
  /** Whether money is entered and shown with or without VAT; the ad platforms report without. */
  vatMode: text({ enum: VAT_MODES }).notNull().default("excluding"),
  createdAt: createdAt(),
});

export const memberships = pgTable(
  "memberships",
  {
    id: id(),
    orgId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: roleEnum().notNull(),
    createdAt: createdAt(),
  },
  (t) => [unique().on(t.orgId, t.userId), index().on(t.userId)],
);

export const invitations = pgTable(
  "invitations",
  {
    id: id(),
    orgId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    /** SHA-256 of the token in the link; the token itself is shown once. */
    tokenHash: text().notNull().unique(),
    email: text(),
    role: roleEnum().notNull(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    createdBy: uuid().references(() => users.id, { onDelete: "set null" }),
    acceptedAt: timestamp({ withTimezone: true }),
    acceptedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    revokedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.orgId, t.createdAt)],
);

export type Organization = typeof organizations.$inferSelect;
export type NewOrganization = typeof organizations.$inferInsert;
export type Membership = typeof memberships.$inferSelect;
export type Invitation = typeof invitations.$inferSelect;
export type Role = (typeof roleEnum.enumValues)[number];
export type ReviewCadence = (typeof reviewCadenceEnum.enumValues)[number];
