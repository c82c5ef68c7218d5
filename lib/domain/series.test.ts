import { describe, expect, it } from "vitest";
import { addDays } from "./dates";
import { goalProgress } from "./progress";
import { aggregateSeries, type CoveredValue, currentPeriodValue, type MeasurePeriod, type MetricKind, periodPoints } from "./series";

// Wednesday 2 December 2026: its week runs Monday 30 Nov – Sunday 6 Dec.
const TODAY = "2026-12-02";

const days = (from: string, count: number, value: number | ((i: number) => number)): CoveredValue[] =>
  Array.from({ length: count }, (_, i) => ({
    date: addDays(from, i)!,
    covers: "day" as const,
    value: typeof value === "number" ? value : value(i),
  }));
const v = (date: string, covers: CoveredValue["covers"], value: number): CoveredValue => ({ date, covers, value });

type Row = [string, CoveredValue[], MetricKind, MeasurePeriod, string, [string, number | null, boolean][]];

describe("aggregateSeries", () => {
  it.each<Row>([
    [
      "total per week from days; the current week is partial",
      [...days("2026-11-16", 14, 10), ...days("2026-11-30", 3, 20)],
      "total",
      "week",
      TODAY,
      [
        ["2026-11-16", 70, false],
        ["2026-11-23", 70, false],
        ["2026-11-30", 60, true],
      ],
    ],
    [
      "total: day values beat a week value for the same week (500 ignored)",
      [v("2026-11-23", "week", 500), ...days("2026-11-24", 2, (i) => 10 * (i + 1))],
      "total",
      "week",
      TODAY,
      [
        ["2026-11-23", 30, false],
        ["2026-11-30", null, true],
      ],
    ],
    [
      "total: a week from Thursday splits 4/7 and 3/7 over two weeks",
      [v("2026-11-26", "week", 70)],
      "total",
      "week",
      TODAY,
      [
        ["2026-11-23", 40, false],
        ["2026-11-30", 30, true],
      ],
    ],
    [
      "total: a whole week value covers the current week, so it is not partial",
      [v("2026-11-23", "week", 700), v("2026-11-30", "week", 770)],
      "total",
      "week",
      TODAY,
      [
        ["2026-11-23", 700, false],
        ["2026-11-30", 770, false],
      ],
    ],
    [
      "total per month from weeks: 26 Oct–1 Nov gives 6/7 to October and 1/7 to November",
      [v("2026-10-26", "week", 70), v("2026-11-02", "week", 140)],
      "total",
      "month",
      TODAY,
      [
        ["2026-10-01", 60, false],
        ["2026-11-01", 150, false],
        ["2026-12-01", null, true],
      ],
    ],
    [
      "total per month: day values beat the month value; another month keeps its own",
      [v("2026-10-01", "month", 3100), v("2026-11-01", "month", 3000), v("2026-11-01", "day", 100), v("2026-11-02", "day", 50)],
      "total",
      "month",
      "2026-11-30",
      [
        ["2026-10-01", 3100, false],
        ["2026-11-01", 150, true],
      ],
    ],
    [
      "total per week from a month: 30 days of November, 7 of them in 9–15 Nov",
      [v("2026-11-01", "month", 3000)],
      "total",
      "week",
      "2026-11-17",
      [
        ["2026-10-26", 100, false],
        ["2026-11-02", 700, false],
        ["2026-11-09", 700, false],
        // The month covers the current week's days too: stated by the source, so not partial.
        ["2026-11-16", 700, false],
      ],
    ],
    [
      "a gap week has no value and is not partial; the week holding today (its last day) is",
      [v("2026-11-09", "day", 5), v("2026-11-23", "day", 7)],
      "total",
      "week",
      "2026-11-29",
      [
        ["2026-11-09", 5, false],
        ["2026-11-16", null, false],
        ["2026-11-23", 7, true],
      ],
    ],
    [
      "level per week: the last value by date, whatever the order given",
      [v("2026-11-23", "day", 100), v("2026-11-25", "day", 105), v("2026-11-24", "day", 103)],
      "level",
      "week",
      TODAY,
      [
        ["2026-11-23", 105, false],
        ["2026-11-30", null, true],
      ],
    ],
    [
      "level per month from week values: the week starting last",
      [v("2026-11-02", "week", 10), v("2026-11-23", "week", 12), v("2026-11-16", "week", 11)],
      "level",
      "month",
      "2026-11-30",
      [["2026-11-01", 12, true]],
    ],
    [
      "rate per month from weeks, weighted by days: Oct (20·7 + 30·6) / 13, Nov (30·1 + 40·7) / 8",
      [v("2026-10-19", "week", 20), v("2026-10-26", "week", 30), v("2026-11-02", "week", 40)],
      "rate",
      "month",
      "2026-11-30",
      [
        ["2026-10-01", 320 / 13, false],
        ["2026-11-01", 38.75, true],
      ],
    ],
    [
      "rate per week from days: plain mean of equal days",
      [v("2026-11-23", "day", 20), v("2026-11-24", "day", 30)],
      "rate",
      "week",
      TODAY,
      [
        ["2026-11-23", 25, false],
        ["2026-11-30", null, true],
      ],
    ],
    [
      "values after today and ill-formed dates are not read",
      [v("2026-12-05", "day", 99), v("2026-02-30", "day", 1), v("1999-12-31", "day", 1), v("2026-11-30", "day", 4)],
      "total",
      "week",
      TODAY,
      [["2026-11-30", 4, true]],
    ],
    [
      "today the last day of the week, every day given: complete",
      days("2026-11-30", 7, 1),
      "total",
      "week",
      "2026-12-06",
      [["2026-11-30", 7, false]],
    ],
    [
      "today the last day of the week, today not given yet: partial",
      days("2026-11-30", 6, 1),
      "total",
      "week",
      "2026-12-06",
      [["2026-11-30", 6, true]],
    ],
    ["empty", [], "total", "week", TODAY, []],
  ])("%s", (_name, points, kind, period, today, expected) => {
    const got = aggregateSeries(points, kind, period, today).map((p) => [p.start, p.value, p.partial]);
    expect(got.length).toBe(expected.length);
    got.forEach((g, i) => {
      expect(g[0]).toBe(expected[i]![0]);
      if (expected[i]![1] === null) expect(g[1]).toBeNull();
      else expect(g[1]).toBeCloseTo(expected[i]![1], 9);
      expect(g[2]).toBe(expected[i]![2]);
    });
  });

  it("names each period's last day", () => {
    expect(aggregateSeries([v("2026-02-10", "day", 1)], "total", "month", "2026-02-11")[0]).toMatchObject({
      start: "2026-02-01",
      end: "2026-02-28",
    });
    expect(aggregateSeries([v("2026-02-10", "day", 1)], "total", "week", "2026-02-11")[0]).toMatchObject({
      start: "2026-02-09",
      end: "2026-02-15",
    });
  });

  it("refuses an ill-formed today", () => {
    expect(aggregateSeries([v("2026-11-30", "day", 4)], "total", "week", "2026-13-01")).toEqual([]);
  });
});

