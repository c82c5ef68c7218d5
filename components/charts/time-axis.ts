/**
 * A time axis without a date adapter: x is the number of days since
 * 1970-01-01 (UTC), so chart.js needs only its linear scale, and the ticks
 * fall on the first of a month, labelled through Intl.
 */
const DAY_MS = 86_400_000;
import { intlLocale } from "@/lib/i18n/locales";

export function epochDay(isoDate: string): number {
  const [y, m, d] = isoDate.slice(0, 10).split("-").map(Number);
  return Math.round(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) / DAY_MS);
}

export function isoOfDay(day: number): string {
  return new Date(Math.round(day) * DAY_MS).toISOString().slice(0, 10);
}

export type AxisTicks = { values: number[]; unit: "month" | "day" };

/**
 * Ticks on the first of every month, every second, third, … month so that no
 * more than `maxTicks` remain. A span holding fewer than two month starts
 * gets evenly spread day ticks instead.
 */
export function axisTicks(min: number, max: number, maxTicks = 7): AxisTicks {
  if (!(max > min)) return { values: [Math.round(min)], unit: "day" };
  const most = Math.max(1, Math.floor(maxTicks));
  const start = new Date(Math.ceil(min) * DAY_MS);
  const end = new Date(Math.floor(max) * DAY_MS);
  // Month starts counted by arithmetic, then only every `every`-th made: at most `most` ticks
  // whatever the span (a deadline in year 9999 once meant a loop over 96 000 months).
  const first = start.getUTCFullYear() * 12 + start.getUTCMonth() + (start.getUTCDate() === 1 ? 0 : 1);
  const months = end.getUTCFullYear() * 12 + end.getUTCMonth() - first + 1;
  if (!Number.isFinite(months) || months < 2) {
    const count = Math.min(most, Math.max(2, Math.round(max - min) + 1));
    const step = (max - min) / (count - 1);
    return { values: [...new Set(Array.from({ length: count }, (_, i) => Math.round(min + i * step)))], unit: "day" };
  }
  const every = Math.ceil(months / most);
  const values: number[] = [];
  for (let i = 0; i < months; i += every) values.push(Date.UTC(Math.floor((first + i) / 12), (first + i) % 12, 1) / DAY_MS);
  return { values, unit: "month" };
}

/** A tick's label: "jan. 2026" / "Jan 2026" on month ticks, "12. mai" / "12 May" on day ticks. */
export function formatTick(locale: string, day: number, unit: AxisTicks["unit"]): string {
  const options: Intl.DateTimeFormatOptions =
    unit === "month" ? { month: "short", year: "numeric", timeZone: "UTC" } : { day: "numeric", month: "short", timeZone: "UTC" };
  return new Intl.DateTimeFormat(intlLocale(locale), options).format(new Date(Math.round(day) * DAY_MS));
}
