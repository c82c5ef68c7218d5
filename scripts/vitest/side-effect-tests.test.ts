import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SIDE_EFFECT, SIDE_EFFECT_UNIT_TESTS } from "./side-effect-tests.mjs";

const root = path.resolve(__dirname, "..", "..");
const skip = new Set(["node_modules", ".next", ".git", "e2e", ".data", "test-results"]);

function unitTestFiles(dir = root): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (skip.has(entry.name)) return [];
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return unitTestFiles(full);
    return /\.test\.tsx?$/.test(entry.name) && !entry.name.endsWith(".int.test.ts") ? [path.relative(root, full)] : [];
  });
}

describe("unit test files with side effects", () => {
  it("are exactly the ones that run isolated", () => {
    const found = unitTestFiles()
      .filter((file) => file !== "scripts/vitest/side-effect-tests.test.ts")
      .filter((file) => SIDE_EFFECT.test(readFileSync(path.join(root, file), "utf8")))
      .sort();
    expect(found).toEqual([...SIDE_EFFECT_UNIT_TESTS].sort());
  });

  it("recognizes what it looks for", () => {
    expect(SIDE_EFFECT.test('vi.mock("@/lib/data/accounts", () => ({}));')).toBe(true);
    expect(SIDE_EFFECT.test('vi.stubEnv("LOG_LEVEL", "silent");')).toBe(true);
    expect(SIDE_EFFECT.test("process.env = { ...saved };")).toBe(true);
    expect(SIDE_EFFECT.test('process.env.AUTH_SECRET = "x";')).toBe(true);
    expect(SIDE_EFFECT.test('expect(process.env.AUTH_SECRET === "x").toBe(true);')).toBe(false);
    expect(SIDE_EFFECT.test("const fn = vi.fn();")).toBe(false);
  });
});
