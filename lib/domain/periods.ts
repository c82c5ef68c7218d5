/** The columns of the bulk grid: the last few days, weeks (their Mondays) or months (their 1st), oldest first, never after today. */
export type Granularity = "day" | "week" | "month";

const PERIOD_COUNT: Record<Granularity, number> = { day: 7, week: 8, month: 6 };

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const DAY = 86_400_000;

export function periodDates(granularity: Granularity, today: string, count = PERIOD_COUNT[granularity]): string[] {
  const t = Date.parse(`${today}T00:00:00Z`);
  if (Number.isNaN(t)) return [];
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