describe("progress on aggregated totals", () => {
  // 90 daily GA4-like visit rows, 3 Sep – 1 Dec 2026: 200 on weekdays, 300 on Saturdays and Sundays.
  const ga4 = days("2026-09-03", 90, (i) =>
    [5, 6].includes((new Date(Date.parse(addDays("2026-09-03", i)!)).getUTCDay() + 6) % 7) ? 300 : 200,
  );

  it("tracks the last complete week's sum, not yesterday's value", () => {
    const periods = aggregateSeries(ga4, "total", "week", TODAY);
    const current = currentPeriodValue(periods, "total");
    // 23–29 Nov: five weekdays × 200 + Saturday and Sunday × 300 = 1 600.
    expect(current).toMatchObject({ start: "2026-11-23", end: "2026-11-29", value: 1600, partial: false });
    // The current week so far (Mon 30 Nov, Tue 1 Dec) is 400 and shown as partial.
    expect(periods.at(-1)).toMatchObject({ start: "2026-11-30", value: 400, partial: true });
    // A weekly target of 2 000 from 1 200: halfway. The latest row (200) would have said −125 %.
    expect(goalProgress(1200, 2000, current!.value!)).toBeCloseTo(0.5, 10);
    expect(periodPoints(periods, "total").at(-1)).toEqual({ date: "2026-11-23", value: 1600 });
  });

  it("a level tracks its last value, a rate its latest period, the partial one included", () => {
    const periods = aggregateSeries([v("2026-11-27", "day", 40), v("2026-12-01", "day", 42)], "level", "week", TODAY);
    expect(currentPeriodValue(periods, "level")).toMatchObject({ start: "2026-11-30", value: 42, partial: true });
    expect(currentPeriodValue([], "rate")).toBeNull();
  });
});
