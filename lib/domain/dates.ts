/**
 * Calendar arithmetic on ISO dates (YYYY-MM-DD) for the goal rules. Dates are
 * calendar days, read in UTC so no time zone or DST shifts a day. A longer
 * ISO string (a timestamp such as a row's createdAt) counts by its date part.
 */
const DAY_MS = 86_400_000;

/** The average month, 365.25 / 12 days: the unit of a span that is not whole calendar months. */
const DAYS_PER_MONTH = 30.4375;

/** The number of the ASCII digits at `from`..`to` (exclusive) of `s`, or -1 when one is not a digit. */
function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Midnight UTC of a real calendar date (YYYY-MM-DD, then anything), whatever
 * its year; null when it is not one. Read by character codes, without a
 * regular expression or a Date object: this runs per data point on every
 * dashboard request (docs/PERFORMANCE.md, "dashboardData").
 */
function calendarMs(date: string | null | undefined): number | null {
  if (!date || date.length < 10 || date.charCodeAt(4) !== 45 || date.charCodeAt(7) !== 45) return null;
  const y = digits(date, 0, 4);
  const mo = digits(date, 5, 7);
  const d = digits(date, 8, 10);
  // Date.UTC rolls 2026-02-30 over to March: check the day against the month's length by arithmetic.
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  // Date.UTC reads years 0–99 as 1900–1999; the round trip refused them, and so does this.
  if (y < 100 || mo < 1 || mo > 12 || d < 1 || d > (mo === 2 && leap ? 29 : MONTH_DAYS[mo - 1]!)) return null;
  return Date.UTC(y, mo - 1, d);
}

/**
 * The years a date may fall in (MIN_YEAR–MAX_YEAR), anywhere in Målbar: a
 * small business's marketing goals, measurements and meetings live well inside
 * 2000–2100. A date outside is a typo or an attack (9999-12-31 made the chart
 * loop for 43 s), and refusing it here bounds every loop that walks from one
 * date to another. Forms, the API and CSV import all refuse such dates with
 * "validation.dateRange". Date.UTC(2000, 0, 1) and Date.UTC(2101, 0, 1) are
 * written out (dates.test.ts checks the bounds): a call here would be work done
 * on import, and the bundler would then ship this file with every page that
 * imports anything from a file that imports it, used or not
 * (docs/PERFORMANCE.md, "First-load JavaScript").
 */
const MIN_MS = 946_684_800_000;
const END_MS = 4_133_980_800_000;
const inYears = (ms: number) => ms >= MIN_MS && ms < END_MS;

/** Midnight UTC of an ISO date in ms, or null when it is not a real calendar date in MIN_YEAR–MAX_YEAR. */
export function isoDateMs(date: string | null | undefined): number | null {
  const ms = calendarMs(date);
  return ms !== null && inYears(ms) ? ms : null;
}

/**
 * Why a typed date (exactly YYYY-MM-DD) is refused, as a message key, or null
 * when it is fine: not a date at all, or a real date outside MIN_YEAR–MAX_YEAR.
 */
export function dateProblem(date: string): "validation.date" | "validation.dateRange" | null {
  const ms = /^\d{4}-\d{2}-\d{2}$/.test(date) ? calendarMs(date) : null;
  if (ms === null) return "validation.date";
  return inYears(ms) ? null : "validation.dateRange";
}

/**
 * Orders two ISO dates by their day numbers (negative: `a` first), never by
 * their strings; an invalid or out-of-range date sorts as NaN, so every
 * comparison with it is false.
 */
export function compareDates(a: string | null | undefined, b: string | null | undefined): number {
  return (isoDateMs(a) ?? Number.NaN) - (isoDateMs(b) ?? Number.NaN);
}

/** The ISO date of a day in ms, or null outside MIN_YEAR–MAX_YEAR (so a result is always a valid input again). */
function toIso(ms: number): string | null {
  return Number.isFinite(ms) && inYears(ms) ? new Date(ms).toISOString().slice(0, 10) : null;
}

/** Whole days from `from` to `to` (negative when `to` is earlier), or null for an invalid date. */
export function daysBetween(from: string, to: string): number | null {
  const a = isoDateMs(from);
  const b = isoDateMs(to);
  if (a === null || b === null) return null;
  return Math.round((b - a) / DAY_MS);
}

export function addDays(date: string, days: number): string | null {
  const ms = isoDateMs(date);
  return ms === null ? null : toIso(ms + days * DAY_MS);
}

/**
 * The date `months` calendar months after `date`, the day clamped to the
 * target month's length (31 Aug + 6 months = 28 Feb).
 */
export function addMonths(date: string, months: number): string | null {
  const ms = isoDateMs(date);
  if (ms === null || !Number.isInteger(months)) return null;
  const d = new Date(ms);
  const first = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1);
  const f = new Date(first);
  const lastDay = new Date(Date.UTC(f.getUTCFullYear(), f.getUTCMonth() + 1, 0)).getUTCDate();
  return toIso(Date.UTC(f.getUTCFullYear(), f.getUTCMonth(), Math.min(d.getUTCDate(), lastDay)));
}

/**
 * The span from `from` to `to` in months: whole calendar months, plus the
 * days left over in average months. So 1 Jan → 1 Jul is exactly 6 (not
 * 181 / 30.4375 = 5.95), and a goal "in 6 months" is scaled as 6 months
 * whichever half-year it falls in. Negative when `to` is earlier.
 */
export function monthsBetween(from: string, to: string): number | null {
  const a = isoDateMs(from);
  const b = isoDateMs(to);
  if (a === null || b === null) return null;
  if (b < a) return -(monthsBetween(to, from) ?? 0);
  const [fa, fb] = [new Date(a), new Date(b)];
  let whole = (fb.getUTCFullYear() - fa.getUTCFullYear()) * 12 + fb.getUTCMonth() - fa.getUTCMonth();
  let anchor = addMonths(from, whole);
  // The day clamp can put the anchor past `to` (31 Jan → 1 Mar is 2 months to 31 Mar): one step back
  // lands in the month before `to`'s, so this runs at most once; no loop.
  if (whole > 0 && (isoDateMs(anchor) ?? 0) > b) {
    whole -= 1;
    anchor = addMonths(from, whole);
  }
  const rest = anchor === null ? null : daysBetween(anchor, to);
  return rest === null ? null : whole + rest / DAYS_PER_MONTH;
}
