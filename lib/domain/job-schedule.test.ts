import { describe, expect, it } from "vitest";
import { runIsLate } from "./job-schedule";

const now = new Date("2026-11-26T10:00:00Z");

describe("runIsLate", () => {
  it.each([
    ["ran 5 minutes ago", "2026-11-26T09:55:00Z", false],
    ["ran an hour ago, as planned", "2026-11-26T09:00:00Z", false],
    ["ran exactly two hours ago: one run may be a little late", "2026-11-26T08:00:00Z", false],
    ["ran two hours and a minute ago", "2026-11-26T07:59:00Z", true],
    ["ran yesterday", "2026-11-25T10:00:00Z", true],
    ["a clock a little ahead of this one", "2026-11-26T10:01:00Z", false],
  ] as const)("%s: %s", (_name, last, late) => {
    expect(runIsLate(new Date(last), now)).toBe(late);
  });

  it("is not late when it never ran (the page says that in its own words)", () => {
    expect(runIsLate(null, now)).toBe(false);
  });
});
