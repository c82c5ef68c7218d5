/**
 * Locale formatting of the product's numbers, NOK and dates through Intl.
 * Percent metrics are stored in percent points (2.5 means 2,5 %).
 */
export type ValueUnit = Unit;
import type { Unit } from "@/lib/domain/goal-types";
import type { MetricKind } from "@/lib/domain/series";
import { intlLocale } from "@/lib/i18n/locales";

/**
 * Intl formatters are costly to build (about 0.1 ms each, more than the
 * formatting) and immutable, so each (locale, options) pair is built once per
 * process: a handful of locales and fixed options, time zones from the
 * organizations' settings. docs/PERFORMANCE.md, "Intl formatters".
 */
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

export function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(locale, options)));
  return format;
}

function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
}

/**
 * Numbers rounded for people, one function per unit (docs/DOMAIN-RULES.md,
 * "Rounding"): counts whole, kroner whole (øre only for a price per result,
 * cost per click), percentages to one decimal, ratios (an average rating) to
 * two. The CSV export writes the stored numbers, never these.
 */
function formatCount(locale: string, value: number): string {
  return numberFormat(intlLocale(locale), { maximumFractionDigits: 0 }).format(value);
}

/** Kroner prices below this that are not whole keep their øre (cost per click, cost per view); larger amounts are whole kroner. */
const ORE_BELOW = 100;

/**
 * Whether a kroner value shows øre: a kroner rate (a price per click or per
 * result) under ORE_BELOW does, a total (spend, revenue) never; without a
 * kind, a small amount that has øre keeps them (a measurement as typed).
 */
function withOre(value: number, kind: MetricKind | undefined): boolean {
  if (kind === "total" || kind === "level" || Math.abs(value) >= ORE_BELOW) return false;
  return kind === "rate" || !Number.isInteger(value);
}

/** A percent metric, stored in percent points (2.5 means 2,5 %), to one decimal. */
function formatPercent(locale: string, value: number): string {
  return numberFormat(intlLocale(locale), { style: "percent", maximumFractionDigits: 1 }).format(value / 100);
}

function formatRatio(locale: string, value: number): string {
  return numberFormat(intlLocale(locale), { maximumFractionDigits: 2 }).format(value);
}

/**
 * A value in its unit. `kind` is the metric's: a kroner rate (cost per click,
 * cost per conversion) keeps its øre, a kroner total (spend, revenue) is
 * whole. Without a kind a kroner value shows øre only when it has them (a
 * measurement as it was typed).
 */
export function formatValue(locale: string, unit: ValueUnit, value: number, kind?: MetricKind): string {
  switch (unit) {
    case "percent":
      return formatPercent(locale, value);
    case "nok":
      return formatMoney(locale, value, withOre(value, kind) ? "ore" : "kroner");
    case "ratio":
      return formatRatio(locale, value);
    default:
      return formatCount(locale, value);
  }
}

/** Significant digits a forecast keeps: "1 340", never "1 342,4" (a trend is not that exact). */
const FORECAST_DIGITS = 3;

/** A forecast in its unit, never more precise than the unit's own values nor than FORECAST_DIGITS significant digits. */
export function formatForecast(locale: string, unit: ValueUnit, value: number, kind?: MetricKind): string {
  const rounded = value === 0 ? 0 : Number(value.toPrecision(FORECAST_DIGITS));
  return formatValue(locale, unit, rounded, kind ?? (unit === "nok" ? "total" : undefined));
}

/**
 * A change per week or month with its sign ("+12", "−0,3"): as the unit rounds,
 * except that a count changing by less than 10 a period keeps one decimal, so
 * a quarter of a cake a week is "+0,3", not "0".
 */
export function formatChange(locale: string, unit: ValueUnit, change: number, kind?: MetricKind): string {
  const small = unit === "count" && Math.abs(change) < 10;
  const text = small
    ? numberFormat(intlLocale(locale), { maximumFractionDigits: 1 }).format(Math.abs(change))
    : formatValue(locale, unit, Math.abs(change), kind);
  const zero = small ? formatCount(locale, 0) : formatValue(locale, unit, 0, kind);
  return text === zero ? zero : `${change > 0 ? "+" : "−"}${text}`;
}

