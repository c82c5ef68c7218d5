import { cpSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { inject } from "vitest";
import { openTestDatabase, TEST_AUTH_SECRET } from "./shared";

// A fresh PGlite folder per test file, copied from the run's migrated one
// (pglite-global.ts): files never see each other's rows, and nothing touches
// the developer's .data folder.
const dataDir = mkdtempSync(path.join(os.tmpdir(), "maalbar-int-"));
cpSync(inject("pgliteTemplate"), dataDir, { recursive: true });
process.env.MAALBAR_DATA_DIR = dataDir;
delete process.env.DATABASE_URL;
process.env.AUTH_SECRET = TEST_AUTH_SECRET;

await openTestDatabase(() => rmSync(dataDir, { recursive: true, force: true }));
