import { describe, expect, it } from "vitest";
import { parseImport } from "@/lib/domain/import";
import { parseFixture, series } from "@/test/imports";

// Every expected value below is summed by hand from the fixture's rows.
describe("Meta Business Suite posts", () => {
  it("Instagram posts (English, 1,250 thousands): summed per day of publishing, lifetime note", async () => {
    const r = await parseFixture("metaPosts/instagram-posts-en.csv");
    expect(r.problems).toEqual([]);
    expect(r.source).toBe("metaPosts");
    expect(r.summary).toEqual({ itemKey: "import.items.posts", items: 3, from: "2026-11-05", to: "2026-11-07" });
    expect(r.notes).toEqual(["import.notes.lifetimeTotals"]);
    expect(series(r.points)).toEqual({
      "2026-11-05 instagram custom:Views": 3250,
      "2026-11-05 instagram custom:Reach": 2480,
      "2026-11-05 instagram custom:Likes": 207,
      "2026-11-05 instagram custom:Comments": 23,
      "2026-11-05 instagram custom:Shares": 14,
      "2026-11-05 instagram custom:Saves": 42,
      "2026-11-05 instagram custom:Follows": 7,
      "2026-11-05 instagram engagement": 286,
      "2026-11-07 instagram custom:Views": 3410,
      "2026-11-07 instagram custom:Reach": 2210,
      "2026-11-07 instagram custom:Likes": 201,
      "2026-11-07 instagram custom:Comments": 18,
      "2026-11-07 instagram custom:Shares": 22,
      "2026-11-07 instagram custom:Saves": 41,
      "2026-11-07 instagram custom:Follows": 7,
      "2026-11-07 instagram engagement": 282,
    });
  });

  it("Facebook posts (bokmål headers, Windows-1252, `;`, 1 234, dd.mm.yyyy)", async () => {
    const r = await parseFixture("metaPosts/facebook-posts-nb.csv");
    expect(r.problems).toEqual([]);
    expect(r.summary).toEqual({ itemKey: "import.items.posts", items: 3, from: "2026-12-01", to: "2026-12-02" });
    expect(series(r.points)).toEqual({
      "2026-12-01 facebook custom:Views": 2000,
      "2026-12-01 facebook reach": 1541,
      "2026-12-01 facebook custom:Likes": 66,
      "2026-12-01 facebook custom:Comments": 8,
      "2026-12-01 facebook custom:Shares": 4,
      "2026-12-01 facebook engagement": 78,
      "2026-12-02 facebook custom:Views": 2050,
      "2026-12-02 facebook reach": 1730,
      "2026-12-02 facebook custom:Likes": 60,
      "2026-12-02 facebook custom:Comments": 11,
      "2026-12-02 facebook custom:Shares": 0,
      "2026-12-02 facebook engagement": 71,
    });
  });

  it("skips the 'Lifetime' description row", async () => {
    const r = await parseFixture("metaPosts/facebook-posts-lifetime-row.csv");
    expect(r.problems).toEqual([]);
    expect(r.notes).toEqual(["import.notes.lifetimeTotals", "import.notes.summaryRowsSkipped"]);
    expect(series(r.points)).toEqual({
      "2026-11-30 facebook custom:Views": 500,
      "2026-11-30 facebook reach": 400,
      "2026-11-30 facebook custom:Likes": 30,
      "2026-11-30 facebook custom:Comments": 3,
      "2026-11-30 facebook custom:Shares": 2,
      "2026-11-30 facebook engagement": 35,
    });
  });

  it("an empty export is a problem on the first data line", async () => {
    const r = await parseFixture("metaPosts/instagram-posts-empty.csv");
    expect(r.points).toEqual([]);
    expect(r.problems).toEqual([{ line: 2, messageKey: "import.problems.noRows" }]);
  });

  it("a truncated file names the cut line and writes nothing", async () => {
    const r = await parseFixture("metaPosts/instagram-posts-truncated.csv");
    expect(r.points).toEqual([]);
    expect(r.problems).toEqual([{ line: 3, messageKey: "import.problems.shortRow", values: { cells: 11, expected: 16 } }]);
  });
});

describe("Meta Business Suite page, day by day", () => {
  it("reads daily page rows", async () => {
    const r = await parseFixture("metaPageDaily/facebook-daily-en.csv");
    expect(r.problems).toEqual([]);
    expect(r.source).toBe("metaPageDaily");
    expect(r.summary).toEqual({ itemKey: "import.items.days", items: 2, from: "2026-11-01", to: "2026-11-02" });
    expect(series(r.points)).toEqual({
      "2026-11-01 facebook reach": 1200,
      "2026-11-01 facebook custom:Visits": 35,
      "2026-11-01 facebook custom:Follows": 3,
      "2026-11-01 facebook engagement": 48,
      "2026-11-02 facebook reach": 980,
      "2026-11-02 facebook custom:Visits": 21,
      "2026-11-02 facebook custom:Follows": 0,
      "2026-11-02 facebook engagement": 30,
    });
  });
});

describe("Meta Business Suite one-metric exports (sep=, title line, Date/Primary)", () => {
  it("Instagram reach: the title names metric and channel; Instagram's reach is a custom metric", async () => {
    const r = await parseFixture("metaPageDaily/instagram-reach-primary.csv");
    expect(r.problems).toEqual([]);
    expect(series(r.points)).toEqual({ "2026-11-01 instagram custom:Reach": 340, "2026-11-02 instagram custom:Reach": 1020 });
  });

  it("Facebook follows, bokmål title and headers", async () => {
    const r = await parseFixture("metaPageDaily/facebook-follows-primary-nb.csv");
    expect(r.problems).toEqual([]);
    expect(series(r.points)).toEqual({ "2026-11-01 facebook custom:Follows": 4, "2026-11-02 facebook custom:Follows": 0 });
  });

  it("a title naming no known metric is a problem, not a guess", async () => {
    const r = await parseFixture("metaPageDaily/unknown-primary.csv");
    expect(r.points).toEqual([]);
    expect(r.problems).toEqual([{ line: 3, messageKey: "import.problems.unknownMetric", values: { value: "Something else" } }]);
  });
});

