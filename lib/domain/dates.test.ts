import { describe, expect, it } from "vitest";
import { addDays, addMonths, daysBetween, isoDateMs, monthsBetween } from "./dates";

describe("isoDateMs", () => {
  it.each([
    ["2026-01-01", Date.UTC(2026, 0, 1)],
    ["2026-03-05T10:20:00.000Z", Date.UTC(2026, 2, 5)],
    ["2026-02-30", null],
    ["2026-13-01", null],
    ["1. mars 2026", null],
    ["", null],
    [null, null],
  ])("%s → %s", (date, ms) => expect(isoDateMs(date)).toBe(ms));
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
