import { describe, expect, it } from "vitest";
import { sortPoints } from "./rows";
import type { ImportedPoint } from "./types";

const p = (date: string, channel: string, metric: string): ImportedPoint => ({ date, covers: "day", channel, metric, value: 1 });
const order = (points: ImportedPoint[]) => sortPoints(points).map((x) => `${x.date} ${x.channel} ${x.metric}`);

describe("sortPoints", () => {
  it.each([
    {
      name: "by date first, across months and years",
      points: [p("2026-01-02", "a", "m"), p("2025-12-31", "a", "m"), p("2026-01-01", "a", "m")],
      want: ["2025-12-31 a m", "2026-01-01 a m", "2026-01-02 a m"],
    },
    {
      name: "then by channel, then by metric, on the same date",
      points: [p("2026-11-02", "website", "sessions"), p("2026-11-02", "facebook", "reach"), p("2026-11-02", "facebook", "followers")],
      want: ["2026-11-02 facebook followers", "2026-11-02 facebook reach", "2026-11-02 website sessions"],
    },
    {
      name: "a later date before an earlier channel name never wins",
      points: [p("2026-11-03", "a", "a"), p("2026-11-02", "z", "z")],
      want: ["2026-11-02 z z", "2026-11-03 a a"],
    },
    {
      name: "metric labels by letter, not by character code (a capital C after a small b)",
      points: [p("2026-11-02", "website", "custom:Kontakter"), p("2026-11-02", "website", "custom:bestillinger")],
      want: ["2026-11-02 website custom:bestillinger", "2026-11-02 website custom:Kontakter"],
    },
  ])("$name", ({ points, want }) => {
    expect(order(points)).toEqual(want);
  });
});
