import { describe, expect, it } from "vitest";
import { MAX_GOAL_SPAN_MONTHS } from "./goal-dates";
import { CHANNEL_CATALOG } from "./catalog";
import { applyTemplate, findTemplate, GOAL_TEMPLATES, templateTarget, type GoalTemplate } from "./templates";

const byId = (id: string): GoalTemplate => {
  const t = findTemplate(id);
  if (!t) throw new Error(`no template ${id}`);
  return t;
};

describe("GOAL_TEMPLATES", () => {
  it("has one template per row of the article's table, each with its own id", () => {
    expect(GOAL_TEMPLATES).toHaveLength(10);
    expect(new Set(GOAL_TEMPLATES.map((t) => t.id)).size).toBe(10);
  });

  it.each(GOAL_TEMPLATES.map((t) => [t.id, t] as const))("%s uses a catalog metric with its unit and direction", (id, t) => {
    const channel = CHANNEL_CATALOG.find((c) => c.key === t.channelKey);
    const metric = channel?.metrics.find((m) => m.key === t.metricKey);
    expect(metric, `${t.channelKey}/${t.metricKey}`).toBeDefined();
    expect(t.unit).toBe(metric?.unit);
    expect(t.direction).toBe(metric?.direction ?? "increase");
    expect(t.titleKey).toBe(`templates.${id}.title`);
    expect(t.descriptionKey).toBe(`templates.${id}.description`);
    expect(Number.isInteger(t.months) && t.months > 0).toBe(true);
    // A template fills the goal form: its span must pass the same bound as a typed deadline.
    expect(t.months).toBeLessThanOrEqual(MAX_GOAL_SPAN_MONTHS);
    if (t.target.kind === "relative") expect(Math.sign(t.target.change)).toBe(t.direction === "increase" ? 1 : -1);
  });

  it.each([
    ["instagramFollowers", "instagram", "followers", 6],
    ["facebookEngagement", "facebook", "engagement", 3],
    ["googleAdsCostPerClick", "google_ads", "cost_per_click", 4],
    ["emailOpenRate", "email", "open_rate", 3],
    ["websiteOrganicVisits", "website", "organic_visits", 6],
    ["linkedinQualifiedLeads", "linkedin", "qualified_leads", 3],
    ["youtubeSubscribers", "youtube", "subscribers", 5],
    ["blogViewsPerPost", "website", "views_per_post", 12],
    ["googleBusinessReviews", "google_business", "reviews", 4],
    ["influencerViews", "influencer", "views", 2],
  ])("%s: %s / %s over %s months", (id, channelKey, metricKey, months) => {
    expect(byId(id)).toMatchObject({ channelKey, metricKey, months });
  });
});

