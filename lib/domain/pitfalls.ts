/**
 * The ten pitfalls of the source article (DOMAIN.md, "The ten pitfalls") as
 * checks over a team's goals. Each check returns the pitfalls that apply,
 * naming the goals concerned; an empty list when it does not apply. Only
 * draft and active goals are judged: achieved, missed and archived goals
 * are history, never flagged.
 *
 * Each pitfall's messageKey ("pitfalls.<id>.title") and adviceKey
 * ("pitfalls.<id>.advice") take its values as raw numbers (`count` for plural).
 */
import { daysBetween } from "./dates";
import { costPerResult } from "./money";
import { goalProgress } from "./progress";
import type { Pitfall, PitfallGoal, PitfallId, PitfallInput } from "./pitfall-types";
import { PITFALL_NUMBERS } from "./pitfall-types";
import { FORECAST_FAR_SHORT } from "./verdict";

/** 1: the article's advice is 2–3 priorities at a time; a fourth active goal per person is one too many. */
const MAX_ACTIVE_PER_PERSON = 3;
/** 5: "set and forget" — a month (30 days) without a measurement. */
export const NO_MEASUREMENT_DAYS = 30;
/** 8: more channels than this at once is spreading thin… */
const MAX_CHANNELS_WITHOUT_RESULTS = 4;
/** 8: …when no more than this many of them show results… */
const MAX_CHANNELS_WITH_RESULTS = 1;
/** 8: …where a channel shows results once one of its goals is a quarter of the way. */
const RESULTS_PROGRESS = 0.25;
/**
 * 8 in money terms: a channel whose cost per result is more than this many
 * times the median of the organization's other channels counting the same
 * result is where money works worst.
 */
export const COSTLY_CHANNEL_FACTOR = 3;
/**
 * 9: the article cites reviews every 6 weeks doing better; longer without one
 * is feedback ignored. A goal younger than that cannot have missed one yet.
 */
const REVIEW_MAX_DAYS = 42;

export { PITFALL_NUMBERS } from "./pitfall-types";
export type { Pitfall, PitfallChannel, PitfallGoal, PitfallId, PitfallInput } from "./pitfall-types";

const isActive = (g: PitfallGoal) => g.status === "active";
const isOpen = (g: PitfallGoal) => g.status === "active" || g.status === "draft";
const isNumber = (v: number | null): v is number => v !== null && Number.isFinite(v);

function pitfall(id: PitfallId, goals: PitfallGoal[], values: Record<string, string | number>): Pitfall {
  return {
    id,
    number: PITFALL_NUMBERS[id],
    goalIds: goals.map((g) => g.id),
    messageKey: `pitfalls.${id}.title`,
    adviceKey: `pitfalls.${id}.advice`,
    values,
  };
}

/** A pitfall over the goals that match, with their count; none when none match. */
function perGoal(id: PitfallId, goals: PitfallGoal[], extra: Record<string, number> = {}): Pitfall[] {
  return goals.length > 0 ? [pitfall(id, goals, { count: goals.length, ...extra })] : [];
}

/** Days from an ISO date to today; null when there is no date. */
function ageInDays(date: string | null, today: string): number | null {
  return date ? daysBetween(date, today) : null;
}

/**
 * 1: one pitfall per person with more than 3 active goals. The team as a
 * whole is flagged (scope "team") only when no single person is, for goals
 * without owners piling up beyond 3 per member.
 */
export function tooManyGoals({ goals, memberCount }: PitfallInput): Pitfall[] {
  const active = goals.filter(isActive);
  const byOwner = new Map<string, PitfallGoal[]>();
  for (const g of active) if (g.ownerId) byOwner.set(g.ownerId, [...(byOwner.get(g.ownerId) ?? []), g]);
  const people = [...byOwner.entries()]
    .filter(([, owned]) => owned.length > MAX_ACTIVE_PER_PERSON)
    .map(([ownerId, owned]) =>
      pitfall("tooManyGoals", owned, { scope: "person", ownerId, count: owned.length, max: MAX_ACTIVE_PER_PERSON }),
    );
  if (people.length > 0) return people;
  const teamMax = MAX_ACTIVE_PER_PERSON * Math.max(1, memberCount);
  return active.length > teamMax ? [pitfall("tooManyGoals", active, { scope: "team", count: active.length, max: teamMax })] : [];
}

/**
 * 2: the realism check judges the target unrealistic (far above the team's own
 * history and the metric's benchmark) and nobody has written why the team
 * keeps it. A goal with a written reason is a decision, shown with its reason
 * in the review, not a pitfall.
 */
export function unrealisticGoals({ goals }: PitfallInput): Pitfall[] {
  return perGoal(
    "unrealistic",
    goals.filter((g) => isOpen(g) && g.realism === "unrealistic" && !g.realismReason?.trim()),
  );
}

/** 3: nothing to measure it by: no metric, no baseline or no target. */
export function vagueGoals({ goals }: PitfallInput): Pitfall[] {
  return perGoal(
    "vague",
    goals.filter((g) => isOpen(g) && (!g.metricId || !isNumber(g.baselineValue) || !isNumber(g.targetValue))),
  );
}

/** 4: no deadline. */
export function goalsWithoutDeadline({ goals }: PitfallInput): Pitfall[] {
  return perGoal(
    "noDeadline",
    goals.filter((g) => isOpen(g) && !g.deadline),
  );
}

/**
 * 5: an active goal without a measurement in the last 30 days. One rule for
 * old and new goals: the clock runs from the last measurement, or, for a goal
 * never measured, from the day it was created, so a goal written today gets
 * the same month to its first measurement as any goal between two.
 */
