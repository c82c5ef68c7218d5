import { describe, expect, it } from "vitest";
import { decodeText, isDateFormat, MAX_ROWS, readGrid, serialDate, sniffDelimiter, UnreadableFileError } from "./grid";
import { parseImport } from "./parse";

const utf16le = (text: string, bom = true) => {
  const body = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) [body[2 * i], body[2 * i + 1]] = [text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8];
  return bom ? new Uint8Array([0xff, 0xfe, ...body]) : body;
};
const utf16be = (text: string) => {
  const le = utf16le(text, false);
  const be = new Uint8Array(le.length);
  for (let i = 0; i < le.length; i += 2) [be[i], be[i + 1]] = [le[i + 1]!, le[i]!];
  return new Uint8Array([0xfe, 0xff, ...be]);
};
const utf8 = (text: string) => new TextEncoder().encode(text);
// "Måltall;Økter" in Windows-1252: å = 0xE5, Ø = 0xD8.
const cp1252 = new Uint8Array([0x4d, 0xe5, 0x6c, 0x74, 0x61, 0x6c, 0x6c, 0x3b, 0xd8, 0x6b, 0x74, 0x65, 0x72]);

describe("decodeText", () => {
  it.each<[string, Uint8Array, string]>([
    ["UTF-8", utf8("Måltall;Økter"), "Måltall;Økter"],
    ["UTF-8 with BOM", new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("Måltall;Økter")]), "Måltall;Økter"],
    ["UTF-16 LE with BOM", utf16le("Måltall\tØkter"), "Måltall\tØkter"],
    ["UTF-16 LE without BOM", utf16le("Day\tClicks\r\n", false), "Day\tClicks\r\n"],
    ["UTF-16 BE with BOM", utf16be("Måltall\tØkter"), "Måltall\tØkter"],
    ["Windows-1252", cp1252, "Måltall;Økter"],
  ])("%s", (_, bytes, text) => expect(decodeText(bytes)).toBe(text));
});

describe("sniffDelimiter", () => {
  it.each<[string, string]>([
    ["a,b,c\n1,2,3", ","],
    ["a;b;c\n1,5;2,5;3", ";"],
    ["a\tb\tc\n1,234\t2\t3", "\t"],
    ["sep=;\na,b;c", ";"],
    ["# Start date: 20261101; end\n# x\nDate,Sessions\n20261101,5", ","],
    ['"a;b",c,d\n1,2,3', ","],
  ])("%j → %j", (text, delimiter) => expect(sniffDelimiter(text)).toBe(delimiter));
});

describe("readGrid", () => {
  it("reads quoted cells with delimiters and line breaks", async () => {
    expect(await readGrid(utf8('Dato;Notat\r\n2026-11-05;"kampanje; uke\r\n45"\r\n\r\n2026-11-06;x\r\n'), "a.csv")).toEqual([
      ["Dato", "Notat"],
      ["2026-11-05", "kampanje; uke\r\n45"],
      [],
      ["2026-11-06", "x"],
    ]);
  });

  it("keeps a short row short, so the parser can name it", async () => {
    expect(await readGrid(utf8("a,b,c\n1,2"), "a.csv")).toEqual([
      ["a", "b", "c"],
      ["1", "2"],
    ]);
  });

  it("refuses an unclosed quote as unreadable, never half read", async () => {
    await expect(readGrid(utf8('a,b\n1,"2\n3,4'), "a.csv")).rejects.toBeInstanceOf(UnreadableFileError);
  });

  it("refuses a damaged workbook as unreadable", async () => {
    await expect(readGrid(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7]), "a.xlsx")).rejects.toBeInstanceOf(
      UnreadableFileError,
    );
  });

  it("stops one row past the limit, and parseImport refuses the file", async () => {
    const text = "Date,Views,Watch time (hours)\n" + "2026-11-01,1,1\n".repeat(MAX_ROWS + 5);
    const grid = await readGrid(utf8(text), "big.csv");
    expect(grid.length).toBe(MAX_ROWS + 1);
    expect(parseImport(grid, "big.csv").problems).toEqual([
      { line: MAX_ROWS + 1, messageKey: "import.problems.tooManyRows", values: { max: MAX_ROWS } },
    ]);
  });
});

describe("parseImport on empty input", () => {
  it.each<[string, string[][]]>([
    ["no rows", []],
    ["blank rows", [[], [""], ["", " "]]],
  ])("%s", (_, grid) => expect(parseImport(grid, "x.csv").problems).toEqual([{ line: 1, messageKey: "import.problems.emptyFile" }]));
});

describe("workbook dates", () => {
  it.each<[string, boolean]>([
    ["mm/dd/yyyy", true],
    ["dd.mm.yyyy", true],
    ["[$-414]d. mmmm yyyy", true],
    ["yyyy-mm-dd hh:mm", true],
    ["General", false],
    ["0.00", false],
    ["#,##0", false],
    ['0.0" days"', false],
    ["[Red]0.00", false],
  ])("%j is a date format: %s", (format, isDate) => expect(isDateFormat(format)).toBe(isDate));

  it.each<[number, boolean, string]>([
    [46327, false, "2026-11-01"],
    [46327.75, false, "2026-11-01"],
    [36526, false, "2000-01-01"],
    [45351, false, "2024-02-29"],
    [44865, true, "2026-11-01"],
  ])("serial %d (1904: %s) → %s", (serial, date1904, iso) => expect(serialDate(serial, date1904)).toBe(iso));
});
