import { afterAll } from "vitest";

/** Fixed so a failing test is reproducible; 40 characters, above the 32 lib/env asks for. */
export const TEST_AUTH_SECRET = "maalbar-test-secret-0123456789abcdefghij";

type DbGlobals = { __maalbarDb?: unknown; __maalbarMigrated?: unknown };
const g = globalThis as DbGlobals;

/**
 * Opens this file's database (the env must be set already) and migrates it.
 * Throws if an instance is already cached: that would mean db/client's
 * globalThis cache leaked in from another test file.
 */
export async function openTestDatabase(cleanup?: () => void): Promise<void> {
  if (g.__maalbarDb || g.__maalbarMigrated) {
    throw new Error("A database instance leaked into this test file; test files must be isolated.");
  }
  // Imported only now, after the env is set, so nothing can read it earlier.
  const { closeDb } = await import("@/db/client");
  const { migrateDatabase } = await import("@/db/migrate");
  afterAll(async () => {
    await closeDb();
    delete g.__maalbarDb;
    delete g.__maalbarMigrated;
    cleanup?.();
  });
  await migrateDatabase();
}
