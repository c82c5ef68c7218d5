import { date, index, integer, jsonb, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import type { ColumnMapping } from "@/lib/domain/import/types";
import { importSources } from "@/lib/domain/import/types";
import { createdAt, id } from "./common";
import { organizations } from "./organizations";
import { users } from "./users";

/**
 * One committed file import: which file, which source (or preset), the period
 * it covered and what it did. Its values carry its id (kpi_snapshots.import_id)
 * so it can be listed and undone as a whole.
 */
export const imports = pgTable(
  "imports",
  {
    id: id(),
    orgId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    fileName: text().notNull(),
    source: text({ enum: importSources }).notNull(),
    presetId: uuid().references(() => importPresets.id, { onDelete: "set null" }),
    periodFrom: date({ mode: "string" }),
    periodTo: date({ mode: "string" }),
    rows: integer().notNull(),
    created: integer().notNull(),
    corrected: integer().notNull(),
    unchanged: integer().notNull(),
    createdBy: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    undoneAt: timestamp({ withTimezone: true }),
    undoneBy: uuid().references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [index().on(t.orgId, t.createdAt)],
);

/** A named column mapping for a spreadsheet no platform preset reads; per organization. */
export const importPresets = pgTable(
  "import_presets",
  {
    id: id(),
    orgId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    name: text().notNull(),
    mapping: jsonb().$type<ColumnMapping>().notNull(),
    /** The header row's cells, normalised: next month's file with the same header is recognised by it. */
    header: text().notNull(),
    createdBy: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique().on(t.orgId, t.name), index().on(t.orgId, t.header)],
);

export type Import = typeof imports.$inferSelect;
export type ImportPreset = typeof importPresets.$inferSelect;
