import { date, index, numeric, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { channels, metrics } from "./catalog";
import { createdAt, id } from "./common";
import { organizations } from "./organizations";
import { users } from "./users";

/** What the organization plans to spend on a channel in a month (`month` is its 1st). Owners and managers set it. */
export const channelBudgets = pgTable(
  "channel_budgets",
  {
    id: id(),
    orgId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    channelId: uuid()
      .notNull()
      .references(() => channels.id, { onDelete: "cascade" }),
    month: date({ mode: "string" }).notNull(),
    amount: numeric({ mode: "number" }).notNull(),
    updatedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique().on(t.orgId, t.channelId, t.month), index().on(t.orgId, t.month)],
);

/**
 * A cost outside the ad platforms (an influencer campaign, a print run, a
 * fair): its own row, added to the channel's spend series when it is read
 * (lib/domain/money.ts), so a platform's daily spend on the same day never
 * overwrites it and it is counted once.
 */
export const oneOffCosts = pgTable(
  "one_off_costs",
  {
    id: id(),
    orgId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    channelId: uuid()
      .notNull()
      .references(() => channels.id, { onDelete: "cascade" }),
    date: date({ mode: "string" }).notNull(),
    amount: numeric({ mode: "number" }).notNull(),
    note: text().notNull().default(""),
    createdBy: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.orgId, t.channelId, t.date), index().on(t.orgId, t.date)],
);

/** The metrics an organization counts as a channel's results; none for a channel: the catalogue's (metrics.is_result). */
export const channelResultMetrics = pgTable(
  "channel_result_metrics",
  {
    id: id(),
    orgId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    channelId: uuid()
      .notNull()
      .references(() => channels.id, { onDelete: "cascade" }),
    metricId: uuid()
      .notNull()
      .references(() => metrics.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (t) => [unique().on(t.orgId, t.channelId, t.metricId)],
);

export type ChannelBudget = typeof channelBudgets.$inferSelect;
export type OneOffCost = typeof oneOffCosts.$inferSelect;
