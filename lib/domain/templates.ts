/**
 * SMART goal templates per channel, one per row of the source article's
 * second table (DOMAIN.md, "SMART goal templates per channel"). Channel and
 * metric keys are those of CHANNEL_CATALOG; titles and descriptions are
 * message keys under "templates.<id>".
 */
import { addMonths } from "./dates";
import type { Direction, GoalDraft, Unit } from "./goal-types";
import type { MeasurePeriod } from "./series";

export type TemplateTarget =
  | { kind: "relative"; change: number } // target = baseline × (1 + change); −0.15 is 15 % down
  | { kind: "absolute"; value: number } // target = value, whatever the baseline
  | { kind: "add"; amount: number }; // target = baseline + amount (a count gained in the period)

export type GoalTemplate = {
  id: string;
  channelKey: string;
  metricKey: string;
  unit: Unit;
  direction: Direction;
  target: TemplateTarget;
  months: number;
  /**
   * Set when the article counts the total over the whole span ("15 leads per
   * quarter", "10 000 views in 2 months"): the goal is measured per month and
   * its target is the monthly share, so it compares with a month's count.
   */
  period?: MeasurePeriod;
  titleKey: string;
  descriptionKey: string;
};

/** The blog row says "ongoing"; a year is the span we give it before it is looked at again. */
const ONGOING_MONTHS = 12;

/** Decimals a target is rounded to: whole counts, percent to one decimal, NOK to øre. */
const TARGET_DECIMALS: Record<Unit, number> = { count: 0, percent: 1, nok: 2, ratio: 2 };

function template(
  id: string,
  channelKey: string,
  metricKey: string,
  unit: Unit,
  direction: Direction,
  target: TemplateTarget,
  months: number,
  period?: MeasurePeriod,
): GoalTemplate {
  return {
    id,
    channelKey,
    metricKey,
    unit,
    direction,
    target,
    months,
    ...(period ? { period } : {}),
    titleKey: `templates.${id}.title`,
    descriptionKey: `templates.${id}.description`,
  };
}

export const GOAL_TEMPLATES: readonly GoalTemplate[] = [
  template("instagramFollowers", "instagram", "followers", "count", "increase", { kind: "relative", change: 0.2 }, 6),
  template("facebookEngagement", "facebook", "engagement", "count", "increase", { kind: "relative", change: 0.25 }, 3),
  template("googleAdsCostPerClick", "google_ads", "cost_per_click", "nok", "decrease", { kind: "relative", change: -0.15 }, 4),
  template("emailOpenRate", "email", "open_rate", "percent", "increase", { kind: "absolute", value: 30 }, 3),
  template("websiteOrganicVisits", "website", "organic_visits", "count", "increase", { kind: "relative", change: 0.3 }, 6),
  // 15 a quarter is 5 a month.
  template("linkedinQualifiedLeads", "linkedin", "qualified_leads", "count", "increase", { kind: "absolute", value: 5 }, 3, "month"),
  template("youtubeSubscribers", "youtube", "subscribers", "count", "increase", { kind: "add", amount: 50 }, 5),
  template("blogViewsPerPost", "website", "views_per_post", "count", "increase", { kind: "absolute", value: 500 }, ONGOING_MONTHS),
  template("googleBusinessReviews", "google_business", "reviews", "count", "increase", { kind: "add", amount: 25 }, 4),
  // 10 000 in 2 months is 5 000 a month.
  template("influencerViews", "influencer", "views", "count", "increase", { kind: "absolute", value: 5_000 }, 2, "month"),
];

export function findTemplate(id: string): GoalTemplate | undefined {
  return GOAL_TEMPLATES.find((t) => t.id === id);
}

function round(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

/**
 * The target a template sets from a baseline, rounded for its unit. A
 * relative or added change that rounding would erase (+20 % of 2 followers)
 * is kept one step in the goal's direction; percent stays within 0–100.
 * Null when the template needs a baseline and has none, or a relative change
 * has no positive baseline to grow from. An absolute target is taken as is,
 * even when the baseline already passed it: the SMART check M says so.
 */
export function templateTarget(template: GoalTemplate, baseline: number | null): number | null {
  const decimals = TARGET_DECIMALS[template.unit];
  const { target } = template;
  if (target.kind === "absolute") return round(target.value, decimals);
  if (baseline === null || !Number.isFinite(baseline)) return null;
  if (target.kind === "relative" && baseline <= 0) return null;
  let value = round(target.kind === "relative" ? baseline * (1 + target.change) : baseline + target.amount, decimals);
  const step = 10 ** -decimals;
  if (template.direction === "increase" && value <= baseline) value = round(baseline + step, decimals);
  if (template.direction === "decrease" && value >= baseline) value = round(baseline - step, decimals);
  return template.unit === "percent" ? Math.min(100, Math.max(0, value)) : value;
}

/**
 * A goal draft from a template: unit, direction, baseline and target, from
 * today to today + the template's months (calendar months, the day clamped).
 * A template counted over its span sets the goal's measure period (month).
 * Title, channel and metric are left to the caller, which translates the
 * titleKey and maps the catalog keys to the organization's ids.
 */
export function applyTemplate(
  template: GoalTemplate,
  { baseline, today }: { baseline: number | null; today: string },
): Partial<GoalDraft> & { startDate: string; deadline: string; measurePeriod?: MeasurePeriod } {
  const deadline = addMonths(today, template.months);
  if (deadline === null) throw new RangeError(`applyTemplate: today is not an ISO date: ${today}`);
  return {
    unit: template.unit,
    direction: template.direction,
    baselineValue: baseline,
    targetValue: templateTarget(template, baseline),
    startDate: today.slice(0, 10),
    deadline,
    ...(template.period ? { measurePeriod: template.period } : {}),
  };
}
