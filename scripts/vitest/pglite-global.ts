import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { migrateOnce, TEST_AUTH_SECRET } from "./shared";

/**
 * Migrates one PGlite folder for the whole int-pglite run; each test file
 * starts from a copy of it (pglite-setup.ts). Creating and migrating a
 * PGlite database per file was most of each file's setup time.
 */
export default function setup(project: TestProject): () => void {
  const template = mkdtempSync(path.join(os.tmpdir(), "maalbar-int-template-"));
  migrateOnce({ MAALBAR_DATA_DIR: template, DATABASE_URL: undefined, AUTH_SECRET: TEST_AUTH_SECRET });
  project.provide("pgliteTemplate", template);
  return () => rmSync(template, { recursive: true, force: true });
}
