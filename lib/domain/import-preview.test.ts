import { describe, expect, it } from "vitest";
import type { MetricKind } from "./series";
import { mondayOf, previewSeries } from "./import-preview";
import type { ImportedPoint } from "./import/types";

const day = (date: string, value: number, metric = "sessions"): ImportedPoint => ({
  date,
  covers: "day",
  channel: "website",
  metric,
  value,
});

describe("mondayOf", () => {
  it.each([
    ["2026-11-02", "2026-11-02"], // a Monday
    ["2026-11-08", "2026-11-02"], // the Sunday after
    ["2026-11-04", "2026-11-02"],
    ["2027-01-01", "2026-12-28"], // a Friday across the new year
  ])("%s → %s", (date, monday) => expect(mondayOf(date)).toBe(monday));
});

describe("previewSeries", () => {
  // Sat 7, Sun 8 (week of 2 Nov); Mon 9, Tue 10 (week of 9 Nov).
  const points = [day("2026-11-09", 30), day("2026-11-07", 10), day("2026-11-08", 20), day("2026-11-10", 50)];
  it.each<[MetricKind, { week: string; value: number; days: number }[], number | null]>([
    [
      "total",
      [
        { week: "2026-11-02", value: 30, days: 2 },
        { week: "2026-11-09", value: 80, days: 2 },
      ],
      110,
    ],
    [
      "level",
      [
        { week: "2026-11-02", value: 20, days: 2 },
        { week: "2026-11-09", value: 50, days: 2 },
      ],
      null,
    ],
    [
      "rate",
      [
        { week: "2026-11-02", value: 15, days: 2 },
        { week: "2026-11-09", value: 40, days: 2 },
      ],
      null,
    ],
  ])("a %s metric", (kind, weeks, total) => {
    expect(previewSeries(points, () => kind)).toEqual([{ channel: "website", metric: "sessions", weeks, total, points: 4 }]);
  });

  it("keeps each channel and metric apart", () => {
    const series = previewSeries([day("2026-11-09", 1), day("2026-11-09", 2, "users")], () => "total");
    expect(series.map((s) => [s.metric, s.total])).toEqual([
      ["sessions", 1],
      ["users", 2],
    ]);
  });
});
