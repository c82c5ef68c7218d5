/**
 * The demo's KPI history: pure functions, no I/O. Every value is a function
 * of (series, date, anchor) only, so a re-run on a later day adds the new
 * Mondays on the same curve instead of redrawing the past.
 */

import type { Role } from "@/lib/domain/permissions";
import { type SeasonalShape, shapeAt } from "@/lib/domain/expected-path";
import { mulberry32 } from "@/lib/domain/random";
import { campaignBoost } from "./check-ins";

export type DemoRole = Role;
export type SeriesPoint = { date: string; value: number };
export type DemoSeries = { channel: string; metric: string; recorder: DemoRole; points: SeriesPoint[] };

/** A series that follows a goal: flat-ish before its start, then `pace` × the expected pace to its target. */
export type GoalShape = {
  channel: string;
  metric: string;
  recorder: DemoRole;
  baseline: number;
  target: number;
  start: string;
  deadline: string;
  /** 1 = exactly on the expected pace; below 1 lags (at risk), above 1 leads. */
  pace: number;
  /**
   * A step up at the start: this share of the way at once, then `pace` × the
   * expected pace (a launch that lifted the numbers, which then barely grow).
   */
  jump?: number;
  noise: number;
  /**
   * A seasonal series (calendar months' factors, January first): the history
   * and the goal's progress ride on it, as the seasonal path reads them (lib/domain/expected-path.ts).
   */
  season?: SeasonalShape;
  /** Weeks of history before the anchor, when more than HISTORY_WEEKS (a seasonal path needs a year). */
  historyWeeks?: number;
};

/** A series with no goal: a straight weekly trend through `level` at the anchor date. */
export type TrendShape = { channel: string; metric: string; recorder: DemoRole; level: number; perWeek: number; noise: number };

/** Weekly history before the anchor: 40 weeks is over 9 months, so the last 8 are always covered. */
const HISTORY_WEEKS = 40;

const DEMO_TRENDS: TrendShape[] = [
  { channel: "facebook", metric: "followers", recorder: "member", level: 1850, perWeek: 7, noise: 4 },
  { channel: "instagram", metric: "followers", recorder: "member", level: 2400, perWeek: 12, noise: 6 },
  // Reviews only accumulate, so no noise: the count never goes down.
  { channel: "google_business", metric: "reviews", recorder: "manager", level: 86, perWeek: 0.6, noise: 0 },
];

const DAY_MS = 86_400_000;
const SEED = 0x6d61_6c62; // "malb": any fixed value; it only has to stay the same.

export function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function parseIso(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

export function todayUtc(): string {
  return isoDate(new Date());
}

export function addDays(iso: string, days: number): string {
  return isoDate(new Date(parseIso(iso).getTime() + days * DAY_MS));
}

/** Calendar months, clamped to the month's last day (31 May − 3 months = 28/29 Feb, not 3 Mar). */
export function addMonths(iso: string, months: number): string {
  const d = parseIso(iso);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + months;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return isoDate(new Date(Date.UTC(y, m, Math.min(d.getUTCDate(), last))));
}

function daysBetween(from: string, to: string): number {
  return Math.round((parseIso(to).getTime() - parseIso(from).getTime()) / DAY_MS);
}

/** The first Monday–Friday of the month after `iso`: when the next review meeting falls. */
export function firstWeekdayOfNextMonth(iso: string): string {
  const d = parseIso(iso);
  const first = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));
  while (first.getUTCDay() === 0 || first.getUTCDay() === 6) first.setUTCDate(first.getUTCDate() + 1);
  return isoDate(first);
}

export function mondayOnOrBefore(iso: string): string {
  const weekday = parseIso(iso).getUTCDay(); // 0 = Sunday
  return addDays(iso, -((weekday + 6) % 7));
}

/** However old the anchor, the demo's history holds at most ten years of Mondays. */
const MAX_DEMO_MONDAYS = 520;

/** Every Monday from `weeks` (HISTORY_WEEKS) before the anchor up to today, never later (compared as day numbers), at most MAX_DEMO_MONDAYS. */
export function demoMondays(anchor: string, today: string, weeks = HISTORY_WEEKS): string[] {
  const dates: string[] = [];
  const end = parseIso(today).getTime();
  for (
    let d = addDays(mondayOnOrBefore(anchor), -7 * Math.min(weeks, MAX_DEMO_MONDAYS));
    dates.length < MAX_DEMO_MONDAYS && parseIso(d).getTime() <= end;
    d = addDays(d, 7)
  )
    dates.push(d);
  return dates;
}

/** FNV-1a, to turn "series|date" into a PRNG seed. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Deterministic noise in [-amplitude, amplitude] for one point of one series. */
function noiseAt(key: string, date: string, amplitude: number): number {
  return (mulberry32(SEED ^ hash(`${key}|${date}`))() * 2 - 1) * amplitude;
}

function goalLevel(g: GoalShape, date: string): number {
  const span = Math.max(1, daysBetween(g.start, g.deadline));
  const sinceStart = daysBetween(g.start, date);
  // A seasonal series is the season times a level that moves from the baseline's to the target's.
  const factor = (d: string) => (g.season ? shapeAt(g.season, d) : 1);
  const [from, to] = [g.baseline / factor(g.start), g.target / factor(g.deadline)];
  if (sinceStart < 0) {
    // A gentle drift up to the baseline: about 0.2 % of it per week.
    return factor(date) * from * (1 + (0.002 * sinceStart) / 7);
  }
  // Past the deadline the curve levels off a little beyond where the pace leads.
  const elapsed = Math.min(sinceStart / span, 1.25);
  return factor(date) * (from + (to - from) * ((g.jump ?? 0) + g.pace * elapsed));
}

export function demoSeries(anchor: string, today: string, goals: GoalShape[], trends: TrendShape[] = DEMO_TRENDS): DemoSeries[] {
  const series = (
    s: { channel: string; metric: string; recorder: DemoRole; noise: number; historyWeeks?: number },
    level: (d: string) => number,
  ) => {
    const dates = demoMondays(anchor, today, s.historyWeeks);
    const key = `${s.channel}/${s.metric}`;
    return {
      channel: s.channel,
      metric: s.metric,
      recorder: s.recorder,
      points: dates.map((date) => ({ date, value: Math.max(0, Math.round(level(date) + noiseAt(key, date, s.noise))) })),
    };
  };
  return [
    // A campaign's weeks stand out above the curve (check-ins.ts), and a campaign note on the chart says why.
    ...goals.map((g) => series(g, (d) => goalLevel(g, d) * campaignBoost(g.channel, g.metric, d, anchor))),
    ...trends.map((t) => series(t, (d) => t.level + (t.perWeek * daysBetween(anchor, d)) / 7)),
  ];
}
