/**
 * Calendar arithmetic on ISO dates (YYYY-MM-DD) for the goal rules. Dates are
 * calendar days, read in UTC so no time zone or DST shifts a day. A longer
 * ISO string (a timestamp such as a row's createdAt) counts by its date part.
 */
const DAY_MS = 86_400_000;

/** The average month, 365.25 / 12 days: the unit of a span that is not whole calendar months. */
const DAYS_PER_MONTH = 30.4375;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/** Midnight UTC of an ISO date in ms, or null when it is not a real calendar date. */
export function isoDateMs(date: string | null | undefined): number | null {
  const m = date ? ISO_DATE.exec(date) : null;
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // Date.UTC rolls 2026-02-30 over to March: check the day against the month's length by arithmetic
  // (no Date object: Next.js wraps the Date constructor on the server, and this runs per data point).
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  // Date.UTC reads years 0–99 as 1900–1999; the round trip refused them, and so does this.
  if (y < 100 || mo < 1 || mo > 12 || d < 1 || d > (mo === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(mo) ? 30 : 31)) return null;
  return Date.UTC(y, mo - 1, d);
}

function toIso(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
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
  while (whole > 0 && (isoDateMs(anchor) ?? 0) > b) {
    whole -= 1;
    anchor = addMonths(from, whole);
  }
  const rest = anchor === null ? null : daysBetween(anchor, to);
  return rest === null ? null : whole + rest / DAYS_PER_MONTH;
}
