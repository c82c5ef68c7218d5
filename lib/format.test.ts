import { describe, expect, it } from "vitest";
import {
  formatChange,
  formatDate,
  formatDay,
  formatDateTime,
  formatFileSize,
  formatForecast,
  formatMoney,
  formatMonth,
  formatShare,
  formatTime,
  formatValue,
  minutesFormat,
  todayIn,
} from "./format";

// Intl uses no-break spaces; compare with ordinary ones.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");

describe("formatValue", () => {
  it.each([
    ["nb", "percent", 2.5, "2,5 %"],
    ["en", "percent", 2.5, "2.5%"],
    ["nb", "count", 12500, "12 500"],
    ["en", "count", 12500, "12,500"],
    ["nb", "nok", 1499, "1 499 kr"],
    ["en", "nok", 12.5, "NOK 12.50"],
    ["nb", "ratio", 4.25, "4,25"],
    ["nb", "nok", 4.5, "4,50 kr"],
    ["nb", "nok", 96.666, "96,67 kr"],
    ["nb", "nok", 150.4, "150 kr"],
    ["en", "nok", 12000, "NOK 12,000"],
  ] as const)("%s %s %s → %s", (locale, unit, value, expected) => {
    expect(plain(formatValue(locale, unit, value))).toBe(expected);
  });

  it.each([
    // Counts whole: a forecast of 23.9 wedding cakes is 24.
    ["nb", "count", 23.9, "total", "24"],
    ["en", "count", 1342.4, "total", "1,342"],
    // Kroner whole for spend and revenue; øre for a price per click.
    ["nb", "nok", 12345.67, "total", "12 346 kr"],
    ["nb", "nok", 7.5, "rate", "7,50 kr"],
    ["en", "nok", 7, "rate", "NOK 7.00"],
    // Percentages to one decimal.
    ["nb", "percent", 2.456, "rate", "2,5 %"],
    ["en", "percent", 30, "rate", "30%"],
  ] as const)("%s %s %s (%s) → %s", (locale, unit, value, kind, expected) => {
    expect(plain(formatValue(locale, unit, value, kind))).toBe(expected);
  });
});

describe("formatChange", () => {
  it.each([
    // A quarter of a wedding cake a week keeps one decimal; twelve visits a week are whole.
    ["nb", "count", 0.25, undefined, "+0,3"],
    ["nb", "count", 12.44, undefined, "+12"],
    ["nb", "count", -0.875, undefined, "−0,9"],
    ["nb", "count", 0.01, undefined, "0"],
    ["nb", "percent", 0.25, "rate", "+0,3 %"],
    ["nb", "nok", -1234.5, "total", "−1 235 kr"],
  ] as const)("%s %s %s → %s", (locale, unit, value, kind, expected) => {
    expect(plain(formatChange(locale, unit, value, kind))).toBe(expected);
  });
});

describe("formatForecast", () => {
  it.each([
    // Three significant digits at most, and never finer than the unit: 1 342,4 visits → 1 340, 415,1 clicks → 415.
    ["nb", "count", 1342.4, undefined, "1 340"],
    ["nb", "count", 415.1, undefined, "415"],
    ["nb", "count", 23.9, undefined, "24"],
    ["nb", "percent", 4.267, "rate", "4,3 %"],
    ["nb", "nok", 12345.67, "total", "12 300 kr"],
    ["nb", "nok", 7.456, "rate", "7,46 kr"],
    ["nb", "count", 0, undefined, "0"],
  ] as const)("%s %s %s → %s", (locale, unit, value, kind, expected) => {
    expect(plain(formatForecast(locale, unit, value, kind))).toBe(expected);
  });
});

describe("formatMoney", () => {
  it.each([
    ["nb", 12_000, "kroner", "12 000 kr"],
    ["en", 12_000, "kroner", "NOK 12,000"],
    ["nb", 12_000.5, "kroner", "12 001 kr"],
    ["nb", -1_499, "kroner", "−1 499 kr"],
    ["nb", 4.5, "ore", "4,50 kr"],
    ["en", 4.5, "ore", "NOK 4.50"],
    ["en", 12, "ore", "NOK 12.00"],
  ] as const)("%s %s in %s → %s", (locale, amount, precision, expected) => {
    expect(plain(formatMoney(locale, amount, precision))).toBe(expected);
  });
});

