import { describe, expect, it } from "vitest";
import type { Forecast } from "./forecast";
import { goalVerdict, type VerdictInput } from "./verdict";

const forecast = (likely: number, low: number, high: number, basis: Forecast["basis"] = "goal"): Forecast => ({
  likely,
  low,
  high,
  perPeriod: 1,
  periods: 8,
  basis,
  from: { date: "2026-02-23", likely: 150, low: 150, high: 150 },
});

// 100 → 200 from 1 Jan to 1 May (120 days); on 2 Mar (60 days) half the way is expected: 150.
const base: VerdictInput = {
  baseline: 100,
  target: 200,
  current: 150,
  start: "2026-01-01",
  deadline: "2026-05-01",
  today: "2026-03-02",
  period: "week",
  periodsSinceStart: 8,
  forecast: null,
};

describe("goalVerdict", () => {
  it.each<[string, Partial<VerdictInput>, string, string]>([
    ["on the path, no forecast", {}, "on_track", "onPath.none"],
    ["on the path, the forecast reaches", { forecast: forecast(205, 195, 215) }, "on_track", "onPath.reaches"],
    // 170 is 0.7 of the way against 0.5 expected; the forecast 170 (160–180) stops at 0.7, its best end at 0.8.
    ["ahead, but the forecast clearly misses", { current: 170, forecast: forecast(170, 160, 180) }, "at_risk", "ahead.short"],
    // 197 (190–204): short of 200, but by less than 5 % of the way and the range reaches it.
    ["on the path, the forecast just short", { forecast: forecast(197, 190, 204) }, "on_track", "onPath.near"],
    ["on the path, the forecast far short", { forecast: forecast(140, 130, 150) }, "at_risk", "onPath.short"],
    // 140 is 0.4 of the way, 0.1 behind the 0.5 expected.
    ["behind, but the forecast reaches", { current: 140, forecast: forecast(205, 195, 215) }, "on_track", "behind.reaches"],
    ["behind, no forecast", { current: 140 }, "at_risk", "behind.none"],
    ["behind, the forecast far short", { current: 140, forecast: forecast(145, 135, 155) }, "off_track", "behind.short"],
    // 120 is 0.2 of the way, 0.3 behind.
    ["far behind, no forecast", { current: 120 }, "off_track", "farBehind.none"],
    ["far behind, the forecast reaches", { current: 120, forecast: forecast(210, 190, 230) }, "at_risk", "farBehind.reaches"],
    ["achieved early", { current: 205 }, "achieved", "achievedEarly"],
    ["achieved at the deadline", { current: 200, today: "2026-05-01" }, "achieved", "achievedEarly"],
    ["achieved, deadline passed", { current: 200, today: "2026-06-01" }, "achieved", "achieved"],
    ["deadline passed short of the target", { current: 190, today: "2026-05-02" }, "off_track", "deadlinePassed"],
    ["too early: three weeks of its own", { periodsSinceStart: 3 }, "too_early", "tooEarly.week"],
    [
      "too early, with the history's forecast",
      { periodsSinceStart: 0, forecast: forecast(180, 170, 190, "history") },
      "too_early",
      "tooEarlyHistory",
    ],
    ["no measurement", { current: null }, "no_data", "noMeasurement"],
    ["no target", { target: null }, "no_data", "noTarget"],
    ["target equals baseline", { target: 100 }, "no_data", "noTarget"],
    ["no dates", { start: null }, "no_data", "noDates"],
    // Churn 20 % → 17 %: 18.5 is half the way. The forecast 17.2 (16.8–17.6) reaches 0.93, its best end 1.07.
    [
      "decrease, on the path, forecast within reach",
      { baseline: 20, target: 17, current: 18.5, forecast: forecast(17.2, 16.8, 17.6) },
      "on_track",
      "onPath.near",
    ],
    // 18 (17.8–18.2): 0.67 of the way, best end 0.73: clearly short.
    [
      "decrease, the forecast clearly misses",
      { baseline: 20, target: 17, current: 18.5, forecast: forecast(18, 17.8, 18.2) },
      "at_risk",
      "onPath.short",
    ],
    ["decrease, going the wrong way", { baseline: 20, target: 17, current: 21 }, "off_track", "farBehind.none"],
    ["decrease, achieved early", { baseline: 20, target: 17, current: 16.9 }, "achieved", "achievedEarly"],
    // The chosen path decides where the goal should be: milestones asking for 0.37 of the way by now put 140 (0.4) on it…
    ["behind the straight path, on its milestones", { current: 140, expected: 0.37 }, "on_track", "onPath.none"],
    // …a seasonal path asking for 0.8 puts 150 (0.5) far behind…
    ["on the straight path, far behind its season", { expected: 0.8 }, "off_track", "farBehind.none"],
    // …and a winter dip below the baseline (−0.2) makes 110 (0.1) ahead.
    ["in a season's dip, above it", { current: 110, expected: -0.2 }, "on_track", "ahead.none"],
  ])("%s", (_name, change, status, key) => {
    const v = goalVerdict({ ...base, ...change });
    expect([v.status, v.reason.key]).toEqual([status, key]);
  });

  it("names the value the chosen path expects: 0.3 of the way from 100 to 200 is 130", () => {
    expect(goalVerdict({ ...base, expected: 0.3 }).reason.values.expected).toBeCloseTo(130, 10);
  });

  it("gives the numbers the reason names: value, expected, forecast, target, deadline", () => {
    const v = goalVerdict({ ...base, current: 140, forecast: forecast(205, 195, 215) });
    expect(v.reason.values).toEqual({ value: 140, target: 200, expected: 150, forecast: 205, deadline: "2026-05-01" });
    expect(v.forecastProgress).toBeCloseTo(1.05, 10);
  });

  it("is never on track with a reliable forecast that clearly misses, wherever the goal stands", () => {
    for (const current of [100, 120, 140, 150, 170, 190, 199]) {
      const v = goalVerdict({ ...base, current, forecast: forecast(180, 170, 190) });
      expect(v.status).not.toBe("on_track");
    }
  });
});