export function goalsWithoutMeasurement({ goals, today }: PitfallInput): Pitfall[] {
  return perGoal(
    "noMeasurement",
    goals.filter((g) => {
      const age = ageInDays(g.lastMeasuredOn ?? g.createdAt.slice(0, 10), today);
      return isActive(g) && (age === null || age > NO_MEASUREMENT_DAYS);
    }),
    { days: NO_MEASUREMENT_DAYS },
  );
}

/** 6: not tied to a business objective. */
export function goalsWithoutObjective({ goals }: PitfallInput): Pitfall[] {
  return perGoal(
    "noObjective",
    goals.filter((g) => isOpen(g) && !g.objectiveId),
  );
}

/** 7: nobody owns the goal. */
export function goalsWithoutOwner({ goals }: PitfallInput): Pitfall[] {
  return perGoal(
    "noOwner",
    goals.filter((g) => isOpen(g) && !g.ownerId),
  );
}

/**
 * 8: active goals on more than 4 channels while at most one channel shows
 * results (a goal a quarter of the way). Names the goals on the channels
 * without results: the candidates to drop.
 */
export function wrongChannels({ goals }: PitfallInput): Pitfall[] {
  const active = goals.filter((g) => isActive(g) && g.channelId);
  const channels = new Set(active.map((g) => g.channelId));
  if (channels.size <= MAX_CHANNELS_WITHOUT_RESULTS) return [];
  const withResults = new Set(active.filter((g) => isNumber(g.progress) && g.progress >= RESULTS_PROGRESS).map((g) => g.channelId));
  if (withResults.size > MAX_CHANNELS_WITH_RESULTS) return [];
  const idle = active.filter((g) => !withResults.has(g.channelId));
  return [pitfall("wrongChannels", idle, { count: idle.length, channels: channels.size, withResults: withResults.size })];
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/**
 * 8 in money terms, one pitfall per channel: spend over the last month and no
 * results ("noResults"), or a cost per result more than COSTLY_CHANNEL_FACTOR
 * times the median of the other channels with the same result ("costly").
 * Names the open goals on the channel; the values name the channel (its key for the link, its name in both languages).
 */
export function moneyWithoutResults({ goals, channels = [] }: PitfallInput): Pitfall[] {
  const costs = channels.map((c) => ({ c, cost: costPerResult(c.spend, c.results) }));
  return costs.flatMap(({ c, cost }) => {
    const onChannel = goals.filter((g) => isOpen(g) && g.channelId === c.channelId);
    const named = { channelId: c.channelId, channelKey: c.channelKey, channelNb: c.channelNb, channelEn: c.channelEn };
    if (cost.state === "noResults") return [pitfall("moneyWithoutResults", onChannel, { ...named, reason: "noResults" })];
    if (cost.state !== "value" || c.resultKey === null) return [];
    const others = costs.flatMap((o) =>
      o.c.channelId !== c.channelId && o.c.resultKey === c.resultKey && o.cost.state === "value" ? [o.cost.value] : [],
    );
    if (!others.length) return [];
    const factor = cost.value / median(others);
    return factor > COSTLY_CHANNEL_FACTOR
      ? [pitfall("moneyWithoutResults", onChannel, { ...named, reason: "costly", factor: Math.round(factor * 10) / 10 })]
      : [];
  });
}

/**
 * 9: an active goal older than 6 weeks (since its start, else its creation)
 * that has not been reviewed in the last 6 weeks.
 */
export function feedbackIgnored({ goals, today }: PitfallInput): Pitfall[] {
  return perGoal(
    "feedbackIgnored",
    goals.filter((g) => {
      const age = ageInDays(g.startDate ?? g.createdAt, today);
      const sinceReview = ageInDays(g.lastReviewedOn, today);
      return isActive(g) && age !== null && age > REVIEW_MAX_DAYS && (sinceReview === null || sinceReview > REVIEW_MAX_DAYS);
    }),
    { weeks: REVIEW_MAX_DAYS / 7 },
  );
}

/**
 * 10: the verdict's forecast (lib/domain/verdict.ts; the data layer passes
 * it only when fitted on the goal's own periods) covers less than
 * FORECAST_FAR_SHORT (half) of the way from baseline to target, for increase
 * and decrease goals alike: the verdict's "far short", never an on-track goal.
 */
export function overOptimism({ goals }: PitfallInput): Pitfall[] {
  return perGoal(
    "overOptimism",
    goals.filter((g) => {
      if (!isActive(g) || !isNumber(g.baselineValue) || !isNumber(g.targetValue) || !isNumber(g.forecastAtDeadline)) return false;
      const reached = goalProgress(g.baselineValue, g.targetValue, g.forecastAtDeadline);
      return reached !== null && reached < FORECAST_FAR_SHORT;
    }),
  );
}

/** The checks in the article's order, 1 to 10. */
const PITFALL_CHECKS: ReadonlyArray<(input: PitfallInput) => Pitfall[]> = [
  tooManyGoals,
  unrealisticGoals,
  vagueGoals,
  goalsWithoutDeadline,
  goalsWithoutMeasurement,
  goalsWithoutObjective,
  goalsWithoutOwner,
  wrongChannels,
  moneyWithoutResults,
  feedbackIgnored,
  overOptimism,
];

/** Every pitfall that applies to the team's goals, in the article's order. */
export function findPitfalls(input: PitfallInput): Pitfall[] {
  return PITFALL_CHECKS.flatMap((check) => check(input));
}
