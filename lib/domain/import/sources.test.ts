import { describe, expect, it } from "vitest";
import { parseFixture, series } from "@/test/imports";
import { applyMapping, guessMapping, readGrid } from "@/lib/domain/import";
import { readFileSync } from "node:fs";

// Every expected value below is summed by hand from the fixture's rows.
describe("Mailchimp", () => {
  it("campaigns per send day; open and click rates from the summed counts", async () => {
    const r = await parseFixture("mailchimp/campaigns-en.csv");
    expect(r.problems).toEqual([]);
    expect(r.source).toBe("mailchimp");
    expect(r.summary).toEqual({ itemKey: "import.items.campaigns", items: 3, from: "2026-11-05", to: "2026-12-01" });
    expect(series(r.points)).toEqual({
      // (250 + 150) / (1000 + 500) × 100 = 26.666…
      "2026-11-05 email open_rate": 26.666667,
      "2026-11-05 email click_rate": 4,
      "2026-11-05 email custom:Deliveries": 1500,
      "2026-11-05 email custom:Unique opens": 400,
      "2026-11-05 email custom:Unique clicks": 60,
      "2026-11-05 email custom:Unsubscribes": 4,
      "2026-12-01 email open_rate": 25,
      "2026-12-01 email click_rate": 3,
      "2026-12-01 email custom:Deliveries": 1200,
      "2026-12-01 email custom:Unique opens": 300,
      "2026-12-01 email custom:Unique clicks": 36,
      "2026-12-01 email custom:Unsubscribes": 0,
    });
  });

  it("an export with a header and no campaigns is a problem", async () => {
    const r = await parseFixture("mailchimp/campaigns-empty.csv");
    expect(r.problems).toEqual([{ line: 2, messageKey: "import.problems.noRows" }]);
  });

  it("a cell that is no number names its line, column and text", async () => {
    const r = await parseFixture("mailchimp/campaigns-bad-number.csv");
    expect(r.points).toEqual([]);
    expect(r.problems).toEqual([{ line: 2, messageKey: "import.problems.badNumber", values: { value: "2x0", column: "Unique Opens" } }]);
  });
});

describe("LinkedIn Page", () => {
  const content = {
    "2026-11-01 linkedin custom:Impressions": 1000,
    "2026-11-01 linkedin custom:Clicks": 30,
    "2026-11-01 linkedin custom:Reactions": 20,
    "2026-11-01 linkedin custom:Comments": 5,
    "2026-11-01 linkedin custom:Reposts": 2,
    "2026-11-01 linkedin custom:Engagement rate": 5.7,
    "2026-11-02 linkedin custom:Impressions": 2000,
    "2026-11-02 linkedin custom:Clicks": 40,
    "2026-11-02 linkedin custom:Reactions": 35,
    "2026-11-02 linkedin custom:Comments": 3,
    "2026-11-02 linkedin custom:Reposts": 1,
    "2026-11-02 linkedin custom:Engagement rate": 3.95,
  };
  it.each(["content-en.xlsx", "content-en.xls"])("%s: header on the second row, rate in percent points", async (file) => {
    const r = await parseFixture(`linkedinPage/${file}`);
    expect(r.problems).toEqual([]);
    expect(r.source).toBe("linkedinPage");
    expect(r.summary).toEqual({ itemKey: "import.items.days", items: 2, from: "2026-11-01", to: "2026-11-02" });
    expect(series(r.points)).toEqual(content);
  });

  it("bokmål headers in a workbook with dd.mm.yyyy date cells", async () => {
    const r = await parseFixture("linkedinPage/content-nb.xlsx");
    expect(r.problems).toEqual([]);
    expect(series(r.points)).toEqual(Object.fromEntries(Object.entries(content).filter(([k]) => k.startsWith("2026-11-01"))));
  });

  it.each(["followers-en.csv", "followers-en.xlsx", "followers-nb.csv"])(
    "%s: 'Total followers' are new followers per day",
    async (file) => {
      const r = await parseFixture(`linkedinFollowers/${file}`);
      expect(r.problems).toEqual([]);
      expect(r.source).toBe("linkedinFollowers");
      expect(r.notes).toEqual(["import.notes.linkedinNewFollowers"]);
      expect(series(r.points)).toEqual({ "2026-11-01 linkedin custom:New followers": 3, "2026-11-02 linkedin custom:New followers": 5 });
    },
  );
});

