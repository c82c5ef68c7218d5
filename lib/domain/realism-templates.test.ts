/**
 * Every template of the source article, applied with ordinary bakery values
 * and judged against the demo bakery's own history and the article's
 * benchmark for the metric (its channel's main metric only): none may come
 * out unrealistic. The demo's history comes from the demo's own generator.
 */
import { describe, expect, it } from "vitest";
import { addMonths, demoSeries, type GoalShape } from "@/scripts/demo/series";
import { CHANNEL_CATALOG } from "./catalog";
import type { Point } from "./goal-types";
import { realismVerdict, type RealismLevel } from "./realism";
import { aggregateSeries, type MetricKind, trendPoints } from "./series";
import { applyTemplate, GOAL_TEMPLATES } from "./templates";

const TODAY = "2026-12-02";
// The demo bakery's two goals on template metrics, as scripts/demo/seed.ts sets them (engagement lags, visits lead).
const DEMO_GOALS: GoalShape[] = [
  {
    channel: "facebook",
    metric: "engagement",
    recorder: "member",
    baseline: 400,
    target: 500,
    start: addMonths(TODAY, -1),
    deadline: addMonths(TODAY, 2),
    pace: 0.7,
    noise: 18,
  },
  {
    channel: "website",
    metric: "organic_visits",
    recorder: "owner",
    baseline: 1200,
    target: 1560,
    start: addMonths(TODAY, -2),
    deadline: addMonths(TODAY, 4),
    pace: 1.25,
    noise: 30,
  },
];
const demo = demoSeries(TODAY, TODAY, DEMO_GOALS);

function metricOf(channelKey: string, metricKey: string) {
  const channel = CHANNEL_CATALOG.find((c) => c.key === channelKey)!;
  const metric = channel.metrics.find((m) => m.key === metricKey)!;
  return { kind: metric.kind ?? "level", benchmark: metric.main ? channel.benchmark : undefined };
}

/** The demo's history as a goal measured per week reads it (a total's week sums, a level's own values), or none. */
function demoHistory(channelKey: string, metricKey: string, kind: MetricKind): Point[] {
  const series = demo.find((s) => s.channel === channelKey && s.metric === metricKey);
  if (!series) return [];
  const raw = series.points.map((p) => ({ ...p, covers: kind === "total" ? ("week" as const) : ("day" as const) }));
  return trendPoints(raw, aggregateSeries(raw, kind, "week", TODAY), kind);
}

// [template, ordinary baseline (null: the demo's latest), the level when it can be worked out by hand (null: only "not unrealistic")]
const CASES: [string, number | null, RealismLevel | null][] = [
  ["instagramFollowers", null, null],
  ["facebookEngagement", null, null],
  // No history, not a main metric: nothing to compare with.
  ["googleAdsCostPerClick", 8, "unknown"],
  // The article's 20 % → 30 % in 3 months: +50 % beside e-mail's 30 % a half year is 1.67 times it.
  ["emailOpenRate", 20, "ambitious"],
  ["websiteOrganicVisits", null, null],
  // 4 leads a month → 5 is +25 %, LinkedIn's 20 % × 1.25: still typical.
  ["linkedinQualifiedLeads", 4, "typical"],
  ["youtubeSubscribers", 150, "unknown"],
  ["blogViewsPerPost", 300, "unknown"],
  ["googleBusinessReviews", null, null],
  // 4 000 views a month → 5 000 is +25 %, 1.47 times influencer marketing's 17 %.
  ["influencerViews", 4000, "ambitious"],
];

describe("the article's templates with ordinary bakery values and the demo's history", () => {
  it("covers every template", () => expect(CASES.map(([id]) => id).sort()).toEqual(GOAL_TEMPLATES.map((t) => t.id).sort()));

  it.each(CASES)("%s is not unrealistic", (id, ordinary, expected) => {
    const template = GOAL_TEMPLATES.find((t) => t.id === id)!;
    const { kind, benchmark } = metricOf(template.channelKey, template.metricKey);
    const history = demoHistory(template.channelKey, template.metricKey, kind);
    const baseline = ordinary ?? history.at(-1)?.value ?? null;
    expect(baseline).not.toBeNull();
    const draft = applyTemplate(template, { baseline, today: TODAY });
    const verdict = realismVerdict({
      kind,
      direction: template.direction,
      baseline: draft.baselineValue ?? null,
      target: draft.targetValue ?? null,
      startDate: draft.startDate,
      deadline: draft.deadline,
      benchmark: benchmark ? { upliftPct: benchmark.upliftPct, source: "Kildeartikkelen" } : null,
      history,
    });
    expect(verdict.level).not.toBe("unrealistic");
    if (expected) expect(verdict.level).toBe(expected);
  });
});
