import { SourceMapGenerator } from "source-map-js";
import { describe, expect, it } from "vitest";
import { chunkSources, explainRoute, partOf, plainSource } from "./js-why.mjs";

describe("partOf", () => {
  it.each([
    ["turbopack:///[turbopack]/shared/runtime/runtime-utils.ts", "framework"],
    ["turbopack:///[project]/node_modules/next/src/client/components/app-router.tsx", "framework"],
    ["turbopack:///[project]/node_modules/next/dist/compiled/react-dom/cjs/react-dom-client.production.js", "framework"],
    ["turbopack:///[project]/node_modules/@swc/helpers/cjs/_interop_require_default.cjs", "framework"],
    ["turbopack:///[project]/node_modules/use-intl/dist/esm/production/react.js", "translations"],
    ["turbopack:///[project]/node_modules/@formatjs/fast-memoize/index.js", "translations"],
    ["turbopack:///[project]/node_modules/clsx/dist/clsx.mjs", "packages"],
    ["turbopack:///[project]/components/goals/goal-form.tsx", "maalbar"],
    ["turbopack:///[project]/app/[org]/team/invite-form.tsx", "maalbar"],
  ])("%s is %s", (source, part) => expect(partOf(source)).toBe(part));

  it("names a source by its path in the project", () => {
    expect(plainSource("turbopack:///[project]/components/goals/goal-form.tsx")).toBe("components/goals/goal-form.tsx");
    expect(plainSource("webpack://_N_E/./lib/format.ts")).toBe("lib/format.ts");
  });
});

describe("chunkSources", () => {
  it("spreads the gzipped bytes over the sources by the characters each produced", () => {
    // One line of 11 characters: 0–4 from a.ts, 5–10 from b.ts; 110 bytes is 10 a character.
    const map = new SourceMapGenerator({ file: "chunk.js" });
    map.addMapping({ generated: { line: 1, column: 0 }, original: { line: 1, column: 0 }, source: "a.ts" });
    map.addMapping({ generated: { line: 1, column: 5 }, original: { line: 1, column: 0 }, source: "b.ts" });
    const bytes = chunkSources("aaaa;bbbbbb", map.toJSON(), 110);
    expect(Object.fromEntries(bytes)).toEqual({ "a.ts": 50, "b.ts": 60 });
  });

  it("carries a source to the end of its line, and starts the next line anew", () => {
    const map = new SourceMapGenerator({ file: "chunk.js" });
    map.addMapping({ generated: { line: 1, column: 2 }, original: { line: 1, column: 0 }, source: "a.ts" });
    map.addMapping({ generated: { line: 2, column: 0 }, original: { line: 1, column: 0 }, source: "b.ts" });
    // "xxaaa" then "\n" then "bb": a.ts has 3 characters, b.ts 2, of 8; 80 bytes is 10 a character.
    const bytes = chunkSources("xxaaa\nbb", map.toJSON(), 80);
    expect(Object.fromEntries(bytes)).toEqual({ "a.ts": 30, "b.ts": 20 });
  });
});

describe("explainRoute", () => {
  const p = (path: string) => `turbopack:///[project]/${path}`;
  it("splits a route into the framework, next-intl, packages, the shell every organization page has, and its own code", () => {
    const route = new Map([
      [p("node_modules/next/dist/client/app-index.js"), 100],
      ["turbopack:///[turbopack]/shared/runtime/runtime-utils.ts", 10],
      [p("node_modules/use-intl/dist/esm/production/react.js"), 30],
      [p("node_modules/clsx/dist/clsx.mjs"), 5],
      [p("components/shell/nav-links.tsx"), 20],
      [p("components/goals/goal-form.tsx"), 40],
      [p("lib/format.ts"), 15],
    ]);
    const otherOrgPage = new Map([
      [p("components/shell/nav-links.tsx"), 20],
      [p("node_modules/next/dist/client/app-index.js"), 100],
    ]);
    const { parts, own, shell } = explainRoute(route, [route, otherOrgPage]);
    expect(parts).toEqual({ framework: 110, translations: 30, packages: 5, shell: 20, own: 55 });
    expect(own).toEqual([
      ["components/goals/goal-form.tsx", 40],
      ["lib/format.ts", 15],
    ]);
    expect(shell).toEqual(["components/shell/nav-links.tsx"]);
  });
});
