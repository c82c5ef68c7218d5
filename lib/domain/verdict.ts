/**
 * A goal's one verdict and the sentence that explains it (docs/DOMAIN-RULES.md,
 * "Verdict"). Every page, the minutes and the pitfalls read this; none
 * computes a status of its own. Pure.
 *
 * It weighs two things: where the goal is against its expected path from
 * baseline to target (position: straight, seasonal or by milestones), and where its forecast leads by the deadline
 * (outlook). A reliable forecast that clearly misses the target is never
 * "on track"; a forecast that reaches it lifts a goal a little behind its path.
 */
import { expectedProgress, goalProgress } from "./progress";
import { compareDates } from "./dates";
import type { Forecast } from "./forecast";
import { MIN_FORECAST_PERIODS } from "./forecast";
import type { MeasurePeriod } from "./series";

export const VERDICT_STATUSES = ["on_track", "at_risk", "off_track", "achieved", "no_data", "too_early"] as const;
export type VerdictStatus = (typeof VERDICT_STATUSES)[number];

/** Behind the path by at most this share of the way is still on it; ahead by more is "ahead". */
const ON_PATH_TOLERANCE = 0.05;
/** Behind the path by more than this share of the way is far behind. */
const FAR_BEHIND_GAP = 0.2;
/** A forecast short of the target by more than this share of the way, with its whole range short too, clearly misses. */
export const FORECAST_MISS_TOLERANCE = 0.05;
/** A forecast reaching less than this share of the way is far short (also pitfall 10, over-optimism). */
export const FORECAST_FAR_SHORT = 0.5;

export type Position = "ahead" | "onPath" | "behind" | "farBehind";
export type Outlook = "none" | "reaches" | "short" | "misses" | "farShort";

/** The rule as a table: rows where the goal is, columns where its forecast leads. */
const STATUS: Record<Position, Record<Outlook, VerdictStatus>> = {
  ahead: { none: "on_track", reaches: "on_track", short: "on_track", misses: "at_risk", farShort: "at_risk" },
  onPath: { none: "on_track", reaches: "on_track", short: "on_track", misses: "at_risk", farShort: "at_risk" },
  behind: { none: "at_risk", reaches: "on_track", short: "at_risk", misses: "at_risk", farShort: "off_track" },
  farBehind: { none: "off_track", reaches: "at_risk", short: "off_track", misses: "off_track", farShort: "off_track" },
};

export type VerdictInput = {
  baseline: number | null;
  target: number | null;
  /** The value the goal tracks (a total's latest complete period, a level's latest value). */
  current: number | null;
  start: string | null;
  deadline: string | null;
  today: string;
  /** What the goal is measured per. */
  period: MeasurePeriod;
  /** Whole periods gone by since the goal's start (lib/domain/forecast.ts periodsSince). */
  periodsSinceStart: number;
  forecast: Forecast | null;
  /**
   * The share of the way the goal's chosen path expects today (lib/domain/expected-path.ts);
   * left out: the straight path's elapsed share of the time.
   */
  expected?: number | null;
};

/** The reason's values, raw: numbers in the goal's unit, dates ISO. The page formats them. */
export type ReasonValues = {
  value?: number;
  target?: number;
  expected?: number;
  forecast?: number;
  deadline?: string;
  start?: string;
  periods?: number;
  needed?: number;
};

export type Verdict = {
  status: VerdictStatus;
  /** A message key under `verdict.` and its values. */
  reason: { key: string; values: ReasonValues };
  /** Share of the way the forecast reaches by the deadline, when it is fitted on the goal's own periods. */
  forecastProgress: number | null;
};

/** Where a progress stands against the expected share of the way. */
function positionOf(progress: number, expected: number): Position {
  const gap = expected - progress;
  if (gap < -ON_PATH_TOLERANCE) return "ahead";
  if (gap <= ON_PATH_TOLERANCE) return "onPath";
  return gap <= FAR_BEHIND_GAP ? "behind" : "farBehind";
}

/** Where a forecast leads, as shares of the way: the likely value and the range's most favourable end. */
function outlookOf(likely: number | null, best: number | null): Outlook {
  if (likely === null || best === null) return "none";
  if (likely >= 1) return "reaches";
  if (likely < FORECAST_FAR_SHORT) return "farShort";
  return best < 1 && likely < 1 - FORECAST_MISS_TOLERANCE ? "misses" : "short";
}

/** The sentence for an outlook: "comes close" for a forecast just short whose range still reaches, "only" for the rest. */
const OUTLOOK_WORDS: Record<Outlook, string> = { none: "none", reaches: "reaches", short: "near", misses: "short", farShort: "short" };

export function goalVerdict(i: VerdictInput): Verdict {
  const none = (status: VerdictStatus, key: string, values: ReasonValues = {}): Verdict => ({
    status,
    reason: { key, values },
    forecastProgress: null,
  });
  if (i.baseline == null || i.target == null || i.target === i.baseline) return none("no_data", "noTarget");
  if (i.current == null) return none("no_data", "noMeasurement", { target: i.target });
  const progress = goalProgress(i.baseline, i.target, i.current);
  if (progress === null) return none("no_data", "noTarget");
  const { baseline, target, current } = i;
  const passed = Boolean(i.deadline && compareDates(i.deadline, i.today) < 0);
  if (progress >= 1) {
    const early = i.deadline && !passed;
    return none("achieved", early ? "achievedEarly" : "achieved", { value: current, target, ...(early ? { deadline: i.deadline! } : {}) });
  }
  if (passed) return none("off_track", "deadlinePassed", { value: current, target, deadline: i.deadline! });
  const elapsed = i.start && i.deadline ? expectedProgress(i.start, i.deadline, i.today) : null;
  const expected = elapsed === null ? null : (i.expected ?? elapsed);
  if (expected === null || !i.deadline) return none("no_data", "noDates", { value: current, target });
  const history = i.forecast?.basis === "history" ? i.forecast : null;
  if (i.periodsSinceStart < MIN_FORECAST_PERIODS) {
    const values = { value: current, target, start: i.start!, periods: MIN_FORECAST_PERIODS, deadline: i.deadline };
    return history
      ? none("too_early", "tooEarlyHistory", { ...values, forecast: history.likely })
      : none("too_early", `tooEarly.${i.period}`, values);
  }
  const own = i.forecast?.basis === "goal" ? i.forecast : null;
  const share = (v: number) => goalProgress(baseline, target, v);
  const likely = own ? share(own.likely) : null;
  const best = own ? Math.max(share(own.low) ?? -Infinity, share(own.high) ?? -Infinity) : null;
  const position = positionOf(progress, expected);
  const outlook = outlookOf(likely, best);
  const values: ReasonValues = { value: current, target, expected: baseline + expected * (target - baseline), deadline: i.deadline };
  if (own) values.forecast = own.likely;
  return { status: STATUS[position][outlook], reason: { key: `${position}.${OUTLOOK_WORDS[outlook]}`, values }, forecastProgress: likely };
}

/** The reason's values as the sentence shows them: numbers and dates through the page's formatters. */
export function reasonValues(
  values: ReasonValues,
  f: { value: (v: number) => string; forecast: (v: number) => string; date: (d: string) => string },
): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const k of ["value", "target", "expected", "needed"] as const) if (values[k] !== undefined) out[k] = f.value(values[k]);
  if (values.forecast !== undefined) out.forecast = f.forecast(values.forecast);
  if (values.deadline) out.deadline = f.date(values.deadline);
  if (values.start) out.start = f.date(values.start);
  if (values.periods !== undefined) out.periods = values.periods;
  return out;
}
