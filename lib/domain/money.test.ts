import { describe, expect, it } from "vitest";
import {
  budgetPace,
  costPerResult,
  costPerThousandReached,
  derivedPeriods,
  type MoneyFigure,
  type MoneySeries,
  moneyPeriods,
  moneyWindows,
  PACE_TOLERANCE,
  rankChannels,
  resultsPerThousand,
  returnOnAdSpend,
  returnOnInvestment,
  windowTotals,
} from "./money";
import type { CoveredValue } from "./series";

const v = (value: number): MoneyFigure => ({ state: "value", value });
const day = (date: string, value: number): CoveredValue => ({ date, covers: "day", value });
const week = (date: string, value: number): CoveredValue => ({ date, covers: "week", value });
const month = (date: string, value: number): CoveredValue => ({ date, covers: "month", value });
const none: MoneySeries = { spend: [], oneOffCosts: [], results: [], revenue: [] };

describe("figures, with division by nothing as a state", () => {
  it.each<[string, MoneyFigure, MoneyFigure]>([
    ["cost per result 12 000 kr / 80 leads", costPerResult(12_000, 80), v(150)],
    ["cost per result without results", costPerResult(12_000, 0), { state: "noResults" }],
    ["cost per result, results never recorded", costPerResult(12_000, null), { state: "noResults" }],
    ["cost per result without spend", costPerResult(null, 80), { state: "noSpend" }],
    ["cost per result, spend 0", costPerResult(0, 80), { state: "noSpend" }],
    ["CPM 2 500 kr to 50 000 people", costPerThousandReached(2_500, 50_000), v(50)],
    ["CPM without reach", costPerThousandReached(2_500, 0), { state: "noReach" }],
    ["ROAS 48 000 kr back on 12 000 kr", returnOnAdSpend(48_000, 12_000), v(4)],
    ["ROAS without revenue recorded", returnOnAdSpend(null, 12_000), { state: "noRevenue" }],
    ["ROAS with revenue 0 is 0, it was recorded", returnOnAdSpend(0, 12_000), v(0)],
    ["ROAS without spend", returnOnAdSpend(48_000, 0), { state: "noSpend" }],
    ["ROI (48 000 − 12 000) / 12 000", returnOnInvestment(48_000, 12_000), v(3)],
    ["ROI at a loss (9 000 − 12 000) / 12 000", returnOnInvestment(9_000, 12_000), v(-0.25)],
    ["ROI without spend", returnOnInvestment(9_000, null), { state: "noSpend" }],
    ["results per 1 000 kr: 30 on 6 000 kr", resultsPerThousand(6_000, 30), v(5)],
    ["results per 1 000 kr without results", resultsPerThousand(6_000, 0), { state: "noResults" }],
  ])("%s", (_case, actual, expected) => expect(actual).toEqual(expected));
});

describe("moneyPeriods: series of different granularities", () => {
  // Daily spend 30 Mar–1 Apr (100 + 200 + 300), weekly results for the week of Monday 30 Mar (7):
  // March holds 2 of the week's 7 days → 2 results, April 5.
  const mixed: MoneySeries = {
    ...none,
    spend: [day("2026-03-30", 100), day("2026-03-31", 200), day("2026-04-01", 300)],
    results: [[week("2026-03-30", 7)]],
  };

  it("per month: March 300 kr / 2 results, April 300 kr / 5 results, April partial", () => {
    const months = moneyPeriods(mixed, "month", "2026-04-10");
    expect(months.map((p) => [p.start, p.spend, p.results, p.partial])).toEqual([
      ["2026-03-01", 300, 2, false],
      ["2026-04-01", 300, 5, true],
    ]);
    expect(derivedPeriods(months, "cost_per_result").map((p) => p.value)).toEqual([150, 60]);
  });

  it("per week: the week of 30 Mar has 600 kr / 7 results; the next week has nothing", () => {
    const weeks = moneyPeriods(mixed, "week", "2026-04-10");
    expect(weeks.map((p) => [p.start, p.spend, p.results])).toEqual([
      ["2026-03-30", 600, 7],
      ["2026-04-06", null, null],
    ]);
    expect(derivedPeriods(weeks, "cost_per_result").map((p) => p.value)).toEqual([600 / 7, null]);
  });

  it("adds one-off costs to the stored spend once, even beside a coarser month value", () => {
    const series: MoneySeries = {
      ...none,
      spend: [month("2026-03-01", 3_000)],
      oneOffCosts: [
        { date: "2026-03-15", amount: 12_000 },
        { date: "2026-03-15", amount: 500 },
      ],
      results: [[month("2026-03-01", 50)]],
    };
    const [march] = moneyPeriods(series, "month", "2026-04-10");
    expect(march).toMatchObject({ start: "2026-03-01", spend: 15_500, results: 50 });
    expect(derivedPeriods([march!], "cost_per_result")[0]!.value).toBe(310);
  });

  it("sums several result metrics and reads revenue for ROAS and ROI (in percent points)", () => {
    const series: MoneySeries = {
      ...none,
      spend: [month("2026-03-01", 3_000)],
      results: [[month("2026-03-01", 10)], [day("2026-03-02", 5), day("2026-03-20", 15)]],
      revenue: [month("2026-03-01", 6_000)],
    };
    const months = moneyPeriods(series, "month", "2026-04-10");
    expect(months[0]).toMatchObject({ spend: 3_000, results: 30, revenue: 6_000 });
    expect(derivedPeriods(months, "roas")[0]!.value).toBe(2);
    expect(derivedPeriods(months, "roi")[0]!.value).toBe(100);
  });

  it("a month with spend and no results has no cost per result, never 0 or infinity", () => {
    const series: MoneySeries = {
      ...none,
      spend: [month("2026-02-01", 1_000), month("2026-03-01", 1_000)],
      results: [[month("2026-03-01", 4)]],
    };
    expect(derivedPeriods(moneyPeriods(series, "month", "2026-04-10"), "cost_per_result").map((p) => p.value)).toEqual([null, 250, null]);
  });

  it("a one-off cost alone does not make the current month partial", () => {
    const series: MoneySeries = { ...none, oneOffCosts: [{ date: "2026-04-02", amount: 1_200 }] };
    expect(moneyPeriods(series, "month", "2026-04-10")).toEqual([
      { start: "2026-04-01", end: "2026-04-30", partial: false, spend: 1_200, results: null, revenue: null, reach: null },
    ]);
  });
});

