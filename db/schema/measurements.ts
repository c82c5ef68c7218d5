import { bigint, bigserial, date, index, numeric, pgEnum, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { COVERS } from "../../lib/domain/series";
import { channels, metrics } from "./catalog";
import { SNAPSHOT_SOURCES } from "../../lib/domain/measurements";
import { createdAt, id } from "./common";
import { imports } from "./imports";
import { organizations } from "./organizations";
import { users } from "./users";

export const snapshotSourceEnum = pgEnum("snapshot_source", SNAPSHOT_SOURCES);

/**
 * One value of one metric of one channel of one organization on one date.
 * Recording the same date again is a correction: the row is updated and the
 * earlier value kept in kpi_snapshot_history.
 */
export const kpiSnapshots = pgTable(
  "kpi_snapshots",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    orgId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    channelId: uuid()
      .notNull()
      .references(() => channels.id),
    metricId: uuid()
      .notNull()
      .references(() => metrics.id),
    date: date({ mode: "string" }).notNull(),
    value: numeric({ mode: "number" }).notNull(),
    /** The period the value covers, starting on `date`: a day, a week (Monday) or a month (the 1st). */
    covers: text({ enum: COVERS }).notNull().default("day"),
    source: snapshotSourceEnum().notNull().default("manual"),
    note: text(),
    recordedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    recordedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** The file import that wrote this value (null: typed, the grid or the API). */
    importId: uuid().references(() => imports.id, { onDelete: "set null" }),
    /** From where exactly, as it was named then: the CSV file's name, the API token's name (null: typed or the grid). */
    sourceDetail: text(),
  },
  // The unique index is also the series index: org → channel → metric → date.
  // (org, date) answers "the organization's last measurement" without reading its whole history.
  (t) => [unique().on(t.orgId, t.channelId, t.metricId, t.date), index().on(t.orgId, t.date), index().on(t.orgId, t.importId)],
);

/** What happened to an earlier value: replaced by a correction, or deleted. */
export const SNAPSHOT_CHANGES = ["corrected", "deleted"] as const;

/**
 * Every earlier value of a series' date: the value a correction replaced, or
 * the value deleted. It names its series and date itself, so the history of a
 * deleted value outlives its kpi_snapshots row (snapshot_id then becomes null).
 */
export const kpiSnapshotHistory = pgTable(
  "kpi_snapshot_history",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    orgId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    snapshotId: bigint({ mode: "number" }).references(() => kpiSnapshots.id, { onDelete: "set null" }),
    channelId: uuid().references(() => channels.id, { onDelete: "cascade" }),
    metricId: uuid().references(() => metrics.id, { onDelete: "cascade" }),
    date: date({ mode: "string" }),
    change: text({ enum: SNAPSHOT_CHANGES }).notNull().default("corrected"),
    value: numeric({ mode: "number" }).notNull(),
    source: snapshotSourceEnum().notNull(),
    sourceDetail: text(),
    note: text(),
    recordedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    recordedAt: timestamp({ withTimezone: true }).notNull(),
    /** The import that had written this earlier value (undoing a later import restores it). */
    importId: uuid().references(() => imports.id, { onDelete: "set null" }),
    replacedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    replacedAt: createdAt(),
  },
  (t) => [index().on(t.orgId, t.snapshotId), index().on(t.orgId, t.channelId, t.metricId, t.date)],
);

/** Bearer tokens for the ingestion API; only a hash is stored. */
export const apiTokens = pgTable(
  "api_tokens",
  {
    id: id(),
    orgId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    name: text().notNull(),
    tokenHash: text().notNull().unique(),
    /** The first characters of the token, to recognise it in the list. */
    prefix: text().notNull(),
    createdBy: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    lastUsedAt: timestamp({ withTimezone: true }),
    revokedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index().on(t.orgId, t.createdAt)],
);

export type KpiSnapshot = typeof kpiSnapshots.$inferSelect;
export type NewKpiSnapshot = typeof kpiSnapshots.$inferInsert;
export type ApiToken = typeof apiTokens.$inferSelect;
export type SnapshotSource = (typeof snapshotSourceEnum.enumValues)[number];