describe("formatShare and formatDate", () => {
  it("formats shares and dates for the locale", () => {
    expect(plain(formatShare("nb", 0.3))).toBe("30 %");
    expect(plain(formatShare("nb", 0.8534))).toBe("85,3 %");
    expect(plain(formatShare("en", 0.3))).toBe("30%");
    expect(formatDate("nb", "2026-11-26")).toBe("26. nov. 2026");
    expect(formatDate("en", "2026-11-26")).toBe("26 Nov 2026");
  });

  it("knows today's date in Oslo around midnight UTC", () => {
    expect(todayIn("Europe/Oslo", new Date("2026-11-26T23:30:00Z"))).toBe("2026-11-27");
    expect(todayIn("UTC", new Date("2026-11-26T23:30:00Z"))).toBe("2026-11-26");
  });

  it("formats a moment as date and time in the organization's time zone", () => {
    expect(formatDateTime("nb", "2026-11-26T13:05:00Z", "Europe/Oslo")).toBe("26. nov. 2026, 14:05");
    expect(formatDateTime("en", new Date("2026-11-26T23:30:00Z"), "Europe/Oslo")).toBe("27 Nov 2026, 00:30");
  });
});

describe("formatDay: the day a moment falls on in the organization's time zone", () => {
  // 23:30 UTC on 26 November is 00:30 on 27 November in Oslo (UTC+1 in winter);
  // 22:30 UTC on 30 June is 00:30 on 1 July in Oslo (UTC+2 in summer).
  it.each([
    ["nb", "2026-11-26T23:30:00Z", "Europe/Oslo", "27. nov. 2026"],
    ["nb", "2026-11-26T23:30:00Z", "UTC", "26. nov. 2026"],
    ["en", "2026-11-26T23:30:00Z", "Europe/Oslo", "27 Nov 2026"],
    ["en", "2026-11-26T23:30:00Z", "UTC", "26 Nov 2026"],
    ["nb", "2026-06-30T22:30:00Z", "Europe/Oslo", "1. juli 2026"],
    ["nb", "2026-06-30T21:59:00Z", "Europe/Oslo", "30. juni 2026"],
    ["en", "2026-11-27T04:00:00Z", "America/New_York", "26 Nov 2026"],
  ] as const)("%s %s in %s → %s", (locale, moment, zone, expected) => {
    expect(formatDay(locale, moment, zone)).toBe(expected);
    expect(formatDay(locale, new Date(moment), zone)).toBe(expected);
  });

  it("gives the minutes the same day as the rest of the app", () => {
    expect(minutesFormat("nb", "Europe/Oslo").day("2026-11-26T23:30:00Z")).toBe("27. nov. 2026");
    expect(minutesFormat("nb", "UTC").day("2026-11-26T23:30:00Z")).toBe("26. nov. 2026");
    expect(minutesFormat("en", "Europe/Oslo").dateTime("2026-11-26T23:30:00Z")).toBe("27 Nov 2026, 00:30");
  });
});

describe("formatTime and formatMonth", () => {
  it("formats a clock time in the given time zone, 24-hour in both languages", () => {
    expect(formatTime("nb", "2026-11-26T13:05:00Z", "Europe/Oslo")).toBe("14:05");
    expect(formatTime("en", "2026-11-26T13:05:00Z", "Europe/Oslo")).toBe("14:05");
    expect(formatTime("en", new Date("2026-11-26T23:30:00Z"), "UTC")).toBe("23:30");
    expect(formatTime("nb", "2026-06-01T00:07:00Z", "Europe/Oslo")).toBe("02:07");
  });

  it("names the month of a date, whatever the server's time zone", () => {
    expect(formatMonth("nb", "2026-11-01")).toBe("november 2026");
    expect(formatMonth("en", "2026-11-30")).toBe("November 2026");
    expect(formatMonth("nb", "2027-01-01")).toBe("januar 2027");
  });
});

describe("formatFileSize", () => {
  it.each([
    ["nb", 512, "512 B"],
    ["nb", 840_000, "840 kB"],
    ["nb", 12_430_000, "12 MB"],
    ["nb", 2_450_000, "2,5 MB"],
    ["en", 2_450_000, "2.5 MB"],
    ["en", 9_999, "10 kB"],
  ] as const)("%s %d bytes → %s", (locale, bytes, expected) => {
    expect(plain(formatFileSize(locale, bytes))).toBe(expected);
  });
});
