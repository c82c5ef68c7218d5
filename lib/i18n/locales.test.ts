import { describe, expect, it } from "vitest";
import { isLocale, localeFromAcceptLanguage, localeOfRequest } from "./locales";

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

describe("localeOfRequest", () => {
  const request = (headers: Record<string, string>) => new Request("http://localhost/", { headers });

  it.each([
    [{}, "nb"],
    [{ "accept-language": "en-GB,en;q=0.9" }, "en"],
    // The saved choice wins over the browser's language, as on the pages.
    [{ cookie: "a=1; NEXT_LOCALE=nb; b=2", "accept-language": "en-GB" }, "nb"],
    [{ cookie: "NEXT_LOCALE=en", "accept-language": "nb-NO" }, "en"],
    [{ cookie: "NEXT_LOCALE=sv", "accept-language": "en" }, "en"],
  ])("%j → %s", (headers, locale) => {
    expect(localeOfRequest(request(headers))).toBe(locale);
  });
});
