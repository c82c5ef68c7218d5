import { spawnSync } from "node:child_process";
import path from "node:path";
import { afterAll } from "vitest";

/** Fixed so a failing test is reproducible; 40 characters, above the 32 lib/env asks for. */
export const TEST_AUTH_SECRET = "maalbar-test-secret-0123456789abcdefghij";

type DbGlobals = { __maalbarDb?: unknown; __maalbarMigrated?: unknown };
const g = globalThis as DbGlobals;

/**
 * Opens this file's database (the env must be set already). The run's global
 * setup has migrated it and seeded the catalogue once, so each file only marks
 * that as done (migrating again in every file was most of its set-up time).
 * Throws if an instance is already cached: that would mean db/client's
 * globalThis cache leaked in from another test file.
 */
export async function openTestDatabase(cleanup?: () => void): Promise<void> {
  if (g.__maalbarDb || g.__maalbarMigrated) {
    throw new Error("A database instance leaked into this test file; test files must be isolated.");
  }
  // Imported only now, after the env is set, so nothing can read it earlier.
  const { closeDb } = await import("@/db/client");
  afterAll(async () => {
    await closeDb();
    delete g.__maalbarDb;
    delete g.__maalbarMigrated;
    cleanup?.();
  });
  g.__maalbarMigrated = Promise.resolve();
}

/**
 * Migrates the database `env` points at and seeds the catalogue, once per run,
 * from a global setup. It runs in a child process: lib/env caches what it
 * parsed, and both projects' global setups share vitest's own process.
 */
export function migrateOnce(env: Record<string, string | undefined>): void {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? "warn" };
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined) delete childEnv[name];
    else childEnv[name] = value;
  }
  const root = path.resolve(__dirname, "..", "..");
  const { status, stderr } = spawnSync(path.join(root, "node_modules", ".bin", "tsx"), ["scripts/migrate.ts"], {
    cwd: root,
    env: childEnv,
    encoding: "utf8",
  });
  if (status !== 0) throw new Error(`Migrating the test database failed:\n${stderr}`);
}
