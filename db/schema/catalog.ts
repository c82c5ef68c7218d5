import { sql } from "drizzle-orm";
import { boolean, index, integer, numeric, pgEnum, pgTable, text, timestamp, unique, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { DIRECTIONS, UNITS } from "../../lib/domain/goal-types";
import { METRIC_KINDS } from "../../lib/domain/series";
import { DERIVATIONS } from "../../lib/domain/money";
import { createdAt, id } from "./common";
import { organizations } from "./organizations";
import { users } from "./users";

export const unitEnum = pgEnum("unit", UNITS);
export const directionEnum = pgEnum("direction", DIRECTIONS);

/**
 * Marketing channels. Rows with a null org_id are the shared catalogue seeded
 * from the source article; an organization adds its own with its org_id.
 */
export const channels = pgTable(
  "channels",
  {
    id: id(),
    orgId: uuid().references(() => organizations.id, { onDelete: "cascade" }),
    key: text().notNull(),
    nameNb: text().notNull(),
    nameEn: text().notNull(),
    sortOrder: integer().notNull().default(100),
    /** An organization's own channel it no longer uses: out of the pickers, its data kept. The catalogue's are never archived. */
    archivedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    unique().on(t.orgId, t.key).nullsNotDistinct(),
    index().on(t.orgId, t.sortOrder),
    // An organization's own channel has one name (typed once, in both columns), unique in the organization whatever its case.
    uniqueIndex("channels_org_name_unique")
      .on(t.orgId, sql`lower(${t.nameNb})`)
      .where(sql`${t.orgId} is not null`),
  ],
);

export const metrics = pgTable(
  "metrics",
  {
    id: id(),
    orgId: uuid().references(() => organizations.id, { onDelete: "cascade" }),
    channelId: uuid()
      .notNull()
      .references(() => channels.id, { onDelete: "cascade" }),
    key: text().notNull(),
    nameNb: text().notNull(),
    nameEn: text().notNull(),
    unit: unitEnum().notNull(),
    /** Which way is better for this metric (churn and costs go down). */
    direction: directionEnum().notNull().default("increase"),
    kind: text({ enum: METRIC_KINDS }).notNull().default("level"),
    /** The channel's main metric: the source article's benchmark for the channel is its benchmark. */
    isMain: boolean().notNull().default(false),
    /** Counted as the channel's result unless the organization chose others (channel_result_metrics). */
    isResult: boolean().notNull().default(false),
    /** A figure computed per period from the channel's spend, results and revenue (lib/domain/money.ts); never recorded. */
    derivation: text({ enum: DERIVATIONS }),
    sortOrder: integer().notNull().default(100),
    createdAt: createdAt(),
  },
  (t) => [unique().on(t.orgId, t.channelId, t.key).nullsNotDistinct(), index().on(t.orgId, t.channelId)],
);

/**
 * Expected uplift after 6 months per metric. Rows with a null org_id are the
 * defaults from the source article, one per channel on its main metric; an
 * organization's own row overrides one or gives another metric a benchmark.
 * `channelId` is always the metric's channel.
 */
export const benchmarks = pgTable(
  "benchmarks",
  {
    id: id(),
    orgId: uuid().references(() => organizations.id, { onDelete: "cascade" }),
    channelId: uuid()
      .notNull()
      .references(() => channels.id, { onDelete: "cascade" }),
    metricId: uuid()
      .notNull()
      .references(() => metrics.id, { onDelete: "cascade" }),
    upliftPct: numeric({ precision: 7, scale: 2, mode: "number" }).notNull(),
    typicalGoalNb: text().notNull(),
    typicalGoalEn: text().notNull(),
    source: text().notNull(),
    updatedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique().on(t.orgId, t.metricId).nullsNotDistinct(), index().on(t.channelId)],
);

export type Channel = typeof channels.$inferSelect;
export type Metric = typeof metrics.$inferSelect;
export type Benchmark = typeof benchmarks.$inferSelect;
export type Unit = (typeof unitEnum.enumValues)[number];
export type Direction = (typeof directionEnum.enumValues)[number];