describe("Meta Ads Manager", () => {
  it("daily rows of two campaigns: spend in NOK summed, cost per result from the sums", async () => {
    const r = await parseFixture("metaAds/ads-daily-en.csv");
    expect(r.problems).toEqual([]);
    expect(r.source).toBe("metaAds");
    expect(r.summary).toEqual({ itemKey: "import.items.adRows", items: 3, from: "2026-11-02", to: "2026-11-03" });
    expect(series(r.points)).toEqual({
      "2026-11-02 facebook spend": 400,
      "2026-11-02 facebook custom:Results": 50,
      "2026-11-02 facebook custom:Cost per result": 8,
      "2026-11-02 facebook custom:Impressions": 15000,
      "2026-11-02 facebook reach": 10500,
      "2026-11-02 facebook custom:Link clicks": 50,
      "2026-11-03 facebook spend": 210,
      "2026-11-03 facebook custom:Results": 25,
      "2026-11-03 facebook custom:Cost per result": 8.4,
      "2026-11-03 facebook custom:Impressions": 9500,
      "2026-11-03 facebook reach": 7100,
      "2026-11-03 facebook custom:Link clicks": 25,
    });
  });

  it("bokmål headers without a Day column: a Monday–Sunday range is a week, a calendar month a month", async () => {
    const r = await parseFixture("metaAds/ads-weekly-nb.csv");
    expect(r.problems).toEqual([]);
    expect(r.summary).toEqual({ itemKey: "import.items.adRows", items: 2, from: "2026-11-01", to: "2026-11-30" });
    expect(series(r.points)).toEqual({
      "2026-11-01 facebook spend@month": 150,
      "2026-11-01 facebook custom:Results@month": 10,
      "2026-11-01 facebook custom:Cost per result@month": 15,
      "2026-11-01 facebook custom:Impressions@month": 3000,
      "2026-11-01 facebook reach@month": 2500,
      "2026-11-01 facebook custom:Link clicks@month": 10,
      "2026-11-02 facebook spend@week": 1460.5,
      "2026-11-02 facebook custom:Results@week": 65,
      // 1460.5 / 65 = 22.46923076…, kept to six decimals
      "2026-11-02 facebook custom:Cost per result@week": 22.469231,
      "2026-11-02 facebook custom:Impressions@week": 21500,
      "2026-11-02 facebook reach@week": 15100,
      "2026-11-02 facebook custom:Link clicks@week": 65,
    });
  });

  // The bokmål headers of a real Ads Manager export ("Eksponeringer", "Klikk på lenke"), dot decimals: the same sums as in English.
  it("bokmål daily export with Eksponeringer and Klikk på lenke", async () => {
    const r = await parseFixture("metaAds/ads-daily-nb-eksponeringer.csv");
    expect(r.problems).toEqual([]);
    expect(r.source).toBe("metaAds");
    expect(r.summary).toEqual({ itemKey: "import.items.adRows", items: 3, from: "2026-11-02", to: "2026-11-03" });
    expect(series(r.points)).toEqual({
      "2026-11-02 facebook spend": 400,
      "2026-11-02 facebook custom:Results": 50,
      "2026-11-02 facebook custom:Cost per result": 8,
      "2026-11-02 facebook custom:Impressions": 15000,
      "2026-11-02 facebook reach": 10500,
      "2026-11-02 facebook custom:Link clicks": 50,
      "2026-11-03 facebook spend": 210,
      "2026-11-03 facebook custom:Results": 25,
      "2026-11-03 facebook custom:Cost per result": 8.4,
      "2026-11-03 facebook custom:Impressions": 9500,
      "2026-11-03 facebook reach": 7100,
      "2026-11-03 facebook custom:Link clicks": 25,
    });
  });

  // Each bokmål name the table accepts for impressions and link clicks (verified or assumed: docs/IMPORT-SOURCES.md).
  it.each([
    ["Eksponeringer", "Klikk på lenke"],
    ["Visninger", "Koblingsklikk"],
    ["Visninger", "Lenkeklikk"],
  ])("reads %s and %s", (impressions, clicks) => {
    const grid = [
      ["Rapportering starter", "Rapportering slutter", "Dag", "Beløp brukt (NOK)", impressions, clicks],
      ["2026-11-02", "2026-11-08", "2026-11-02", "250,00", "12 000", "40"],
    ];
    const r = parseImport(grid, "annonser.csv");
    expect(r.problems).toEqual([]);
    expect(series(r.points)).toMatchObject({
      "2026-11-02 facebook spend": 250,
      "2026-11-02 facebook custom:Impressions": 12000,
      "2026-11-02 facebook custom:Link clicks": 40,
    });
  });

  it("refuses a currency other than NOK, named from the header", async () => {
    const r = await parseFixture("metaAds/ads-eur.csv");
    expect(r.points).toEqual([]);
    expect(r.problems).toEqual([{ line: 1, messageKey: "import.problems.currency", values: { currency: "EUR" } }]);
  });

  it("refuses a reporting range that is no day, week or month", async () => {
    const r = await parseFixture("metaAds/ads-odd-range.csv");
    expect(r.problems).toEqual([
      { line: 2, messageKey: "import.problems.rangeNotPeriod", values: { from: "2026-11-03", to: "2026-11-12" } },
    ]);
  });
});
