import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import nb from "@/messages/nb.json";
import { importSources } from "./types";

// Every "import.…" key the parser can return (problems are written as `import.problems.${name}`), in both catalogs.
const code = readdirSync(__dirname)
  .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
  .map((f) => readFileSync(path.join(__dirname, f), "utf8"))
  .join("\n");
const literal = [...code.matchAll(/"(import\.(?:notes|items|problems)\.\w+)"/g)].map((m) => m[1]!);
const problems = [...code.matchAll(/problem\([^,]+, "(\w+)"/g)].map((m) => `import.problems.${m[1]}`);
const keys = [...new Set([...literal, ...problems, ...importSources.map((s) => `import.sources.${s}`)])].sort();

const lookup = (catalog: unknown, key: string) =>
  key.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], catalog);

describe("import message keys", () => {
  it("finds the keys it checks", () => expect(keys.length).toBeGreaterThan(30));
  it.each(keys)("%s is in bokmål and English", (key) => {
    expect(typeof lookup(nb, key), `nb ${key}`).toBe("string");
    expect(typeof lookup(en, key), `en ${key}`).toBe("string");
  });
});
