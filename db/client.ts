import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { ExtractTablesWithRelations } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { dataDir, env } from "@/lib/env";
import { queryLogger as logger } from "./query-counter";
import * as schema from "./schema";

type Schema = typeof schema;
/** The one database type the rest of the code sees, whichever driver runs. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Anything that can run a query: the database or an open transaction. */
export type Queryable = Db | Tx;

type Holder = { db: Db; close: () => Promise<void>; kind: "pglite" | "postgres" };

// One instance per process, kept on globalThis so Next's separate bundles
// (and hot reloads) share it; PGlite allows one opener of its folder.
const g = globalThis as unknown as { __maalbarDb?: Holder };

function open(): Holder {
  const url = env().DATABASE_URL;
  if (url) {
    const client = postgres(url, { max: env().DATABASE_POOL_SIZE, onnotice: () => {} });
    return {
      db: drizzlePostgres(client, { schema, casing: "snake_case", logger }),
      close: () => client.end({ timeout: 5 }),
      kind: "postgres",
    };
  }
  const dir = path.join(dataDir(), "pglite");
  mkdirSync(path.dirname(dir), { recursive: true });
  const client = new PGlite(dir);
  return {
    db: drizzlePglite(client, { schema, casing: "snake_case", logger }),
    close: () => client.close(),
    kind: "pglite",
  };
}

/**
 * The rows of a raw `db.execute(sql…)` result: postgres.js answers with the
 * rows themselves, PGlite with an object holding them. The one place that
 * knows; the rest of the code never looks at the shape.
 */
export function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as T[];
}

export function getDb(): Db {
  g.__maalbarDb ??= open();
  return g.__maalbarDb.db;
}

export function databaseKind(): "pglite" | "postgres" {
  g.__maalbarDb ??= open();
  return g.__maalbarDb.kind;
}

export async function closeDb(): Promise<void> {
  const holder = g.__maalbarDb;
  g.__maalbarDb = undefined;
  if (holder) await holder.close();
}
