import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { applyMapping, parseImport, readGrid, readRows } from "@/lib/domain/import";

// readRows hands csv-parse 64 KB of text at a time: rows, quotes and characters that straddle a chunk must read as in one piece.
const utf8 = (text: string) => new TextEncoder().encode(text);
const CHUNK = 64 * 1024;

describe("readRows over several chunks", () => {
  // Rows of 32 characters; a quoted two-line cell and "æøå 🥐" placed across the first and second chunk boundaries.
  const row = (i: number) => `2026-01-${String((i % 28) + 1).padStart(2, "0")},${String(i).padStart(6, "0")},bolle ${"x".repeat(8)}\n`;
  const plain = Array.from({ length: 5000 }, (_, i) => row(i)).join("");
  const text = `Dato,Antall,Notat\n${plain.slice(0, CHUNK - 40)}\n2026-02-01,7,"kanel\nbolle æøå 🥐 ${"y".repeat(60)}"\n${plain.slice(0, CHUNK)}\n2026-02-02,8,"🥐🥐🥐 ${"z".repeat(40)}"\n`;

  it("gives the rows csv-parse gives for the whole text, every time it is iterated", async () => {
    const records: string[][] = parse(text, { relax_column_count: true, relax_quotes: true, skip_empty_lines: false });
    const whole = records.map((r) => (r.length === 1 && r[0] === "" ? [] : r));
    const rows = await readRows(utf8(text), "a.csv");
    expect(text.length).toBeGreaterThan(2 * CHUNK);
    expect(Array.from(rows)).toEqual(whole);
    expect(Array.from(rows)).toEqual(whole);
    const quoted = Array.from(rows).filter((r) => r[2]?.includes("🥐"));
    expect(quoted.map((r) => r.slice(0, 2))).toEqual([
      ["2026-02-01", "7"],
      ["2026-02-02", "8"],
    ]);
    expect(quoted[0]![2]).toBe(`kanel\nbolle æøå 🥐 ${"y".repeat(60)}`);
  });
});

describe("a long text broken after its first chunk", () => {
  // YouTube's daily layout, 5 000 rows (≈ 75 KB), then a quote that is never closed.
  const days = Array.from({ length: 5000 }, () => "2026-11-01,1,2\n").join("");
  const text = `Date,Views,Watch time (hours)\n${days}2026-11-02,"3,4\n2026-11-03,5,6\n`;

  it("is read lazily, and parseImport and applyMapping refuse it as unreadable, with no values", async () => {
    const rows = await readRows(utf8(text), "a.csv");
    await expect(readGrid(utf8(text), "a.csv")).rejects.toThrow("unreadable");
    expect(parseImport(rows, "a.csv")).toMatchObject({ points: [], problems: [{ line: 1, messageKey: "import.problems.unreadable" }] });
    const mapping = {
      headerRow: 0,
      dateColumn: 0,
      dateFormat: "iso" as const,
      columns: [{ column: 1, channel: "youtube", metric: "views", combine: "sum" as const }],
    };
    expect(applyMapping(rows, mapping)).toMatchObject({ points: [], problems: [{ line: 1, messageKey: "import.problems.unreadable" }] });
  });

  it("the same text closed reads every row: 5 000 rows of one day summed", async () => {
    const closed = text.replace('"3,4', '"3",4');
    const parsed = parseImport(await readRows(utf8(closed), "a.csv"), "a.csv");
    expect(parsed.problems).toEqual([]);
    const views = Object.fromEntries(parsed.points.filter((p) => p.metric === "views").map((p) => [p.date, p.value]));
    expect(views).toEqual({ "2026-11-01": 5000, "2026-11-02": 3, "2026-11-03": 5 });
  });
});

describe("tables after the first, read row by row", () => {
  // GA4: a table of another kind (skipped whole, even its rows that look like data), then a second sessions table.
  const text = [
    "# GA4",
    "Date,Sessions",
    "20261101,10",
    "20261102,20",
    "",
    "Page path,Views",
    "/,5",
    "20261103,99",
    "",
    "Date,Sessions",
    "20261103,30",
    "Total,60",
  ].join("\n");

  it("skips the other table and reads the second", async () => {
    const parsed = parseImport(await readRows(utf8(text), "ga4.csv"), "ga4.csv");
    expect(parsed.problems).toEqual([]);
    expect(parsed.notes).toEqual(expect.arrayContaining(["import.notes.tablesSkipped", "import.notes.summaryRowsSkipped"]));
    expect(parsed.points.map((p) => [p.date, p.channel, p.metric, p.value])).toEqual([
      ["2026-11-01", "website", "custom:Sessions", 10],
      ["2026-11-02", "website", "custom:Sessions", 20],
      ["2026-11-03", "website", "custom:Sessions", 30],
    ]);
  });
});
