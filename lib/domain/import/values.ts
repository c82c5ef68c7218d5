import { isoDateMs } from "../dates";
import type { ColumnMapping } from "./types";

/**
 * Numbers and dates as the platforms' downloads write them, in either
 * convention. Pure and total: anything not clearly a number or a date is null.
 */

// Spaces, no-break and narrow no-break spaces, apostrophes: thousands separators.
const GROUPING = /[\s\u00a0\u202f\u2009']/g;
const CURRENCY = /^(kr\.?|nok|usd|eur|sek|dkk|\$|€|£)|(kr\.?|,-|nok|usd|eur|sek|dkk|\$|€|£)$/i;

/**
 * "1 234,5", "1,234.5", "kr 1 234", "23,5 %", "23.45%", "1.234.567", "−12" →
 * numbers. A lone comma before exactly three digits after a 1–3 digit
 * integer part ("1,234") is a thousands separator, as the English downloads
 * write it; any other lone comma is a decimal comma ("23,5", "0,125"). A lone
 * point is always a decimal point: Norwegian files group with spaces, never
 * points. "(12)" is not a negative number here: it is refused.
 */
export function parseNumber(text: string): number | null {
  let t = text
    .trim()
    .replace(/^\u2212|^\u2013/, "-")
    .replace(/%$/, "")
    .trim();
  for (let i = 0; i < 2 && CURRENCY.test(t); i++) t = t.replace(CURRENCY, "").trim();
  t = t.replace(/%$/, "").replace(GROUPING, "");
  const sign = /^[-+]/.test(t) ? t[0] : "";
  if (sign) t = t.slice(1);
  const commas = t.split(",").length - 1;
  const points = t.split(".").length - 1;
  if (commas && points) {
    // The later mark is the decimal one: "1,234.5" or "1.234,5".
    const decimalComma = t.lastIndexOf(",") > t.lastIndexOf(".");
    const [group, decimal] = decimalComma ? [".", ","] : [",", "."];
    if (t.split(decimal).length - 1 > 1 || !new RegExp(`^\\d{1,3}(\\${group}\\d{3})*\\${decimal}\\d+$`).test(t)) return null;
    t = t.split(group).join("").replace(decimal, ".");
  } else if (commas > 1 || points > 1) {
    const mark = commas ? "," : ".";
    if (!new RegExp(`^\\d{1,3}(\\${mark}\\d{3})+$`).test(t)) return null;
    t = t.split(mark).join("");
  } else if (commas === 1) {
    t = /^[1-9]\d{0,2},\d{3}$/.test(t) ? t.replace(",", "") : t.replace(",", ".");
  }
  if (!/^(\d+(\.\d+)?|\.\d+)$/.test(t)) return null;
  const value = Number(sign + t);
  return Number.isFinite(value) ? value : null;
}

export type DateFormat = ColumnMapping["dateFormat"];

const MONTHS: Record<string, number> = {};
[
  ["jan", "january", "januar"],
  ["feb", "february", "februar"],
  ["mar", "march", "mars"],
  ["apr", "april"],
  ["may", "mai"],
  ["jun", "june", "juni"],
  ["jul", "july", "juli"],
  ["aug", "august"],
  ["sep", "sept", "september"],
  ["oct", "okt", "october", "oktober"],
  ["nov", "november"],
  ["dec", "des", "december", "desember"],
].forEach((names, i) => names.forEach((n) => (MONTHS[n] = i + 1)));

const iso = (y: number, m: number, d: number): string | null => {
  const text = `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  return isoDateMs(text) === null ? null : text;
};

// A time after the date ("09:00 AM", "14:23:11 +0100", "T08:00:00Z") is dropped: the day is the date as written.
const TIME = /(?:[ T]\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\.\d+)?\s*(?:am|pm)?\s*(?:z|[+-]\d{2}:?\d{2}|utc|gmt|[a-z]{3,4})?)$/i;

/**
 * A date as yyyy-mm-dd, or null. Without a format every unambiguous form is
 * read: 2026-11-05, 20261105, 05.11.2026, "Nov 05, 2026 09:00 AM",
 * "5. nov. 2026", "5 November 2026", and a slashed date only when a part
 * above 12 tells day from month. With a format ("dmy", "mdy", …) slashed and
 * dotted dates are read that way.
 */
export function parseDate(text: string, format?: DateFormat): string | null {
  const t = text
    .trim()
    .replace(/^[a-zæøå]{2,9}\.?,\s+/i, "")
    .replace(TIME, "")
    .trim()
    .toLowerCase();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t) ?? /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(t);
  if (m) return iso(+m[1]!, +m[2]!, +m[3]!);
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  if (m) return iso(+m[1]!, +m[2]!, +m[3]!);
  m = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4})$/.exec(t);
  if (m) {
    const [a, b, y] = [+m[1]!, +m[3]!, +m[4]!];
    // Dotted dates are day first everywhere (05.11.2026); slashes follow the format, else the part above 12.
    if (m[2] === "." || format === "dmy") return iso(y, b, a);
    if (format === "mdy") return iso(y, a, b);
    if (a > 12 && b <= 12) return iso(y, b, a);
    if (b > 12 && a <= 12) return iso(y, a, b);
    return a === b ? iso(y, a, b) : null;
  }
  // "nov 05, 2026" / "november 5 2026"
  m = /^([a-zæøå]+)\.?\s+(\d{1,2}),?\s+(\d{4})$/.exec(t);
  if (m && MONTHS[m[1]!]) return iso(+m[3]!, MONTHS[m[1]!]!, +m[2]!);
  // "5. nov. 2026" / "5 november 2026" / "05-nov-2026"
  m = /^(\d{1,2})\.?[\s-]+([a-zæøå]+)\.?[\s-]+(\d{4})$/.exec(t);
  if (m && MONTHS[m[2]!]) return iso(+m[3]!, MONTHS[m[2]!]!, +m[1]!);
  return null;
}
