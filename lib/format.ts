/**
 * Locale formatting of the product's numbers, NOK and dates through Intl.
 * Percent metrics are stored in percent points (2.5 means 2,5 %).
 */
export type ValueUnit = Unit;
import type { Unit } from "@/lib/domain/goal-types";
import { intlLocale } from "@/lib/i18n/locales";

export function formatValue(locale: string, unit: ValueUnit, value: number): string {
  const l = intlLocale(locale);
  switch (unit) {
    case "percent":
      return new Intl.NumberFormat(l, { style: "percent", maximumFractionDigits: 1 }).format(value / 100);
    case "nok":
      // A unit price under 100 kr (a click, a view) keeps its øre; every other amount is whole kroner.
      return formatMoney(locale, value, Math.abs(value) < ORE_BELOW && !Number.isInteger(value) ? "ore" : "kroner");
    case "ratio":
      return new Intl.NumberFormat(l, { maximumFractionDigits: 2 }).format(value);
    default:
      return new Intl.NumberFormat(l, { maximumFractionDigits: 1 }).format(value);
  }
}

/** Amounts below this many kroner that are not whole keep their øre in formatValue (cost per click, cost per view). */
const ORE_BELOW = 100;

/**
 * Money for the locale, the one formatter for every amount: whole kroner
 * ("12 000 kr" / "NOK 12,000"), or kroner and øre ("4,50 kr" / "NOK 4.50") for
 * a price per click.
 */
export function formatMoney(locale: string, amount: number, precision: "kroner" | "ore" = "kroner"): string {
  const digits = precision === "ore" ? 2 : 0;
  return new Intl.NumberFormat(intlLocale(locale), {
    style: "currency",
    currency: "NOK",
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(amount);
}

/** A share (0.25) as a percentage ("25 %" in bokmål, "25%" in English). */
export function formatShare(locale: string, share: number): string {
  return new Intl.NumberFormat(intlLocale(locale), { style: "percent", maximumFractionDigits: 0 }).format(share);
}

/** An ISO date (YYYY-MM-DD) as "26. nov. 2026" / "26 Nov 2026". */
export function formatDate(locale: string, isoDate: string): string {
  const [y, m, d] = isoDate.slice(0, 10).split("-").map(Number);
  return new Intl.DateTimeFormat(intlLocale(locale), { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }).format(
    new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)),
  );
}

/** Today's date in a time zone, as YYYY-MM-DD. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

/** A moment (a Date or an ISO timestamp) as date and time in a time zone: "26. nov. 2026, 14:05" / "26 Nov 2026, 14:05". */
export function formatDateTime(locale: string, moment: Date | string, timeZone: string): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone,
  }).format(typeof moment === "string" ? new Date(moment) : moment);
}

/** A moment as a clock time: "14:05" in both languages. Without a time zone, the viewer's own. */
export function formatTime(locale: string, moment: Date | string, timeZone?: string): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone }).format(
    typeof moment === "string" ? new Date(moment) : moment,
  );
}

/** The month of an ISO date (YYYY-MM-DD): "november 2026" / "November 2026". */
export function formatMonth(locale: string, isoDate: string): string {
  const [y, m] = isoDate.slice(0, 10).split("-").map(Number);
  return new Intl.DateTimeFormat(intlLocale(locale), { month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, 1)),
  );
}

/** A file's size: "840 kB", "12,4 MB" / "12.4 MB" (decimal units, as the browser's file picker shows them). */
export function formatFileSize(locale: string, bytes: number): string {
  const [unit, size] =
    bytes >= 1e6 ? (["megabyte", bytes / 1e6] as const) : bytes >= 1e3 ? (["kilobyte", bytes / 1e3] as const) : (["byte", bytes] as const);
  return new Intl.NumberFormat(intlLocale(locale), {
    style: "unit",
    unit,
    unitDisplay: "short",
    maximumFractionDigits: size < 10 && unit !== "byte" ? 1 : 0,
  }).format(size);
}

/** The formatters a meeting's minutes use (lib/domain/minutes-markdown), in a locale and the organization's time zone. */
export function minutesFormat(locale: string, timeZone: string) {
  return {
    value: (unit: string, value: number) => formatValue(locale, unit as ValueUnit, value),
    share: (share: number) => formatShare(locale, share),
    date: (isoDate: string) => formatDate(locale, isoDate),
    day: (moment: string) => formatDate(locale, todayIn(timeZone, new Date(moment))),
    dateTime: (moment: string) => formatDateTime(locale, moment, timeZone),
  };
}
