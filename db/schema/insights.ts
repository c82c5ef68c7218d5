import { bigint, jsonb, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";
import { goals } from "./goals";
import { organizations } from "./organizations";

/**
 * How often each series of an organization has changed: bumped by statement
 * triggers on kpi_snapshots (and on one_off_costs, under the nil metric id)
 * in the writing transaction itself (migration 0016), so no write path has to
 * remember it. No foreign key on channel or metric: a row outlives nothing but
 * its organization.
 */
export const seriesVersions = pgTable(
  "series_versions",
  {
    orgId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    channelId: uuid().notNull(),
    metricId: uuid().notNull(),
    version: bigint({ mode: "number" }).notNull().default(1),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.channelId, t.metricId] })],
);

/**
 * Each goal's last computed insight (lib/data/goals/goal-insights.ts) and the
 * fingerprint of every input it was computed from; a read whose inputs give
 * the same fingerprint uses it instead of computing again.
 */
export const goalInsightCache = pgTable(
  "goal_insight_cache",
  {
    orgId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    goalId: uuid()
      .notNull()
      .references(() => goals.id, { onDelete: "cascade" }),
    fingerprint: text().notNull(),
    insight: jsonb().notNull(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.goalId] })],
);

/**
 * The organization's last computed channel economics (lib/data/money/economics.ts)
 * and the fingerprint of its inputs: the day, the money channels as read, every
 * series version of the organization and the budgets in the window. One row
 * per organization.
 */
export const economicsCache = pgTable("economics_cache", {
  orgId: uuid()
    .primaryKey()
    .references(() => organizations.id, { onDelete: "cascade" }),
  fingerprint: text().notNull(),
  economics: jsonb().notNull(),
});
