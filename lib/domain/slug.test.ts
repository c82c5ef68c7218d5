import { describe, expect, it } from "vitest";
import { slugify, uniqueSlug } from "./slug";

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
