import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

// Debian's Chromium, not Playwright's own download: this machine reaches no
// browser CDN, only the npm registry and Debian's packages.
function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];
  const found = candidates.find((p): p is string => Boolean(p) && existsSync(p!));
  if (!found) {
    throw new Error(
      "No Chromium found for the e2e tests. Install it with `apt-get install chromium` (as root), or set CHROMIUM_PATH to a Chromium or Chrome binary.",
    );
  }
  return found;
}

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;
const ci = Boolean(process.env.CI);

export default defineConfig({
  testDir: "e2e",
  // Not "test-results": Playwright empties its outputDir, and vitest.json lives there.
  outputDir: "test-results/e2e-artifacts",
  fullyParallel: false,
  // Whole journeys (sign-up, invite, join) on a 2-core machine with argon2 hashing.
  timeout: 90_000,
  expect: { timeout: 10_000 },
  forbidOnly: ci,
  retries: 0, // a flaky test is reported as failed, not retried into green
  // Two browsers at a time against one production Next server: on 2 cores the
  // tests mostly wait (for a render, an argon2 hash, an animation), so a second
  // worker fills that time; CI's e2e step took 16 min with one worker. Every
  // test signs up its own organization, so workers share nothing but the server.
  // E2E_WORKERS=1 runs them one by one (e.g. to rule out load as a cause).
  workers: process.env.E2E_WORKERS ? Number(process.env.E2E_WORKERS) : 2,
  reporter: [["list"], ["json", { outputFile: "test-results/e2e.json" }]],
  use: {
    baseURL,
    // A trace records DOM snapshots and screenshots at every step of every
    // test, kept or not: sign-up flows ran ~40 % slower with it. CI keeps the
    // failure's screenshot and error-context.md; locally the trace is kept too.
    trace: ci ? "off" : "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: chromiumPath(),
      // Without the networking flags Chromium stalls on this offline machine.
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    // Builds if needed, then serves against a fresh database it drops afterwards.
    command: "node scripts/e2e-server.mjs",
    url: `${baseURL}/api/health`,
    env: { E2E_PORT: String(port) },
    reuseExistingServer: !ci,
    // `npm test` builds first; a bare `npm run test:e2e` may have to build here.
    timeout: existsSync(".next/BUILD_ID") ? 180_000 : 600_000,
    stdout: "pipe",
    stderr: "pipe",
    // SIGTERM, not the default SIGKILL, so the script can drop its database.
    gracefulShutdown: { signal: "SIGTERM", timeout: 20_000 },
  },
});