/**
 * Money for the locale, the one formatter for every amount: whole kroner
 * ("12 000 kr" / "NOK 12,000"), or kroner and øre ("4,50 kr" / "NOK 4.50") for
 * a price per click.
 */
export function formatMoney(locale: string, amount: number, precision: "kroner" | "ore" = "kroner"): string {
  const digits = precision === "ore" ? 2 : 0;
  return numberFormat(intlLocale(locale), {
    style: "currency",
    currency: "NOK",
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(amount);
}

/** A share (0.25) as a percentage to one decimal at most ("25 %", "12,5 %" in bokmål; "25%" in English). */
export function formatShare(locale: string, share: number): string {
  return numberFormat(intlLocale(locale), { style: "percent", maximumFractionDigits: 1 }).format(share);
}

/** A change as a signed share ("+14 %", "−15 %", "0 %"), to one decimal at most. */
export function formatSignedShare(locale: string, share: number): string {
  return numberFormat(intlLocale(locale), { style: "percent", maximumFractionDigits: 1, signDisplay: "exceptZero" }).format(share);
}

/** An ISO date (YYYY-MM-DD) as "26. nov. 2026" / "26 Nov 2026". */
export function formatDate(locale: string, isoDate: string): string {
  const [y, m, d] = isoDate.slice(0, 10).split("-").map(Number);
  return dateFormat(intlLocale(locale), { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }).format(
    new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)),
  );
}

/** Today's date in a time zone, as YYYY-MM-DD. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  return dateFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

/**
 * Moments (timestamps: when a value was changed, a note written, a job run)
 * are shown in the organization's time zone, never the server's or the
 * viewer's: formatDay, formatDateTime and formatTime all require it. Calendar
 * dates (a measurement's date, a deadline) have no zone: formatDate.
 */
const asDate = (moment: Date | string) => (typeof moment === "string" ? new Date(moment) : moment);

/** The calendar day a moment falls on in a time zone: "27. nov. 2026" / "27 Nov 2026". */
export function formatDay(locale: string, moment: Date | string, timeZone: string): string {
  return formatDate(locale, todayIn(timeZone, asDate(moment)));
}

/** A moment (a Date or an ISO timestamp) as date and time in a time zone: "26. nov. 2026, 14:05" / "26 Nov 2026, 14:05". */
export function formatDateTime(locale: string, moment: Date | string, timeZone: string): string {
  return dateFormat(intlLocale(locale), {
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone,
  }).format(asDate(moment));
}

/** A moment as a clock time in a time zone: "14:05" in both languages. */
export function formatTime(locale: string, moment: Date | string, timeZone: string): string {
  return dateFormat(intlLocale(locale), { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone }).format(asDate(moment));
}

/** The month of an ISO date (YYYY-MM-DD): "november 2026" / "November 2026". */
export function formatMonth(locale: string, isoDate: string): string {
  const [y, m] = isoDate.slice(0, 10).split("-").map(Number);
  return dateFormat(intlLocale(locale), { month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, 1)),
  );
}

/** A file's size: "840 kB", "12,4 MB" / "12.4 MB" (decimal units, as the browser's file picker shows them). */
export function formatFileSize(locale: string, bytes: number): string {
  const [unit, size] =
    bytes >= 1e6 ? (["megabyte", bytes / 1e6] as const) : bytes >= 1e3 ? (["kilobyte", bytes / 1e3] as const) : (["byte", bytes] as const);
  return numberFormat(intlLocale(locale), {
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
    day: (moment: string) => formatDay(locale, moment, timeZone),
    dateTime: (moment: string) => formatDateTime(locale, moment, timeZone),
    money: (amount: number) => formatMoney(locale, amount, Number.isInteger(Math.round(amount * 100) / 100) ? "kroner" : "ore"),
    month: (isoDate: string) => formatMonth(locale, isoDate),
    channel: (c: { nameNb: string; nameEn: string }) => (locale === "en" ? c.nameEn : c.nameNb),
  };
}
