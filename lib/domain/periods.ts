import { isoDateMs } from "./dates";

/** The columns of the bulk grid: the last few days, weeks (their Mondays) or months (their 1st), oldest first, never after today. */
export type Granularity = "day" | "week" | "month";

const PERIOD_COUNT: Record<Granularity, number> = { day: 7, week: 8, month: 6 };

/** The most columns any grid asks for: a caller's count is clamped to it, so the loops below stay small. */
export const MAX_PERIOD_COUNT = 31;

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const DAY = 86_400_000;

export function periodDates(granularity: Granularity, today: string, wanted = PERIOD_COUNT[granularity]): string[] {
  const t = isoDateMs(today);
  if (t === null || !Number.isInteger(wanted)) return [];
  const count = Math.min(Math.max(wanted, 0), MAX_PERIOD_COUNT);
  const out: string[] = [];
  if (granularity === "day") {
    for (let i = count - 1; i >= 0; i--) out.push(iso(t - i * DAY));
  } else if (granularity === "week") {
    const monday = t - ((new Date(t).getUTCDay() + 6) % 7) * DAY;
    for (let i = count - 1; i >= 0; i--) out.push(iso(monday - i * 7 * DAY));
  } else {
    const d = new Date(t);
    for (let i = count - 1; i >= 0; i--) out.push(iso(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - i, 1)));
  }
  return out;
}

/**
 * The grid's neighbouring windows: `earlier` ends on the period before the
 * first column; `later` ends as many periods after the last column (null
 * when the window already holds `today`; never past today).
 */
export function gridWindows(granularity: Granularity, dates: string[], today: string): { earlier: string | null; later: string | null } {
  const first = dates[0] ? isoDateMs(dates[0]) : null;
  const last = dates.at(-1) ? isoDateMs(dates.at(-1)) : null;
  const now = isoDateMs(today);
  if (first === null || last === null || now === null) return { earlier: null, later: null };
  const shift = (ms: number, n: number) => {
    if (granularity === "day") return ms + n * DAY;
    if (granularity === "week") return ms + n * 7 * DAY;
    const d = new Date(ms);
    return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, 1);
  };
  const earlier = shift(first, -1);
  const later = shift(last, dates.length);
  const holdsToday = shift(last, 1) > now;
  return {
    earlier: earlier >= Date.UTC(2000, 0, 1) ? iso(earlier) : null,
    later: holdsToday ? null : iso(Math.min(later, now)),
  };
}
