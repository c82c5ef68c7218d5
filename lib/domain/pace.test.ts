import { describe, expect, it } from "vitest";
import { measurementAge, neededMonthlyRate, type PaceInput, paceStatus } from "./pace";

const base: PaceInput = { baseline: 20, target: 26, latest: 23, expected: 0.5, forecast: null, deadlinePassed: false };

describe("paceStatus", () => {
  it.each<[string, Partial<PaceInput>, string]>([
    // The bakery: 20 → 26 wedding-cake orders, halfway there at half time.
    ["on the expected pace", {}, "on_track"],
    ["slightly behind, within tolerance", { latest: 22.8 }, "on_track"],
    ["behind but within the at-risk gap", { latest: 22 }, "at_risk"],
    ["far behind", { latest: 20.5 }, "off_track"],
    ["far behind, but the trend reaches the target", { latest: 20.5, forecast: 26.5 }, "on_track"],
    ["far behind, the trend gets most of the way", { latest: 20.5, forecast: 25 }, "at_risk"],
    ["target already reached early", { latest: 27, expected: 0.1 }, "on_track"],
    ["no measurements", { latest: null }, "no_data"],
    ["no target", { target: null }, "no_data"],
    ["target equals baseline", { target: 20 }, "no_data"],
    ["deadline passed without reaching the target", { latest: 25, expected: 1, deadlinePassed: true }, "off_track"],
    ["deadline passed with the target reached", { latest: 26, expected: 1, deadlinePassed: true }, "on_track"],
    ["first day, no expected progress yet", { latest: 20, expected: 0 }, "on_track"],
    // The workshop: churn 20 % → 17 %, a decrease goal.
    ["decrease goal on pace", { baseline: 20, target: 17, latest: 18.5 }, "on_track"],
    ["decrease goal going the wrong way", { baseline: 20, target: 17, latest: 21 }, "off_track"],
  ])("%s", (_name, change, expected) => {
    expect(paceStatus({ ...base, ...change })).toBe(expected);
  });
});

describe("neededMonthlyRate", () => {
  it.each<[string, Parameters<typeof neededMonthlyRate>[0], number | null]>([
    ["three months left, six to go", { latest: 20, target: 26, today: "2026-01-01", deadline: "2026-04-02" }, 2],
    ["a decrease goal needs a negative rate", { latest: 20, target: 17, today: "2026-01-01", deadline: "2026-04-02" }, -1],
    ["already reached: nothing more needed", { latest: 26, target: 26, today: "2026-01-01", deadline: "2026-04-02" }, 0],
    ["deadline passed", { latest: 20, target: 26, today: "2026-05-01", deadline: "2026-04-02" }, null],
    ["no measurement", { latest: null, target: 26, today: "2026-01-01", deadline: "2026-04-02" }, null],
    ["no deadline", { latest: 20, target: 26, today: "2026-01-01", deadline: null }, null],
  ])("%s", (_name, input, expected) => {
    const rate = neededMonthlyRate(input);
    if (expected === null) expect(rate).toBeNull();
    else expect(rate).toBeCloseTo(expected, 1);
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
