import { describe, expect, it } from "vitest";
import { type CpuProfile, partOf, summarize } from "./cpu-profile";

describe("partOf", () => {
  it.each([
    ["", "(garbage collector)", "(garbage collector)"],
    ["", "(program)", "(program)"],
    ["node:internal/streams/readable", "read", "node"],
    ["file:///app/node_modules/postgres/src/connection.js", "parse", "postgres"],
    ["file:///app/node_modules/@node-rs/argon2/index.js", "hash", "@node-rs/argon2"],
    [
      "file:///app/node_modules/next/dist/compiled/next-server/app-page-turbo.runtime.prod.js",
      "renderNode",
      "next: app-page-turbo.runtime.prod.js",
    ],
    ["file:///app/.next/server/chunks/ssr/abc.js", "Page", "app bundle (.next/server)"],
    ["file:///somewhere/else.js", "f", "other"],
  ])("%s %s → %s", (url, fn, part) => expect(partOf(url, fn)).toBe(part));

  it.each([
    ["turbopack:///[project]/lib/domain/trend.ts", "app: lib/domain/trend.ts"],
    ["turbopack:///[project]/node_modules/drizzle-orm/pg-core/dialect.js", "drizzle-orm"],
    ["turbopack:///[project]/node_modules/@auth/core/jwt.js", "@auth/core"],
    ["../../../../lib/domain/series.ts", "app: lib/domain/series.ts"],
    ["file:///app/node_modules/%40auth/core/lib/index.js", "@auth/core"],
  ])("a bundled function from %s is %s", (source, part) =>
    expect(partOf("file:///app/.next/server/chunks/ssr/x.js", "f", source)).toBe(part),
  );
});

describe("summarize", () => {
  it("sums self time per part and function and leaves idle time out of the shares", () => {
    const profile: CpuProfile = {
      startTime: 0,
      nodes: [
        { id: 1, callFrame: { functionName: "(root)", url: "" } },
        { id: 2, callFrame: { functionName: "(idle)", url: "" } },
        {
          id: 3,
          callFrame: { functionName: "renderNode", url: "file:///a/node_modules/next/dist/compiled/next-server/x.js", lineNumber: 9 },
        },
        { id: 4, callFrame: { functionName: "(garbage collector)", url: "" } },
      ],
      // 3000 µs idle, 3000 µs rendering (two samples), 1000 µs GC: rendering is 75 % of the busy 4 ms.
      samples: [2, 3, 3, 4],
      timeDeltas: [3000, 1000, 2000, 1000],
    };
    const text = summarize(profile, "p.cpuprofile");
    expect(text).toContain("p.cpuprofile: 4 ms busy");
    expect(text).toContain("75.0 %  next: x.js");
    expect(text).toContain("25.0 %  (garbage collector)");
    expect(text).toContain("75.0 %  renderNode x.js:10");
    expect(text).not.toContain("idle");
  });

  it("keeps only the samples inside the window", () => {
    const profile: CpuProfile = {
      startTime: 1_000,
      nodes: [
        { id: 1, callFrame: { functionName: "load", url: "node:internal/modules/cjs/loader" } },
        { id: 2, callFrame: { functionName: "render", url: "file:///a/.next/server/chunks/ssr/p.js" } },
      ],
      // Samples at 2 000 and 3 000 µs (start-up), then 5 000 and 6 000 µs (the measured requests).
      samples: [1, 1, 2, 2],
      timeDeltas: [1000, 1000, 2000, 1000],
    };
    const text = summarize(profile, "p", { window: { from: 4_000, to: 7_000 } });
    expect(text).toContain("p: 3 ms busy");
    expect(text).toContain("100.0 %  app bundle (.next/server)");
    expect(text).not.toContain("node");
  });
});
