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

/**
 * postgres.js with every parameterized query prepared. Drizzle asks for a
 * prepared statement only for queries given a name (`.prepare("…")`); any
 * other query then costs two round trips and two socket writes (Parse and
 * Describe first, to learn the parameters' types, then Bind and Execute), and
 * PostgreSQL parses and plans it again each time. Prepared, it is one round
 * trip, and each connection keeps the statement by its text. A query without
 * parameters is sent as it was (the simple protocol: migrations, several
 * statements). Transactions and savepoints hand their own client to drizzle,
 * so they are wrapped too.
 */
function preparing(client: postgres.Sql): postgres.Sql {
  return new Proxy(client, {
    get(target, prop, receiver) {
      if (prop === "unsafe")
        return (query: string, args?: postgres.ParameterOrJSON<never>[], options?: postgres.UnsafeQueryOptions) =>
          target.unsafe(query, args, { ...options, prepare: true });
      if (prop === "begin" || prop === "savepoint")
        return (...args: unknown[]) => {
          const fn = args.pop() as (tx: postgres.Sql) => unknown;
          return (Reflect.get(target, prop) as (...a: unknown[]) => unknown)(...args, (tx: postgres.Sql) => fn(preparing(tx)));
        };
      return Reflect.get(target, prop, receiver) as unknown;
    },
  });
}

function open(): Holder {
  const url = env().DATABASE_URL;
  if (url) {
    const client = preparing(postgres(url, { max: env().DATABASE_POOL_SIZE, onnotice: () => {} }));
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

/**
 * A value built once per database handle and kept with it, such as a prepared
 * query (which belongs to the handle it was prepared on): tests and
 * closeDb() open new handles, and each gets its own.
 */
export function perDatabase<T>(build: (db: Db) => T): () => T {
  const built = new WeakMap<Db, T>();
  return () => {
    const db = getDb();
    const value = built.get(db) ?? build(db);
    built.set(db, value);
    return value;
  };
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
