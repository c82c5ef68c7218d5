import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { openTestDatabase, TEST_AUTH_SECRET } from "./shared";

// A fresh PGlite folder per test file: files never see each other's rows,
// and nothing touches the developer's .data folder.
const dataDir = mkdtempSync(path.join(os.tmpdir(), "maalbar-int-"));
process.env.MAALBAR_DATA_DIR = dataDir;
delete process.env.DATABASE_URL;
process.env.AUTH_SECRET = TEST_AUTH_SECRET;

await openTestDatabase(() => rmSync(dataDir, { recursive: true, force: true }));
