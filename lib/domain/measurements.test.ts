import { describe, expect, it } from "vitest";
import { COUNT_MAX, MEASUREMENT_NOTE_MAX, measurementProblems, NOK_MAX, RATIO_MAX } from "./measurements";

const today = "2026-03-15";
type Item = Parameters<typeof measurementProblems>[0];
const codes = (item: Item) => measurementProblems(item, today).map((p) => `${p.field}:${p.code}`);

describe("measurementProblems", () => {
  // Hand-written: each row names the one rule it exercises.
  const cases: [string, Item, string[]][] = [
    ["today itself is allowed", { date: "2026-03-15", value: 12 }, []],
    ["a date in the past is allowed", { date: "2025-12-31", value: 0 }, []],
    ["negative and decimal values are numbers", { date: "2026-03-01", value: -3.5 }, []],
    ["tomorrow is in the future", { date: "2026-03-16", value: 1 }, ["date:futureDate"]],
    [
      "next year is in the future although '2027-01-01' < '2026-12' would not sort so",
      { date: "2027-01-01", value: 1 },
      ["date:futureDate"],
    ],
    ["30 February is not a date", { date: "2026-02-30", value: 1 }, ["date:badDate"]],
    ["a timestamp is not a date", { date: "2026-03-01T10:00:00Z", value: 1 }, ["date:badDate"]],
    ["text is not a date", { date: "yesterday", value: 1 }, ["date:badDate"]],
    ["NaN is not a number", { date: "2026-03-01", value: Number.NaN }, ["value:badNumber"]],
    ["Infinity is not a number", { date: "2026-03-01", value: Number.POSITIVE_INFINITY }, ["value:badNumber"]],
    ["a note of exactly the maximum is kept", { date: "2026-03-01", value: 1, note: "x".repeat(MEASUREMENT_NOTE_MAX) }, []],
    ["a note one longer is too long", { date: "2026-03-01", value: 1, note: "x".repeat(MEASUREMENT_NOTE_MAX + 1) }, ["note:noteTooLong"]],
    ["a NUL character cannot be stored", { date: "2026-03-01", value: 1, note: "a\0b" }, ["note:noteInvalid"]],
    ["a null note is no note", { date: "2026-03-01", value: 1, note: null }, []],
    ["a date the caller could not read is not named again", { date: null, value: 1, note: "\0" }, ["note:noteInvalid"]],
    ["a value the caller could not read is not named again", { date: "2026-03-16", value: null }, ["date:futureDate"]],
    [
      "every problem at once",
      { date: "2026-04-01", value: Number.NaN, note: "\0" },
      ["date:futureDate", "value:badNumber", "note:noteInvalid"],
    ],
  ];
  it.each(cases)("%s", (_name, item, expected) => {
    expect(codes(item)).toEqual(expected);
  });
});

describe("measurementProblems for the metric's unit and kind", () => {
  type Shape = NonNullable<Parameters<typeof measurementProblems>[2]>;
  const followers: Shape = { unit: "count", kind: "level" };
  const visits: Shape = { unit: "count", kind: "total" };
  const viewsPerPost: Shape = { unit: "count", kind: "rate" };
  const openRate: Shape = { unit: "percent", kind: "rate" };
  const spend: Shape = { unit: "nok", kind: "total" };
  const rating: Shape = { unit: "ratio", kind: "level" };
  const cases: [string, number, Shape, string[]][] = [
    ["a whole count", 1200, visits, []],
    ["zero followers", 0, followers, []],
    ["half a visit is not a count", 12.5, visits, ["value:notWhole"]],
    ["a count per post may have decimals", 312.5, viewsPerPost, []],
    ["a negative count", -3, followers, ["value:negative"]],
    ["negative kroner", -0.01, spend, ["value:negative"]],
    ["a negative share", -1, openRate, ["value:negative"]],
    ["a share of exactly 100 %", 100, openRate, []],
    ["a share over 100 %", 100.1, openRate, ["value:overShare"]],
    ["a share with decimals", 27.25, openRate, []],
    ["kroner with øre", 1234.5, spend, []],
    ["a billion visits is the bound", COUNT_MAX, visits, []],
    ["one more is beyond it", COUNT_MAX + 1, visits, ["value:tooLarge"]],
    ["a fractional count beyond the bound names both", COUNT_MAX + 0.5, visits, ["value:notWhole", "value:tooLarge"]],
    ["kroner beyond the bound", NOK_MAX * 2, spend, ["value:tooLarge"]],
    ["a rating of 4.6", 4.6, rating, []],
    ["a ratio beyond its bound", RATIO_MAX + 1, rating, ["value:tooLarge"]],
  ];
  it.each(cases)("%s", (_name, value, metric, expected) => {
    expect(measurementProblems({ date: "2026-03-01", value }, today, metric).map((p) => `${p.field}:${p.code}`)).toEqual(expected);
  });

  it("names only 'not a number' for NaN, whatever the metric", () => {
    expect(measurementProblems({ date: "2026-03-01", value: Number.NaN }, today, visits).map((p) => p.code)).toEqual(["badNumber"]);
  });
});
