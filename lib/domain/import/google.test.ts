import { describe, expect, it } from "vitest";
import { parseFixture, series } from "@/test/imports";

// Every expected value below is summed by hand from the fixture's rows.
describe("Google Analytics 4", () => {
  it("channel groups split across Målbar channels; rates from the summed counts; the second table is skipped", async () => {
    const r = await parseFixture("ga4/traffic-acquisition-en.csv");
    expect(r.problems).toEqual([]);
    expect(r.source).toBe("ga4");
    expect(r.summary).toEqual({ itemKey: "import.items.days", items: 2, from: "2026-11-01", to: "2026-11-02" });
    expect(r.notes).toEqual(["import.notes.ga4ChannelGroups", "import.notes.tablesSkipped"]);
    expect(series(r.points)).toEqual({
      // Organic Search 120 + Direct 50 + Referral 30
      "2026-11-01 website organic_visits": 120,
      "2026-11-01 website custom:Sessions": 200,
      "2026-11-01 website custom:Users": 173,
      "2026-11-01 website custom:Engaged sessions": 115,
      "2026-11-01 website custom:Engagement rate": 57.5,
      "2026-11-01 website custom:Key events": 4,
      "2026-11-01 facebook custom:Sessions": 40,
      "2026-11-01 facebook custom:Users": 38,
      "2026-11-01 facebook custom:Engaged sessions": 10,
      "2026-11-01 facebook custom:Engagement rate": 25,
      "2026-11-01 facebook custom:Key events": 0,
      "2026-11-01 email custom:Sessions": 25,
      "2026-11-01 email custom:Users": 25,
      "2026-11-01 email custom:Engaged sessions": 20,
      "2026-11-01 email custom:Engagement rate": 80,
      "2026-11-01 email custom:Key events": 2,
      "2026-11-01 google_ads conversions": 4,
      "2026-11-01 google_ads custom:Sessions": 60,
      "2026-11-01 google_ads custom:Users": 55,
      "2026-11-01 google_ads custom:Engaged sessions": 30,
      "2026-11-01 google_ads custom:Engagement rate": 50,
      "2026-11-01 google_ads custom:Key events": 4,
      "2026-11-02 website organic_visits": 1010,
      "2026-11-02 website custom:Sessions": 1010,
      "2026-11-02 website custom:Users": 900,
      "2026-11-02 website custom:Engaged sessions": 505,
      "2026-11-02 website custom:Engagement rate": 50,
      "2026-11-02 website custom:Key events": 7,
    });
  });

  it("bokmål headers and channel groups, `;` and 1 234", async () => {
    const r = await parseFixture("ga4/traffic-acquisition-nb.csv");
    expect(r.problems).toEqual([]);
    expect(series(r.points)).toEqual({
      "2026-11-01 website organic_visits": 1234,
      "2026-11-01 website custom:Sessions": 1234,
      "2026-11-01 website custom:Engaged sessions": 617,
      "2026-11-01 website custom:Engagement rate": 50,
      "2026-11-01 website custom:Key events": 12,
      "2026-11-01 email custom:Sessions": 40,
      "2026-11-01 email custom:Engaged sessions": 30,
      "2026-11-01 email custom:Engagement rate": 75,
      "2026-11-01 email custom:Key events": 1,
    });
  });

  it("an export with metadata and a header but no rows is a problem", async () => {
    const r = await parseFixture("ga4/traffic-acquisition-empty.csv");
    expect(r.points).toEqual([]);
    expect(r.problems).toEqual([{ line: 7, messageKey: "import.problems.noRows" }]);
  });
});

describe("Google Ads", () => {
  it("'CSV for Excel' (UTF-16, tabs, title lines, 1,250, Total rows skipped)", async () => {
    const r = await parseFixture("googleAds/campaign-report-excel-en.csv");
    expect(r.problems).toEqual([]);
    expect(r.source).toBe("googleAds");
    expect(r.summary).toEqual({ itemKey: "import.items.adRows", items: 3, from: "2026-11-01", to: "2026-11-02" });
    expect(r.notes).toEqual(["import.notes.summaryRowsSkipped"]);
    expect(series(r.points)).toEqual({
      "2026-11-01 google_ads clicks": 80,
      "2026-11-01 google_ads conversions": 6,
      "2026-11-01 google_ads spend": 300,
      "2026-11-01 google_ads custom:Impressions": 2000,
      "2026-11-01 google_ads custom:CTR": 4,
      "2026-11-01 google_ads cost_per_click": 3.75,
      "2026-11-01 google_ads cost_per_conversion": 50,
      "2026-11-02 google_ads clicks": 70,
      "2026-11-02 google_ads conversions": 0,
      "2026-11-02 google_ads spend": 280,
      "2026-11-02 google_ads custom:Impressions": 2000,
      "2026-11-02 google_ads custom:CTR": 3.5,
      "2026-11-02 google_ads cost_per_click": 4,
      // no cost per conversion on a day without conversions
    });
  });

  it("bokmål headers, `;`, 1 246,34 and a 'Totalt:' row", async () => {
    const r = await parseFixture("googleAds/campaign-report-nb.csv");
    expect(r.problems).toEqual([]);
    expect(series(r.points)).toEqual({
      "2026-11-01 google_ads clicks": 1234,
      "2026-11-01 google_ads conversions": 12,
      "2026-11-01 google_ads spend": 1246.34,
      "2026-11-01 google_ads custom:Impressions": 12345,
      // 1234 / 12345 × 100 = 9.9959497…
      "2026-11-01 google_ads custom:CTR": 9.99595,
      "2026-11-01 google_ads cost_per_click": 1.01,
      // 1246.34 / 12 = 103.86166…
      "2026-11-01 google_ads cost_per_conversion": 103.861667,
    });
  });

  it("refuses a currency other than NOK, once", async () => {
    const r = await parseFixture("googleAds/campaign-report-eur.csv");
    expect(r.points).toEqual([]);
    expect(r.problems).toEqual([{ line: 3, messageKey: "import.problems.currency", values: { currency: "EUR" } }]);
  });

  it("a truncated download names the cut line", async () => {
    const r = await parseFixture("googleAds/campaign-report-truncated.csv");
    expect(r.points).toEqual([]);
    expect(r.problems).toEqual([{ line: 4, messageKey: "import.problems.shortRow", values: { cells: 8, expected: 9 } }]);
  });
});
