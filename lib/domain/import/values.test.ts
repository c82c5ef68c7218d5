import { describe, expect, it } from "vitest";
import { parseDate, parseNumber } from "./values";

describe("parseNumber", () => {
  it.each([
    ["1 234,5", 1234.5],
    ["1,234.5", 1234.5],
    ["1.234,5", 1234.5],
    ["kr 1 234", 1234],
    ["1 234 kr", 1234],
    ["kr 1 234,-", 1234],
    ["NOK 99.90", 99.9],
    ["23,5 %", 23.5],
    ["23.45%", 23.45],
    ["12 %", 12],
    ["1\u00a0234", 1234],
    ["1\u202f234,75", 1234.75],
    ["\u221212", -12],
    ["-0,5", -0.5],
    ["+7", 7],
    ["1,234", 1234], // English thousands: a 1–3 digit integer part and three digits after the comma
    ["12,345", 12345],
    ["0,125", 0.125], // a leading zero is never grouped: a decimal comma
    ["12,5", 12.5],
    ["1234,5678", 1234.5678],
    ["1.234.567", 1234567],
    ["1,234,567", 1234567],
    ["1,234,567.89", 1234567.89],
    ["0.057", 0.057],
    ["46327", 46327],
  ])("%s → %d", (text, value) => expect(parseNumber(text)).toBe(value));

  it.each([
    "(12)",
    "12,",
    "12.",
    "abc",
    "",
    " ",
    "--",
    "1.2.3",
    "1,2,3",
    "1,23.4",
    "1.234,5,6",
    "2x0",
    "1e5",
    "Infinity",
    "NaN",
    "0x10",
    "12-",
  ])("%j is no number", (text) => expect(parseNumber(text)).toBeNull());
});

describe("parseDate", () => {
  it.each<[string, Parameters<typeof parseDate>[1], string]>([
    ["2026-11-05", undefined, "2026-11-05"],
    ["2026-11-5", undefined, "2026-11-05"],
    ["2026/11/05", undefined, "2026-11-05"],
    ["20261105", undefined, "2026-11-05"],
    ["05.11.2026", undefined, "2026-11-05"],
    ["5.11.2026", undefined, "2026-11-05"],
    ["05.11.2026 09:00", "mdy", "2026-11-05"], // dotted dates are day first whatever the format
    ["Nov 05, 2026 09:00 AM", undefined, "2026-11-05"],
    ["Nov 5, 2026 4:30 PM", undefined, "2026-11-05"],
    ["November 5, 2026", undefined, "2026-11-05"],
    ["Thu, Nov 5, 2026", undefined, "2026-11-05"],
    ["5. nov. 2026", undefined, "2026-11-05"],
    ["5 november 2026", undefined, "2026-11-05"],
    ["5. desember 2026", undefined, "2026-12-05"],
    ["17. mai 2026", undefined, "2026-05-17"],
    ["05-Nov-2026", undefined, "2026-11-05"],
    ["11/05/2026", "mdy", "2026-11-05"],
    ["11/30/2026 12:00", "mdy", "2026-11-30"],
    ["05/11/2026", "dmy", "2026-11-05"],
    ["25/11/2026", undefined, "2026-11-25"],
    ["11/25/2026", undefined, "2026-11-25"],
    ["2026-11-05 14:23:11 +0100", undefined, "2026-11-05"],
    ["2026-11-05T08:00:00Z", undefined, "2026-11-05"],
    ["2024-02-29", undefined, "2024-02-29"],
  ])("%s (%s) → %s", (text, format, iso) => expect(parseDate(text, format)).toBe(iso));

  it.each<[string, Parameters<typeof parseDate>[1]]>([
    ["11/05/2026", undefined], // day and month both ≤ 12 and no format: ambiguous
    ["2026-02-30", undefined],
    ["31.02.2026", undefined],
    ["2025-02-29", undefined],
    ["1999-12-31", undefined], // outside Målbar's 2000–2100
    ["2101-01-01", undefined],
    ["13/13/2026", undefined],
    ["Lifetime", undefined],
    ["Total", undefined],
    ["", undefined],
    ["2026-11", undefined],
    ["Smarch 5, 2026", undefined],
    ["46327", undefined],
  ])("%j (%s) is no date", (text, format) => expect(parseDate(text, format)).toBeNull());
});