describe("windows and their totals", () => {
  it.each<[string, string, Record<string, { from: string; to: string }>]>([
    [
      "mid-December",
      "2026-12-15",
      {
        thisMonth: { from: "2026-12-01", to: "2026-12-01" },
        lastMonth: { from: "2026-11-01", to: "2026-11-01" },
        lastQuarter: { from: "2026-09-01", to: "2026-11-01" },
        sixMonths: { from: "2026-06-01", to: "2026-11-01" },
      },
    ],
    [
      "early January, across the year",
      "2027-01-05",
      {
        thisMonth: { from: "2027-01-01", to: "2027-01-01" },
        lastMonth: { from: "2026-12-01", to: "2026-12-01" },
        lastQuarter: { from: "2026-10-01", to: "2026-12-01" },
        sixMonths: { from: "2026-07-01", to: "2026-12-01" },
      },
    ],
  ])("%s", (_case, today, expected) => expect(moneyWindows(today)).toEqual(expected));

  it("sums the months inside the window, null where nothing was recorded", () => {
    const series: MoneySeries = {
      ...none,
      spend: [month("2026-08-01", 1_000), month("2026-09-01", 2_000), month("2026-10-01", 4_000), month("2026-11-01", 8_000)],
      results: [[month("2026-11-01", 16)]],
    };
    const months = moneyPeriods(series, "month", "2026-12-15");
    const w = moneyWindows("2026-12-15");
    expect(windowTotals(months, w.lastQuarter)).toEqual({ spend: 14_000, results: 16, revenue: null, reach: null });
    expect(windowTotals(months, w.sixMonths).spend).toBe(15_000);
    expect(windowTotals(months, w.thisMonth)).toEqual({ spend: null, results: null, revenue: null, reach: null });
  });
});

describe("budgetPace", () => {
  // 15 December: 15 of 31 days gone = 48.4 %.
  it.each<[string, number | null, number, string, object]>([
    ["62 % spent, 48 % gone: over pace", 10_000, 6_200, "2026-12-15", { verdict: "over", spentShare: 0.62, overBudget: false }],
    ["48 % spent, 48 % gone: on pace", 10_000, 4_800, "2026-12-15", { verdict: "on", overBudget: false }],
    ["30 % spent, 48 % gone: under pace", 10_000, 3_000, "2026-12-15", { verdict: "under", spentShare: 0.3 }],
    ["110 % spent: over pace and over budget", 10_000, 11_000, "2026-12-15", { verdict: "over", overBudget: true }],
    ["14 February is half the month: 60 % is on pace", 10_000, 6_000, "2027-02-14", { verdict: "on", elapsedShare: 0.5 }],
    ["the last day: all of the month gone", 10_000, 10_000, "2026-12-31", { verdict: "on", elapsedShare: 1 }],
  ])("%s", (_case, budget, spent, today, expected) => {
    const pace = budgetPace({ budget, spent, today });
    expect(pace).toMatchObject({ state: "budget", ...expected });
  });

  it("allows 10 points either way before a verdict of over or under", () => expect(PACE_TOLERANCE).toBe(0.1));

  it("gives the elapsed share 15/31 on 15 December", () => {
    const pace = budgetPace({ budget: 10_000, spent: 6_200, today: "2026-12-15" });
    expect(pace.state === "budget" && pace.elapsedShare).toBeCloseTo(15 / 31, 10);
  });

  it.each<[string, number | null]>([
    ["no budget set", null],
    ["a budget of 0", 0],
  ])("%s: no pace, only the spend", (_case, budget) => {
    expect(budgetPace({ budget, spent: 500, today: "2026-12-15" })).toEqual({ state: "noBudget", spent: 500 });
  });
});

describe("rankChannels by results per 1 000 kr", () => {
  it("ranks the best first, then spend without results, then no spend; ties keep their order", () => {
    const ranked = rankChannels([
      { name: "A", spend: 1_000, results: 10 },
      { name: "B", spend: 2_000, results: 40 },
      { name: "C", spend: 500, results: 0 },
      { name: "D", spend: null, results: 5 },
      { name: "E", spend: 3_000, results: 30 },
    ]);
    expect(ranked.map((c) => [c.name, c.perThousand])).toEqual([
      ["B", v(20)],
      ["A", v(10)],
      ["E", v(10)],
      ["C", { state: "noResults" }],
      ["D", { state: "noSpend" }],
    ]);
  });
});
