import { describe, expect, it } from "vitest";
import { applyMapping, mappedDate, mappedNumber } from "./mapping";
import type { ColumnMapping } from "./types";

describe("mappedNumber", () => {
  it.each([
    ["1 234,5", 1234.5],
    ["1,234.5", 1234.5],
    ["kr 1 234", 1234],
    ["1234 kr", 1234],
    ["23,5 %", 23.5],
    ["23.45%", 23.45],
    ["1\u00a0200", 1200],
    ["1,234,567", 1234567],
    ["0,5", 0.5],
    ["\u22123", -3],
    ["abc", null],
    ["", null],
    ["1.2.3", null],
  ])("%j → %j", (text, expected) => expect(mappedNumber(text)).toBe(expected));
});

describe("mappedDate", () => {
  it.each([
    ["2026-11-05", "iso", "2026-11-05"],
    ["2026-11-05T09:00:00", "iso", "2026-11-05"],
    ["20261105", "ymdCompact", "2026-11-05"],
    ["05.11.2026", "dmy", "2026-11-05"],
    ["5/11/2026", "dmy", "2026-11-05"],
    ["11/05/2026", "mdy", "2026-11-05"],
    ["31.02.2026", "dmy", null],
    ["2026-11-05", "dmy", null],
    ["Lifetime", "iso", null],
  ] as const)("%s (%s) → %s", (text, format, expected) => expect(mappedDate(text, format)).toBe(expected));
});

// A small shop's own sheet: date, visits (summed per day), followers (last of the day), a Total row.
const grid = [
  ["Rapport for Bakeriet", "", ""],
  ["Dato", "Besøk", "Følgere"],
  ["01.11.2026", "120", "1 000"],
  ["01.11.2026", "30", "1 010"],
  ["02.11.2026", "1 234,5", ""],
  ["", "", ""],
  ["Totalt", "1384,5", ""],
];
const mapping: ColumnMapping = {
  headerRow: 1,
  dateColumn: 0,
  dateFormat: "dmy",
  columns: [
    { column: 1, channel: "website", metric: "sessions", combine: "sum" },
    { column: 2, channel: "instagram", metric: "followers", combine: "last" },
  ],
};

describe("applyMapping", () => {
  it("sums or keeps the last value per day, skipping empty cells, blank and Total rows", () => {
    const parsed = applyMapping(grid, mapping);
    expect(parsed.problems).toEqual([]);
    expect(parsed.summary).toEqual({ itemKey: "import.items.rows", items: 3, from: "2026-11-01", to: "2026-11-02" });
    expect(parsed.points).toEqual([
      { date: "2026-11-01", covers: "day", channel: "website", metric: "sessions", value: 150 },
      { date: "2026-11-01", covers: "day", channel: "instagram", metric: "followers", value: 1010 },
      { date: "2026-11-02", covers: "day", channel: "website", metric: "sessions", value: 1234.5 },
    ]);
  });

  it.each([
    ["a bad date names its line", [["Dato", "Besøk"], ["01.11.2026", "1"], ["32.11.2026", "2"]], { line: 3, messageKey: "import.problems.badDate", values: { value: "32.11.2026" } }],
    ["a bad number names its line and column", [["Dato", "Besøk"], ["01.11.2026", "mange"]], { line: 2, messageKey: "import.problems.badNumber", values: { value: "mange", column: "Besøk" } }],
    ["a header-only file has no rows", [["Dato", "Besøk"]], { line: 1, messageKey: "import.problems.noRows" }],
  ])("%s, and refuses every point", (_name, g, expected) => {
    const parsed = applyMapping(g, { headerRow: 0, dateColumn: 0, dateFormat: "dmy", columns: [{ column: 1, channel: "website", metric: "sessions", combine: "sum" }] });
    expect(parsed.problems).toEqual([expected]);
    expect(parsed.points).toEqual([]);
  });

  it("refuses a mapping that points outside the header", () => {
    const parsed = applyMapping(grid, { ...mapping, columns: [{ column: 9, channel: "website", metric: "sessions", combine: "sum" }] });
    expect(parsed.problems[0]?.messageKey).toBe("import.problems.badMapping");
  });
});