describe("templateTarget", () => {
  const custom = (unit: GoalTemplate["unit"], direction: GoalTemplate["direction"], target: GoalTemplate["target"]): GoalTemplate => ({
    ...byId("instagramFollowers"),
    unit,
    direction,
    target,
  });
  it.each<[string, GoalTemplate, number | null, number | null]>([
    ["+20 % followers from 1200", byId("instagramFollowers"), 1200, 1440],
    ["+20 % followers rounds to whole followers", byId("instagramFollowers"), 1234, 1481],
    ["+20 % of 2 followers is still one more", byId("instagramFollowers"), 2, 3],
    ["+25 % engagement", byId("facebookEngagement"), 340, 425],
    ["−15 % cost per click to the øre", byId("googleAdsCostPerClick"), 12.4, 10.54],
    ["−15 % of 1 øre is still one less", byId("googleAdsCostPerClick"), 0.01, 0],
    ["open rate to 30 % from 20 %", byId("emailOpenRate"), 20, 30],
    ["open rate to 30 % without a baseline", byId("emailOpenRate"), null, 30],
    // Already above the target: taken as is, the SMART check M will say the goal points the wrong way.
    ["open rate to 30 % from 35 %", byId("emailOpenRate"), 35, 30],
    ["+30 % organic visits", byId("websiteOrganicVisits"), 1000, 1300],
    ["+30 % of nothing is no target", byId("websiteOrganicVisits"), 0, null],
    // 15 leads a quarter: 5 a month, whatever the baseline.
    ["15 leads a quarter is 5 a month", byId("linkedinQualifiedLeads"), 4, 5],
    ["15 leads a quarter without a baseline", byId("linkedinQualifiedLeads"), null, 5],
    ["+50 subscribers", byId("youtubeSubscribers"), 950, 1000],
    ["500 views per post", byId("blogViewsPerPost"), 120, 500],
    ["+25 reviews from none", byId("googleBusinessReviews"), 0, 25],
    ["10 000 views in 2 months is 5 000 a month", byId("influencerViews"), null, 5_000],
    ["+20 % relative without a baseline", byId("instagramFollowers"), null, null],
    // The clothing store's conversion rate, as a relative percent template: 2.5 % × 1.6 = 4 %.
    ["percent to one decimal", custom("percent", "increase", { kind: "relative", change: 0.6 }), 2.5, 4],
    ["percent rounded to one decimal", custom("percent", "increase", { kind: "relative", change: 0.1 }), 2.37, 2.6],
    ["percent capped at 100", custom("percent", "increase", { kind: "relative", change: 0.5 }), 80, 100],
    ["percent floored at 0", custom("percent", "decrease", { kind: "add", amount: -10 }), 4, 0],
  ])("%s", (_name, template, baseline, expected) => expect(templateTarget(template, baseline)).toBe(expected));
});

describe("applyTemplate", () => {
  it.each<[string, string, number | null, string, Record<string, unknown>]>([
    ["Instagram +20 % in 6 months", "instagramFollowers", 1200, "2026-01-15", { targetValue: 1440, deadline: "2026-07-15" }],
    [
      "Google Ads −15 % in 4 months",
      "googleAdsCostPerClick",
      8,
      "2026-03-10",
      { unit: "nok", direction: "decrease", targetValue: 6.8, deadline: "2026-07-10" },
    ],
    ["e-mail open rate in 3 months", "emailOpenRate", 20, "2026-11-30", { unit: "percent", targetValue: 30, deadline: "2027-02-28" }],
    ["YouTube +50 in 5 months, day clamped", "youtubeSubscribers", 950, "2026-08-31", { targetValue: 1000, deadline: "2027-01-31" }],
    ["blog, ongoing, a year", "blogViewsPerPost", null, "2028-02-29", { baselineValue: null, targetValue: 500, deadline: "2029-02-28" }],
    ["Google reviews +25 in 4 months", "googleBusinessReviews", 12, "2026-10-31", { targetValue: 37, deadline: "2027-02-28" }],
    [
      "influencer 10 000 views in 2 months, per month",
      "influencerViews",
      null,
      "2025-12-31",
      { targetValue: 5_000, deadline: "2026-02-28", measurePeriod: "month" },
    ],
    ["LinkedIn 15 leads a quarter, per month", "linkedinQualifiedLeads", 4, "2026-01-01", { targetValue: 5, measurePeriod: "month" }],
  ])("%s", (_name, id, baseline, today, expected) => {
    const draft = applyTemplate(byId(id), { baseline, today });
    expect(draft).toMatchObject({ baselineValue: baseline, startDate: today, ...expected });
  });

  it("gives the template's unit and direction", () => {
    expect(applyTemplate(byId("instagramFollowers"), { baseline: 100, today: "2026-01-01" })).toEqual({
      unit: "count",
      direction: "increase",
      baselineValue: 100,
      targetValue: 120,
      startDate: "2026-01-01",
      deadline: "2026-07-01",
    });
  });

  it("refuses a today that is not a date", () => {
    expect(() => applyTemplate(byId("instagramFollowers"), { baseline: 100, today: "i dag" })).toThrow(RangeError);
  });
});
