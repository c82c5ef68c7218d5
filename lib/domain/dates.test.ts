import { describe, expect, it } from "vitest";
import { addDays, addMonths, compareDates, dateProblem, daysBetween, isoDateMs, monthsBetween } from "./dates";

describe("isoDateMs", () => {
  it.each([
    ["2026-01-01", Date.UTC(2026, 0, 1)],
    ["2026-03-05T10:20:00.000Z", Date.UTC(2026, 2, 5)],
    ["2026-02-30", null],
    ["2026-13-01", null],
    ["1. mars 2026", null],
    ["", null],
    [null, null],
    // Only MIN_YEAR–MAX_YEAR: the attacker's 9999-12-31 is no date the app works with.
    ["2000-01-01", Date.UTC(2000, 0, 1)],
    ["2100-12-31", Date.UTC(2100, 11, 31)],
    ["1999-12-31", null],
    ["2101-01-01", null],
    ["9999-12-31", null],
  ])("%s → %s", (date, ms) => expect(isoDateMs(date)).toBe(ms));
});

describe("dateProblem", () => {
  it.each([
    ["2026-11-26", null],
    ["2000-01-01", null],
    ["2100-12-31", null],
    ["9999-12-31", "validation.dateRange"],
    ["1999-12-31", "validation.dateRange"],
    ["0000-01-01", "validation.date"],
    ["2026-02-29", "validation.date"],
    ["2026-11-26T10:00:00Z", "validation.date"],
    ["26.11.2026", "validation.date"],
  ])("%s → %s", (date, problem) => expect(dateProblem(date)).toBe(problem));
});

describe("compareDates", () => {
  it.each([
    // 10000-01-01 sorts before 9999-12-31 as a string; neither is a date here, so every comparison is false.
    ["2026-01-02", "2026-01-01", 1],
    ["2026-01-01", "2026-01-02", -1],
    ["2026-01-01", "2026-01-01T23:00:00Z", 0],
  ])("%s vs %s", (a, b, sign) => expect(Math.sign(compareDates(a, b))).toBe(sign));

  it("an unusable date compares false either way", () => {
    for (const bad of ["9999-12-31", "10000-01-01", "nope", null]) {
      expect(compareDates(bad, "2026-01-01") > 0).toBe(false);
      expect(compareDates(bad, "2026-01-01") <= 0).toBe(false);
    }
  });
});

describe("daysBetween", () => {
  it.each([
    ["2026-01-01", "2026-07-01", 181],
    ["2026-07-01", "2027-01-01", 184],
    // DST in Norway starts 29 Mar 2026; UTC dates keep whole days.
    ["2026-03-28", "2026-03-30", 2],
    ["2026-03-01", "2026-02-01", -28],
    ["2026-03-01", "not a date", null],
  ])("%s → %s = %s", (from, to, days) => expect(daysBetween(from, to)).toBe(days));
});

describe("addDays", () => {
  it.each([
    ["2026-01-31", 1, "2026-02-01"],
    ["2026-03-01", -1, "2026-02-28"],
    ["x", 1, null],
    ["2100-12-31", 1, null],
    ["2026-01-01", 1e12, null],
  ])("%s + %s = %s", (date, days, result) => expect(addDays(date, days)).toBe(result));
});

describe("addMonths", () => {
  it.each([
    ["2026-01-15", 6, "2026-07-15"],
    ["2026-08-31", 6, "2027-02-28"],
    ["2027-08-31", 6, "2028-02-29"],
    ["2026-01-31", 1, "2026-02-28"],
    ["2026-11-30", 3, "2027-02-28"],
    ["2026-05-10", 12, "2027-05-10"],
    ["2026-05-10", -2, "2026-03-10"],
    ["2026-05-10", 1.5, null],
    ["nope", 1, null],
    ["2026-05-10", 1200, null],
    ["2026-05-10", 1e15, null],
  ])("%s + %s months = %s", (date, months, result) => expect(addMonths(date, months)).toBe(result));
});

describe("monthsBetween", () => {
  it.each([
    ["2026-01-01", "2026-07-01", 6],
    ["2026-07-01", "2027-01-01", 6],
    ["2026-01-01", "2026-04-01", 3],
    ["2026-08-31", "2027-02-28", 6],
    ["2026-01-31", "2026-03-01", 1 + 1 / 30.4375],
    ["2026-01-01", "2026-01-01", 0],
    ["2026-01-01", "2026-01-16", 15 / 30.4375],
    ["2026-07-01", "2026-01-01", -6],
  ])("%s → %s = %s", (from, to, months) => expect(monthsBetween(from, to)).toBeCloseTo(months, 10));

  it("is null for an invalid date", () => expect(monthsBetween("2026-01-01", "2026-02-31")).toBeNull());
});
