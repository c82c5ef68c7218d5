import { describe, expect, it } from "vitest";
import { sameSeasonLastYear } from "./same-season";

// Weekly totals a year back: about 10 in early December 2025, about 20 in early March 2026.
const HISTORY = [
  { date: "2025-11-24", value: 9 },
  { date: "2025-12-01", value: 10 },
  { date: "2025-12-08", value: 11 },
  { date: "2026-02-23", value: 18 },
  { date: "2026-03-02", value: 20 },
  { date: "2026-03-09", value: 22 },
  { date: "2026-06-01", value: 30 },
];

describe("sameSeasonLastYear", () => {
  it("reads last year's values a fortnight either side of the start and the deadline", () => {
    // 1 Dec 2025 ± 14 days: 9, 10, 11 → 10; 2 Mar 2026 ± 14 days: 18, 20, 22 → 20.
    expect(sameSeasonLastYear(HISTORY, "2026-12-01", "2027-03-02")).toEqual({ from: 10, to: 20, months: 3 + 1 / 30.4375, ratio: 2 });
  });

  it.each([
    ["no history a year back", HISTORY.slice(3), "2026-12-01", "2027-03-02"],
    ["a span over a year", HISTORY, "2026-12-01", "2028-03-02"],
    ["no dates", HISTORY, null, "2027-03-02"],
    ["a year-back start of zero", HISTORY.map((p) => (p.date < "2026-01-01" ? { ...p, value: 0 } : p)), "2026-12-01", "2027-03-02"],
  ])("is null with %s", (_, history, start, deadline) => {
    expect(sameSeasonLastYear(history, start, deadline)).toBeNull();
  });
});
