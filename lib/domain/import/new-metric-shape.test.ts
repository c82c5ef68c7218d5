import { describe, expect, it } from "vitest";
import { newMetricShape } from "./outputs";

describe("newMetricShape", () => {
  it.each([
    ["ga4", "custom:Engagement rate", { kind: "rate", unit: "percent" }],
    ["ga4", "custom:Sessions", { kind: "total", unit: "count" }],
    ["metaAds", "custom:Cost per result", { kind: "rate", unit: "nok" }],
    ["metaAds", "custom:Results", { kind: "total", unit: "count" }],
    ["linkedinPage", "custom:Engagement rate", { kind: "rate", unit: "percent" }],
    ["ga4", "custom:Not in the file", { kind: "total", unit: "count" }],
  ] as const)("%s %s → %j", (source, metric, expected) => {
    expect(newMetricShape(source, metric)).toEqual(expected);
  });
});
