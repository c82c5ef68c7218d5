import { describe, expect, it } from "vitest";
import { csvCell, defuseNote, detectDelimiter, exportLine, mapHeader, parseCsvDate, parseCsvNumber, restoreNote } from "./csv-format";

describe("detectDelimiter", () => {
  it.each([
    ["date,channel,metric,value", ","],
    ["dato;kanal;måltall;verdi;notat", ";"],
    ["\uFEFFDato;Kanal;Måltall;Verdi", ";"],
    // A quoted header with a comma inside still reads as `;`.
    ['"dato, dag";kanal;måltall;verdi', ";"],
    ["date", ","],
  ])("%s → %s", (line, delimiter) => {
    expect(detectDelimiter(line)).toBe(delimiter);
  });
});

describe("mapHeader", () => {
  it.each([
    [["date", "channel", "metric", "value"], { date: 0, channel: 1, metric: 2, value: 3 }, []],
    [["Dato", "KANAL", "Måltall", "Verdi", "Notat"], { date: 0, channel: 1, metric: 2, value: 3, note: 4 }, []],
    // macOS writes "å" decomposed (a + ring); it is the same header.
    [["dato", "kanal", "ma\u030Altall", "verdi"], { date: 0, channel: 1, metric: 2, value: 3 }, []],
    [["\uFEFFmaaltall", " verdi ", "kanal", "dato", "Kommentar"], { metric: 0, value: 1, channel: 2, date: 3 }, []],
    [["date", "channel", "amount"], { date: 0, channel: 1 }, ["metric", "value"]],
    [[], {}, ["date", "channel", "metric", "value"]],
  ])("%j", (cells, layout, missing) => {
    expect(mapHeader(cells)).toEqual({ layout, missing });
  });
});

describe("parseCsvDate", () => {
  it.each([
    ["2026-11-26", "2026-11-26"],
    [" 26.11.2026 ", "2026-11-26"],
    ["1.2.2026", "2026-02-01"],
    ["29.02.2024", "2024-02-29"],
    ["29.02.2026", null],
    ["2026-02-30", null],
    ["2026-13-01", null],
    ["26/11/2026", null],
    ["11/26/2026", null],
    ["26.11.26", null],
    ["2026-11-26T10:00:00Z", null],
    ["", null],
    // Real dates, but outside the years the app accepts (MIN_YEAR–MAX_YEAR).
    ["31.12.9999", null],
    ["1999-12-31", null],
  ])("%j → %j", (raw, iso) => {
    expect(parseCsvDate(raw)).toBe(iso);
  });
});

describe("parseCsvNumber", () => {
  it.each([
    // `;` files: what Norwegian Excel and Intl write.
    ["1234,5", ";", 1234.5],
    ["1 234,5", ";", 1234.5],
    ["1\u00a0234\u00a0567,25", ";", 1234567.25],
    ["1\u202f234", ";", 1234],
    ["-12,5", ";", -12.5],
    ["\u221212,5", ";", -12.5],
    ["2,5 %", ";", 2.5],
    ["0,125", ";", 0.125],
    ["12.5", ";", 12.5],
    ["0.125", ";", 0.125],
    ["1200", ";", 1200],
    // German-style thousands point: ambiguous, refused rather than read as 1.234.
    ["1.234", ";", null],
    ["1.234,5", ";", null],
    ["12,5,1", ";", null],
    // `,` files: decimal point, and a comma is never a decimal mark.
    ["1234.5", ",", 1234.5],
    ["1 234.5", ",", 1234.5],
    ["1.234", ",", 1.234],
    ["12,5", ",", null],
    ["", ";", null],
    ["abc", ";", null],
    ["12 kr", ";", null],
    ["1e5", ",", null],
    ["Infinity", ",", null],
    ["-", ",", null],
  ])("%j with %s → %j", (raw, delimiter, value) => {
    expect(parseCsvNumber(raw, delimiter as ";" | ",")).toBe(value);
  });
});

describe("notes and export lines", () => {
  it.each([
    ["Etter kampanje", "Etter kampanje"],
    ['=HYPERLINK("x")', '\'=HYPERLINK("x")'],
    ["+47 kunder", "'+47 kunder"],
    ["-5 etter nyttår", "'-5 etter nyttår"],
    ["@kari", "'@kari"],
  ])("defuses %j and restores it on import", (note, exported) => {
    expect(defuseNote(note)).toBe(exported);
    expect(restoreNote(exported)).toBe(note);
  });

  it("keeps an apostrophe a person typed", () => {
    expect(restoreNote("'ok'")).toBe("'ok'");
  });

  it.each([
    ["plain", "plain"],
    ["a;b", '"a;b"'],
    ['sa "hei"', '"sa ""hei"""'],
    ["to\nlinjer", '"to\nlinjer"'],
  ])("quotes %j as %j", (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it("writes `;`, a decimal comma and CRLF", () => {
    expect(exportLine({ date: "2026-11-01", channel: "instagram", metric: "followers", value: "1234.5", note: null })).toBe(
      "2026-11-01;instagram;followers;1234,5;\r\n",
    );
    expect(exportLine({ date: "2026-11-01", channel: "email", metric: "open_rate", value: "25", note: "Ny; bedre emnelinje" })).toBe(
      '2026-11-01;email;open_rate;25;"Ny; bedre emnelinje"\r\n',
    );
  });
});
