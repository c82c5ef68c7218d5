// Types for scripts/vitest/side-effect-tests.mjs (read by vitest.config.mts), for its test.
export const SIDE_EFFECT_UNIT_TESTS: string[];
export const SIDE_EFFECT: RegExp;
