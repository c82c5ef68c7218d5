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
  process.env.MAALBAR_DATA_DIR = template;
  delete process.env.DATABASE_URL;
  process.env.AUTH_SECRET = TEST_AUTH_SECRET;
  const { closeDb } = await import("@/db/client");
  const { migrateDatabase } = await import("@/db/migrate");
  await migrateDatabase();
  await closeDb();
  project.provide("pgliteTemplate", template);
  return () => rmSync(template, { recursive: true, force: true });
}
