import path from "node:path";
import { fileURLToPath } from "node:url";
import { SIDE_EFFECT_UNIT_TESTS } from "./scripts/vitest/side-effect-tests.mjs";
import { defineConfig, type TestProjectInlineConfiguration } from "vitest/config";

const root = path.dirname(fileURLToPath(import.meta.url));
const notOurs = ["**/node_modules/**", "**/.next/**", "e2e/**", "**/.data/**"];

// Integration tests run once per database the machine offers: PGlite always,
// PostgreSQL too when DATABASE_URL (the server's admin URL) is set.
const projects: TestProjectInlineConfiguration[] = [
  {
    extends: true,
    test: {
      name: "unit",
      include: ["**/*.test.{ts,tsx}"],
      exclude: [...notOurs, "**/*.int.test.ts", ...SIDE_EFFECT_UNIT_TESTS],
      // Unit tests touch no database and no environment, so a worker's files
      // share its module graph: the app's modules are imported once per
      // worker instead of once per file, which halved the project's time.
      isolate: false,
    },
  },
  {
    extends: true,
    // The few unit files that mock modules or stub the environment start fresh.
    test: { name: "unit-isolated", include: SIDE_EFFECT_UNIT_TESTS },
  },
  {
    extends: true,
    test: {
      name: "int-pglite",
      include: ["**/*.int.test.ts"],
      exclude: notOurs,
      globalSetup: ["scripts/vitest/pglite-global.ts"],
      setupFiles: ["scripts/vitest/pglite-setup.ts"],
    },
  },
];
if (process.env.DATABASE_URL) {
  projects.push({
    extends: true,
    test: {
      name: "int-postgres",
      include: ["**/*.int.test.ts"],
      exclude: notOurs,
      globalSetup: ["scripts/vitest/postgres-global.ts"],
      setupFiles: ["scripts/vitest/postgres-setup.ts"],
    },
  });
}

export default defineConfig({
  resolve: { alias: { "@": root } },
  test: {
    environment: "node",
    // Each test file gets a fresh worker, so db/client's globalThis cache
    // and lib/env's parsed env never cross from one file to the next.
    pool: "forks",
    isolate: true,
    // 2 cores: argon2 and PGlite are CPU-bound, more workers only thrash.
    maxWorkers: 2,
    testTimeout: 30_000,
    // next-auth imports "next/server" without an extension; let Vite resolve it.
    server: { deps: { inline: ["next-auth"] } },
    hookTimeout: 60_000,
    // next.config.mjs enables experimental.authInterrupts; Next passes it to forbidden() through this variable.
    env: { __NEXT_EXPERIMENTAL_AUTH_INTERRUPTS: "true" },
    projects,
  },
});
