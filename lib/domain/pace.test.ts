import { describe, expect, it } from "vitest";
import { measurementAge, neededPerPeriod } from "./pace";

describe("neededPerPeriod", () => {
  const week = (start: string, value: number | null) => ({ start, value });
  it.each<[string, Parameters<typeof neededPerPeriod>[0], number | null]>([
    // Read in the week of Mon 5 Jan; the deadline Wed 18 Mar is in the week of Mon 16 Mar, 10 weeks on: (26 − 20) / 10.
    ["ten weeks left, six to go", { current: week("2026-01-05", 20), target: 26, deadline: "2026-03-18", period: "week" }, 0.6],
    // January's value, deadline in April: three months on, (26 − 20) / 3.
    ["three months left", { current: week("2026-01-01", 20), target: 26, deadline: "2026-04-02", period: "month" }, 2],
    [
      "a decrease goal needs a negative change",
      { current: week("2026-01-01", 20), target: 17, deadline: "2026-04-02", period: "month" },
      -1,
    ],
    ["already reached: nothing more needed", { current: week("2026-01-01", 26), target: 26, deadline: "2026-04-02", period: "month" }, 0],
    ["the deadline's own period", { current: week("2026-04-01", 20), target: 26, deadline: "2026-04-02", period: "month" }, null],
    ["no measurement", { current: null, target: 26, deadline: "2026-04-02", period: "month" }, null],
    ["no deadline", { current: week("2026-01-01", 20), target: 26, deadline: null, period: "month" }, null],
  ])("%s", (_name, input, expected) => {
    const rate = neededPerPeriod(input);
    if (expected === null) expect(rate).toBeNull();
    else expect(rate).toBeCloseTo(expected, 10);
  });
});

describe("measurementAge", () => {
  it.each([
    ["2026-11-26", "2026-11-26", 0],
    ["2026-10-27", "2026-11-26", 30],
    [null, "2026-11-26", null],
  ] as const)("%s → %s days before %s", (last, today, days) => {
    expect(measurementAge(last, today)).toBe(days);
  });
});
