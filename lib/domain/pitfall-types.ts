/**
 * The pitfalls' shapes (lib/domain/pitfalls.ts): the article's number of each
 * pitfall, the goals and channels the checks read, and what a check returns.
 */
import type { Direction, GoalStatus } from "./goal-types";
import type { RealismVerdict } from "./realism";

export const PITFALL_NUMBERS = {
  tooManyGoals: 1,
  unrealistic: 2,
  vague: 3,
  noDeadline: 4,
  noMeasurement: 5,
  noObjective: 6,
  noOwner: 7,
  wrongChannels: 8,
  moneyWithoutResults: 8,
  feedbackIgnored: 9,
  overOptimism: 10,
} as const;
export type PitfallId = keyof typeof PITFALL_NUMBERS;
export type PitfallNumber = (typeof PITFALL_NUMBERS)[PitfallId];

export type PitfallGoal = {
  id: string;
  title: string;
  status: GoalStatus;
  ownerId: string | null;
  channelId: string | null;
  metricId: string | null;
  objectiveId: string | null;
  baselineValue: number | null;
  targetValue: number | null;
  direction: Direction | null;
  startDate: string | null;
  deadline: string | null;
  lastMeasuredOn: string | null;
  lastReviewedOn: string | null;
  createdAt: string;
  realism: RealismVerdict["level"] | null;
  /** The team's written reason for keeping a target the realism check calls unrealistic. */
  realismReason: string | null;
  forecastAtDeadline: number | null;
  progress: number | null;
};

/**
 * A channel's money over the last complete month (lib/data/money): `resultKey`
 * names what it counts as a result, so only channels counting the same thing are compared.
 */
export type PitfallChannel = {
  channelId: string;
  channelKey: string;
  channelNb: string;
  channelEn: string;
  resultKey: string | null;
  spend: number | null;
  results: number | null;
};

export type PitfallInput = { today: string; goals: PitfallGoal[]; memberCount: number; channels?: PitfallChannel[] };

export type Pitfall = {
  id: PitfallId;
  number: PitfallNumber;
  goalIds: string[];
  messageKey: string;
  adviceKey: string;
  values?: Record<string, string | number>;
};
