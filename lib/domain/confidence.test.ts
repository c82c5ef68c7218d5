import { describe, expect, it } from "vitest";
import { confidenceDropped, confidenceFlag, isConfidenceLevel, mayRecordConfidence } from "./confidence";

describe("confidenceDropped", () => {
  it.each([
    ["the first check-in is no drop", null, "low", false],
    ["high → medium drops", "high", "medium", true],
    ["high → low drops", "high", "low", true],
    ["medium → low drops", "medium", "low", true],
    ["medium → medium stays", "medium", "medium", false],
    ["low → low stays (already low, no new reminder)", "low", "low", false],
    ["low → high rises", "low", "high", false],
    ["medium → high rises", "medium", "high", false],
  ] as const)("%s", (_name, previous, next, expected) => {
    expect(confidenceDropped(previous, next)).toBe(expected);
  });
});

describe("confidenceFlag", () => {
  it.each([
    ["low and on track contradict each other", "low", "on_track", "lowButOnTrack"],
    ["low and at risk agree", "low", "at_risk", null],
    ["low and off track agree", "low", "off_track", null],
    ["low while too early to judge", "low", "too_early", null],
    ["medium and on track", "medium", "on_track", null],
    ["high and on track", "high", "on_track", null],
    ["no check-in yet", null, "on_track", null],
  ] as const)("%s", (_name, level, status, expected) => {
    expect(confidenceFlag(level, status)).toBe(expected);
  });
});

describe("mayRecordConfidence", () => {
  it.each([
    ["the goal's owner", "u1", "u1", false, true],
    ["someone else without the permission", "u2", "u1", false, false],
    ["someone else with the permission (a manager)", "u2", "u1", true, true],
    ["a goal with no owner, without the permission", "u2", null, false, false],
    ["a goal with no owner, with the permission", "u2", null, true, true],
  ] as const)("%s", (_name, user, owner, any, expected) => {
    expect(mayRecordConfidence(user, owner, any)).toBe(expected);
  });
});

describe("isConfidenceLevel", () => {
  it.each([
    ["high", true],
    ["medium", true],
    ["low", true],
    ["HIGH", false],
    ["", false],
    [3, false],
    [null, false],
  ])("%s → %s", (value, expected) => {
    expect(isConfidenceLevel(value)).toBe(expected);
  });
});
