import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { TEST_AUTH_SECRET } from "./shared";

/**
 * Migrates one PGlite folder for the whole int-pglite run; each test file
 * starts from a copy of it (pglite-setup.ts). Creating and migrating a
 * PGlite database per file was most of each file's setup time.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  const template = mkdtempSync(path.join(os.tmpdir(), "maalbar-int-template-"));
  // This runs in vitest's own process: the environment is put back afterwards, or int-postgres
  // (whose setup reads DATABASE_URL here too) and every test worker would inherit PGlite's.
  const saved = {
    DATABASE_URL: process.env.DATABASE_URL,
    MAALBAR_DATA_DIR: process.env.MAALBAR_DATA_DIR,
    AUTH_SECRET: process.env.AUTH_SECRET,
  };
  process.env.MAALBAR_DATA_DIR = template;
  delete process.env.DATABASE_URL;
  process.env.AUTH_SECRET = TEST_AUTH_SECRET;
  try {
    const { closeDb } = await import("@/db/client");
    const { migrateDatabase } = await import("@/db/migrate");
    await migrateDatabase();
    await closeDb();
  } finally {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
  project.provide("pgliteTemplate", template);
  return () => rmSync(template, { recursive: true, force: true });
}
