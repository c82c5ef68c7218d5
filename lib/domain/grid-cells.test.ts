import { describe, expect, it } from "vitest";
import { gridCells } from "./grid-cells";
import type { CoveredValue } from "./series";

const day = (date: string, value: number): CoveredValue => ({ date, covers: "day", value });
const week = (date: string, value: number): CoveredValue => ({ date, covers: "week", value });

// Today is Wednesday 2 December 2026; the weeks start on Mondays 23 Nov and 30 Nov.
const TODAY = "2026-12-02";

describe("gridCells", () => {
  it.each([
    {
      name: "a week typed for the week is its own cell",
      points: [week("2026-11-23", 1560)],
      kind: "total" as const,
      every: "week" as const,
      dates: ["2026-11-23", "2026-11-30"],
      want: [
        { kind: "own", value: 1560 },
        { kind: "own", value: null },
      ],
    },
    {
      name: "daily visits under a week column are summed, and the current week is partial",
      points: [day("2026-11-23", 100), day("2026-11-29", 140), day("2026-11-30", 30), day("2026-12-01", 20)],
      kind: "total" as const,
      every: "week" as const,
      dates: ["2026-11-23", "2026-11-30"],
      want: [
        { kind: "finer", value: 240, from: "day", partial: false },
        { kind: "finer", value: 50, from: "day", partial: true },
      ],
    },
    {
      name: "daily values beat a typed week for the same days (finest wins)",
      points: [week("2026-11-23", 999), day("2026-11-24", 12)],
      kind: "total" as const,
      every: "week" as const,
      dates: ["2026-11-23"],
      // The week is not complete from its days, but it is over: not partial.
      want: [{ kind: "finer", value: 12, from: "day", partial: false }],
    },
    {
      name: "a level's week column shows its last daily value",
      points: [day("2026-11-23", 410), day("2026-11-27", 418), day("2026-11-25", 415)],
      kind: "level" as const,
      every: "week" as const,
      dates: ["2026-11-23"],
      want: [{ kind: "finer", value: 418, from: "day", partial: false }],
    },
    {
      name: "a month column reads weeks when there are no days, a week across two months split by its days",
      // The week from Monday 26 Oct covers 26 Oct–1 Nov: 6 of its 7 days in October (60), 1 in November (10 + 140).
      points: [week("2026-10-26", 70), week("2026-11-02", 140)],
      kind: "total" as const,
      every: "month" as const,
      dates: ["2026-10-01", "2026-11-01"],
      want: [
        { kind: "finer", value: 60, from: "week", partial: false },
        { kind: "finer", value: 150, from: "week", partial: false },
      ],
    },
    {
      name: "day columns only show values typed for the day",
      points: [day("2026-12-01", 5), week("2026-11-30", 70)],
      kind: "total" as const,
      every: "day" as const,
      dates: ["2026-11-30", "2026-12-01"],
      want: [
        { kind: "own", value: null },
        { kind: "own", value: 5 },
      ],
    },
  ])("$name", ({ points, kind, every, dates, want }) => {
    expect(gridCells(points, kind, every, dates, TODAY)).toEqual(want);
  });
});
