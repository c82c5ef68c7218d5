import { describe, expect, it } from "vitest";
import { isLocale, localeFromAcceptLanguage } from "./locales";

describe("localeFromAcceptLanguage", () => {
  it.each([
    [null, "nb"],
    ["", "nb"],
    ["en-US,en;q=0.9", "en"],
    ["nb-NO,nb;q=0.9,en;q=0.8", "nb"],
    ["no", "nb"],
    ["nn-NO", "nb"],
    ["de-DE,en;q=0.5", "en"],
    ["en;q=0.4,nb;q=0.8", "nb"],
    ["fr-FR", "nb"],
  ])("%s → %s", (header, locale) => {
    expect(localeFromAcceptLanguage(header)).toBe(locale);
  });

  it("knows its locales", () => {
    expect(isLocale("nb")).toBe(true);
    expect(isLocale("sv")).toBe(false);
  });
});
