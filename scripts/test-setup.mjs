// What `npm test` (scripts/test.mjs) sets up before it tests, as plain
// decisions over the file system so they can be tested on their own.
import { existsSync, statSync } from "node:fs";
import path from "node:path";

/**
 * The npm command that brings node_modules to exactly the locked versions, or
 * null when it already matches. Always `npm ci`: it installs what
 * package-lock.json says and fails when package.json disagrees, where
 * `npm install` would rewrite the lock file. npm writes
 * node_modules/.package-lock.json when it installs, so one older than the lock
 * file means the lock file changed since (a pull, a branch switch).
 */
export function packageInstall(root, stat = statSync, exists = existsSync) {
  const lock = path.join(root, "package-lock.json");
  const installed = path.join(root, "node_modules", ".package-lock.json");
  const fresh = exists(installed) && stat(installed).mtimeMs + 1000 >= stat(lock).mtimeMs;
  return fresh ? null : ["ci", "--no-audit", "--no-fund"];
}

/** The same candidates as playwright.config.ts, in the same order. */
export function chromiumPath(env = process.env, exists = existsSync) {
  return [env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].find(
    (p) => Boolean(p) && exists(p),
  );
}

/** Printed, and kept as the e2e step's note, when the browser tests cannot run. */
export const NO_CHROMIUM =
  "No Chromium for the browser tests: install it with `apt-get install chromium` (as root; .ci/run does this), " +
  "or set CHROMIUM_PATH to a Chromium or Chrome binary. TEST_SKIP_E2E=1 skips them.";
