import { describe, expect, it } from "vitest";
import { chromiumPath, NO_CHROMIUM, packageInstall } from "./test-setup.mjs";

type Stat = (file: string) => { mtimeMs: number };
const files = (mtimes: Record<string, number>) => ({
  stat: ((file: string) => ({ mtimeMs: mtimes[file]! })) as Stat,
  exists: (file: string) => file in mtimes,
});
const install = (mtimes: Record<string, number>) => {
  const fs = files(mtimes);
  return packageInstall("/app", fs.stat, fs.exists);
};
const LOCK = "/app/package-lock.json";
const INSTALLED = "/app/node_modules/.package-lock.json";

describe("packageInstall", () => {
  it.each<[string, Record<string, number>, string[] | null]>([
    ["nothing installed yet", { [LOCK]: 5_000 }, ["ci", "--no-audit", "--no-fund"]],
    ["the lock file changed after the last install", { [LOCK]: 9_000, [INSTALLED]: 5_000 }, ["ci", "--no-audit", "--no-fund"]],
    ["installed after the lock file was written", { [LOCK]: 5_000, [INSTALLED]: 6_000 }, null],
    // A checkout writes both within a moment; a second's slack keeps that from reinstalling.
    ["installed less than a second before the lock file's time", { [LOCK]: 5_500, [INSTALLED]: 5_000 }, null],
  ])("%s → %j", (_name, mtimes, expected) => {
    expect(install(mtimes)).toEqual(expected);
  });

  it("never runs npm install, which may rewrite package-lock.json", () => {
    expect(install({ [LOCK]: 1 })?.[0]).toBe("ci");
  });
});

describe("chromiumPath", () => {
  it.each<[string, Record<string, string | undefined>, string[], string | undefined]>([
    ["Debian's chromium", {}, ["/usr/bin/chromium"], "/usr/bin/chromium"],
    ["CHROMIUM_PATH first", { CHROMIUM_PATH: "/opt/chrome/chrome" }, ["/opt/chrome/chrome", "/usr/bin/chromium"], "/opt/chrome/chrome"],
    [
      "a CHROMIUM_PATH that does not exist falls through",
      { CHROMIUM_PATH: "/nope" },
      ["/usr/bin/chromium-browser"],
      "/usr/bin/chromium-browser",
    ],
    ["none", { CHROMIUM_PATH: "" }, [], undefined],
  ])("%s", (_name, env, present, expected) => {
    expect(chromiumPath(env, (p) => present.includes(p))).toBe(expected);
  });

  it("names the one command that installs it", () => {
    expect(NO_CHROMIUM).toContain("apt-get install chromium");
    expect(NO_CHROMIUM).toContain("CHROMIUM_PATH");
  });
});
