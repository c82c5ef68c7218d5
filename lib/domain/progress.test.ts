import { describe, expect, it } from "vitest";
import { clampProgress, expectedProgress, goalProgress } from "./progress";

describe("goalProgress", () => {
  it.each([
    // The bakery: wedding-cake orders 20 → 26 (+30 %); 23 orders is halfway.
    ["bakery halfway", 20, 26, 23, 0.5],
    ["bakery reached", 20, 26, 26, 1],
    ["bakery above target", 20, 26, 29, 1.5],
    ["fell below baseline", 20, 26, 17, -0.5],
    // The workshop: churn 20 % → 17 % (−15 %), a decrease goal.
    ["workshop decrease halfway", 20, 17, 18.5, 0.5],
    ["workshop churn rose", 20, 17, 21.5, -0.5],
    // The clothing store: conversion 2.5 % → 4 %.
    ["store conversion", 2.5, 4, 3.25, 0.5],
  ])("%s", (_name, baseline, target, latest, expected) => {
    expect(goalProgress(baseline, target, latest)).toBeCloseTo(expected, 10);
  });

  it("has no progress when target equals baseline or a value is missing", () => {
    expect(goalProgress(10, 10, 12)).toBeNull();
    expect(goalProgress(10, 12, Number.NaN)).toBeNull();
  });
});

describe("clampProgress", () => {
  it.each([
    [-0.2, 0],
    [0.4, 0.4],
    [1.7, 1],
  ])("%s → %s", (raw, clamped) => expect(clampProgress(raw)).toBe(clamped));
});

describe("expectedProgress", () => {
  it.each([
    ["2026-01-01", "2026-07-01", "2026-01-01", 0],
    ["2026-01-01", "2026-01-11", "2026-01-06", 0.5],
    ["2026-01-01", "2026-07-01", "2026-12-01", 1],
    ["2026-01-01", "2026-07-01", "2025-12-01", 0],
  ])("%s → %s on %s", (start, deadline, today, expected) => {
    expect(expectedProgress(start, deadline, today)).toBeCloseTo(expected, 10);
  });

  it("is null for a deadline before the start", () => {
    expect(expectedProgress("2026-07-01", "2026-01-01", "2026-03-01")).toBeNull();
  });
});
