import path from "node:path";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import postgres from "postgres";
import { env } from "@/lib/env";
import { databaseKind, getDb } from "./client";
import { seedCatalog } from "./seed-catalog";

const migrationsFolder = path.join(process.cwd(), "db", "migrations");
// Any constant works; it only has to be the same for every instance.
const MIGRATION_LOCK = 4_242_001;

const g = globalThis as unknown as { __maalbarMigrated?: Promise<void> };

async function run(): Promise<void> {
  if (databaseKind() === "postgres") {
    // A single dedicated connection holds an advisory lock, so several
    // instances starting at once apply the migrations exactly once.
    const client = postgres(env().DATABASE_URL!, { max: 1, onnotice: () => {} });
    try {
      await client`select pg_advisory_lock(${MIGRATION_LOCK})`;
      await migratePostgres(drizzlePostgres(client), { migrationsFolder });
      await seedCatalog(getDb());
      await client`select pg_advisory_unlock(${MIGRATION_LOCK})`;
    } finally {
      await client.end({ timeout: 5 });
    }
    return;
  }
  await migratePglite(getDb() as unknown as PgliteDatabase, { migrationsFolder });
  await seedCatalog(getDb());
}

/** Applies pending migrations and the channel catalogue; once per process. */
export function migrateDatabase(): Promise<void> {
  g.__maalbarMigrated ??= run().catch((error: unknown) => {
    g.__maalbarMigrated = undefined;
    throw error;
  });
  return g.__maalbarMigrated;
}
