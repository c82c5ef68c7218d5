import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { slugify, uniqueSlug } from "./slug";

/** The app's own top-level pages: app/<name> and app/(group)/<name> folders (not [org]). */
function topLevelPages(): string[] {
  const app = path.resolve(__dirname, "..", "..", "app");
  const folders = (dir: string) =>
    readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
  return folders(app).flatMap((name) => (name.startsWith("(") ? folders(path.join(app, name)) : name.startsWith("[") ? [] : [name]));
}

describe("slugify", () => {
  it.each([
    ["Bakeriet i Oslo", "bakeriet-i-oslo"],
    ["Bilverkstedet i Bergen AS", "bilverkstedet-i-bergen-as"],
    ["Frisør Åse & Søn", "frisor-ase-son"],
    ["Kafé Trondheim", "kafe-trondheim"],
    ["  !!!  ", "org"],
    ["Login", "login-org"],
    ["Privacy", "privacy-org"],
    ["API", "api-org"],
  ])("%s → %s", (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });

  it("never gives an organization the address of one of the app's own pages", () => {
    const pages = topLevelPages();
    expect(pages).toEqual(expect.arrayContaining(["api", "login", "forgot-password", "reset-password", "verify-email", "privacy"]));
    for (const page of pages) expect(slugify(page), page).not.toBe(page);
  });

  it("keeps slugs short and without a trailing dash", () => {
    const slug = slugify("a".repeat(39) + " bcd");
    expect(slug.length).toBeLessThanOrEqual(40);
    expect(slug.endsWith("-")).toBe(false);
  });
});

describe("uniqueSlug", () => {
  it("appends the first free number", () => {
    expect(uniqueSlug("bakeriet", new Set())).toBe("bakeriet");
    expect(uniqueSlug("bakeriet", new Set(["bakeriet", "bakeriet-2"]))).toBe("bakeriet-3");
  });
});
