import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The versions actually installed, not the ranges package.json asks for.
const installed = (name: string) =>
  (JSON.parse(readFileSync(path.join(process.cwd(), "node_modules", name, "package.json"), "utf8")) as { version: string }).version;

/** Semver order, pre-releases included: 5.0.0-beta.32 < 5.0.0-beta.100 < 5.0.0. */
function compare(a: string, b: string): number {
  const parse = (v: string) => {
    const [core, pre] = v.split("-", 2) as [string, string | undefined];
    return { core: core.split(".").map(Number), pre: pre?.split(".") ?? [] };
  };
  const x = parse(a);
  const y = parse(b);
  for (let i = 0; i < 3; i++) if (x.core[i] !== y.core[i]) return (x.core[i] ?? 0) - (y.core[i] ?? 0);
  if (!x.pre.length || !y.pre.length) return y.pre.length - x.pre.length;
  for (let i = 0; i < Math.max(x.pre.length, y.pre.length); i++) {
    const [p, q] = [x.pre[i], y.pre[i]];
    if (p === q) continue;
    if (p === undefined) return -1;
    if (q === undefined) return 1;
    const numeric = /^\d+$/.test(p) && /^\d+$/.test(q);
    return numeric ? Number(p) - Number(q) : p < q ? -1 : 1;
  }
  return 0;
}

describe("security-relevant dependencies", () => {
  it("compares versions as semver does", () => {
    expect(compare("16.2.11", "16.2.9")).toBeGreaterThan(0);
    expect(compare("16.10.0", "16.2.11")).toBeGreaterThan(0);
    expect(compare("5.0.0-beta.32", "5.0.0-beta.4")).toBeGreaterThan(0);
    expect(compare("5.0.0-beta.31", "5.0.0-beta.32")).toBeLessThan(0);
    expect(compare("5.0.0", "5.0.0-beta.32")).toBeGreaterThan(0);
    expect(compare("5.0.0-beta.32", "5.0.0-beta.32")).toBe(0);
  });

  it.each([
    // The minimums the security review (issue 7) set for the framework and the session library.
    ["next", "16.2.11"],
    ["next-auth", "5.0.0-beta.32"],
  ])("%s is at least %s", (name, minimum) => {
    expect(compare(installed(name), minimum), `${name} ${installed(name)}`).toBeGreaterThanOrEqual(0);
  });
});
