/**
 * Unit test files that mock modules or change the environment. The unit
 * project shares one module graph per worker (isolate: false), so these run
 * in a project of their own where every file starts fresh; a mock or a
 * stubbed variable cannot leak into the next file.
 * side-effect-tests.test.ts fails when a unit test that does so is missing here.
 */
export const SIDE_EFFECT_UNIT_TESTS = [
  "app/api/health/route.test.ts",
  "lib/auth/config.test.ts",
  "lib/auth/credentials.test.ts",
  "lib/env.test.ts",
];

/** What makes a test file change its worker for the files after it. */
export const SIDE_EFFECT = /\bvi\.(mock|doMock|stubEnv|stubGlobal|resetModules|useFakeTimers)\(|process\.env(\.\w+)?\s*=[^=]/;
