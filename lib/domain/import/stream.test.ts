import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { applyMapping, parseImport, readGrid, readRows } from "@/lib/domain/import";

// readRows hands csv-parse the text in chunks of 4, 8, 16, 32, then 64 KB: rows, quotes and characters that
// straddle a chunk boundary must read as in one piece.
const utf8 = (text: string) => new TextEncoder().encode(text);
const CHUNK = 64 * 1024;

describe("readRows over several chunks", () => {
  const row = (i: number) => `2026-01-${String((i % 28) + 1).padStart(2, "0")},${String(i).padStart(6, "0")},bolle ${"x".repeat(8)}\n`;
  const plain = Array.from({ length: 5000 }, (_, i) => row(i)).join("");
  // Filler rows (the last one cut short) up to `to` characters in all.
  const fill = (from: number, to: number) => `${plain.slice(0, to - from - 1)}\n`;
  let text = "Dato,Antall,Notat\n";
  // A quoted two-line cell from 20 characters before the first boundary (4 096), its 🥐 across it.
  text += fill(text.length, 4096 - 20);
  text += '2026-02-01,7,"kanel🥐\nbolle æøå"\n';
  // The same before the fifth boundary (4 + 8 + 16 + 32 KB = 61 440).
  text += fill(text.length, 61440 - 20);
  text += '2026-02-02,8,"æøå\ny🥐 kaffe"\n';
  text += plain.slice(0, CHUNK);

  it("gives the rows csv-parse gives for the whole text, every time it is iterated", async () => {
    const records: string[][] = parse(text, { relax_column_count: true, relax_quotes: true, skip_empty_lines: false });
    const whole = records.map((r) => (r.length === 1 && r[0] === "" ? [] : r));
    const rows = await readRows(utf8(text), "a.csv");
    expect(text.length).toBeGreaterThan(61440 + CHUNK); // six chunks
    expect(Array.from(rows)).toEqual(whole);
    expect(Array.from(rows)).toEqual(whole);
    const quoted = Array.from(rows).filter((r) => r[2]?.includes("🥐"));
    expect(quoted.map((r) => r.slice(0, 2))).toEqual([
      ["2026-02-01", "7"],
      ["2026-02-02", "8"],
    ]);
    expect(quoted.map((r) => r[2])).toEqual(["kanel🥐\nbolle æøå", "æøå\ny🥐 kaffe"]);
    expect(text.indexOf("🥐")).toBe(4095);
    expect(text.lastIndexOf("🥐", 62000)).toBe(61439);
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