describe("YouTube Studio", () => {
  it("Chart data: the Total row is skipped, CTR weighted by impressions", async () => {
    const r = await parseFixture("youtube/chart-data-en.csv");
    expect(r.problems).toEqual([]);
    expect(r.notes).toEqual(["import.notes.summaryRowsSkipped"]);
    expect(series(r.points)).toEqual({
      "2026-11-01 youtube views": 300,
      "2026-11-01 youtube custom:Watch time (hours)": 15.25,
      "2026-11-01 youtube custom:Net subscribers": 5,
      "2026-11-01 youtube custom:Impressions": 4000,
      "2026-11-01 youtube custom:Impressions CTR": 5,
      "2026-11-02 youtube views": 400,
      "2026-11-02 youtube custom:Watch time (hours)": 20.25,
      "2026-11-02 youtube custom:Net subscribers": 7,
      "2026-11-02 youtube custom:Impressions": 6000,
      "2026-11-02 youtube custom:Impressions CTR": 6,
    });
  });

  it("bokmål headers, 'Totalt' row, decimal commas and a net loss of subscribers", async () => {
    const r = await parseFixture("youtube/table-data-nb.csv");
    expect(r.problems).toEqual([]);
    expect(series(r.points)).toEqual({
      "2026-11-01 youtube views": 1500,
      "2026-11-01 youtube custom:Watch time (hours)": 60.5,
      "2026-11-01 youtube custom:Net subscribers": -2,
      "2026-11-01 youtube custom:Impressions": 20000,
      "2026-11-01 youtube custom:Impressions CTR": 4.5,
    });
  });

  it("an export with only its Total row is empty", async () => {
    const r = await parseFixture("youtube/chart-data-empty.csv");
    expect(r.points).toEqual([]);
    expect(r.problems).toEqual([{ line: 2, messageKey: "import.problems.noRows" }]);
  });
});

describe("Shopify", () => {
  it("counts each order once by Name and sums Total per day of Created at", async () => {
    const r = await parseFixture("shopify/orders-export.csv");
    expect(r.problems).toEqual([]);
    expect(r.summary).toEqual({ itemKey: "import.items.orders", items: 3, from: "2026-11-05", to: "2026-11-06" });
    expect(series(r.points)).toEqual({
      "2026-11-05 sales orders": 2,
      "2026-11-05 sales revenue": 1649.5,
      "2026-11-06 sales orders": 1,
      "2026-11-06 sales revenue": 89.9,
    });
  });

  it("a file cut in the middle of an order names the line", async () => {
    const r = await parseFixture("shopify/orders-truncated.csv");
    expect(r.points).toEqual([]);
    expect(r.problems).toEqual([{ line: 3, messageKey: "import.problems.shortRow", values: { cells: 5, expected: 7 } }]);
  });

  it("refuses another currency than NOK", async () => {
    const r = await parseFixture("shopify/orders-sek.csv");
    expect(r.problems).toEqual([{ line: 2, messageKey: "import.problems.currency", values: { currency: "SEK" } }]);
  });
});

describe("Målbar's own layout and other spreadsheets", () => {
  it("reads the four columns, names resolved to catalogue keys", async () => {
    const r = await parseFixture("maalbar/own-format-nb.csv");
    expect(r.problems).toEqual([]);
    expect(r.source).toBe("maalbar");
    expect(series(r.points)).toEqual({ "2026-11-01 instagram followers": 1234, "2026-11-02 instagram followers": 1240.5 });
  });

  it("an unknown spreadsheet asks for the column mapper; the guess and the mapping read it", async () => {
    const r = await parseFixture("mapped/kassa-dag.csv");
    expect(r).toMatchObject({ source: "mapped", points: [], problems: [], notes: ["import.notes.needsMapping"] });
    const grid = await readGrid(
      new Uint8Array(readFileSync(`${__dirname}/../../../test/fixtures/imports/mapped/kassa-dag.csv`)),
      "kassa-dag.csv",
    );
    const guess = guessMapping(grid);
    expect(guess).toEqual({
      headerRow: 1,
      dateColumn: 0,
      dateFormat: "dmy",
      columns: [
        { column: 1, channel: "", metric: "custom:Omsetning", combine: "sum" },
        { column: 2, channel: "", metric: "custom:Antall kunder", combine: "sum" },
        { column: 3, channel: "", metric: "custom:Snittkjøp", combine: "last" },
      ],
    });
    const confirmed = {
      ...guess!,
      columns: guess!.columns.map((c, i) => ({
        ...c,
        channel: "sales",
        metric: ["revenue", "custom:Customers", "custom:Average sale"][i]!,
      })),
    };
    const mapped = applyMapping(grid, confirmed);
    expect(mapped.problems).toEqual([]);
    expect(mapped.summary).toEqual({ itemKey: "import.items.rows", items: 3, from: "2026-11-05", to: "2026-11-06" });
    expect(series(mapped.points)).toEqual({
      "2026-11-05 sales revenue": 12445.5,
      "2026-11-05 sales custom:Customers": 212,
      "2026-11-05 sales custom:Average sale": 50,
      "2026-11-06 sales revenue": 9800,
      "2026-11-06 sales custom:Customers": 160,
      "2026-11-06 sales custom:Average sale": 61.25,
    });
  });
});
