import { describe, expect, it } from "vitest";
import { combineRounds, floorBudgets, floorTable, median } from "./floor-ratios";
import type { Measured } from "./stats";

const m = (rps: number, p95: number, errors = 0): Measured => ({
  requests: rps * 10,
  rps,
  p50: p95 / 2,
  p95,
  p99: p95 * 2,
  errors,
  queriesPerRequest: 6,
});

describe("median", () => {
  it.each([
    [[], Number.NaN],
    [[5], 5],
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[1, Number.NaN, 3], 2],
  ])("median(%j) = %d", (values, expected) => {
    expect(median(values)).toBe(expected);
  });
});

describe("combineRounds", () => {
  it("takes the median of each round's ratio, not the ratio of the medians", () => {
    // Round ratios: 20/200 = 0.1, 30/150 = 0.2, 10/25 = 0.4 → median 0.2.
    // Medians of rps: target 20, floor 150 → 0.133…, which is not what is reported.
    const c = combineRounds([
      { floor: m(200, 10), target: m(20, 50) },
      { floor: m(150, 20), target: m(30, 80, 1) },
      { floor: m(25, 40), target: m(10, 100, 2) },
    ]);
    expect(c.rounds).toBe(3);
    expect(c.rpsRatio).toBeCloseTo(0.2, 10);
    // p95 ratios 5, 4, 2.5 → 4.
    expect(c.p95Ratio).toBe(4);
    expect(c.target.rps).toBe(20);
    expect(c.floor.rps).toBe(150);
    expect(c.target.p95).toBe(80);
    expect(c.target.errors).toBe(3);
    expect(c.target.requests).toBe(600);
  });

  it("gives no ratio when the floor answered nothing", () => {
    const c = combineRounds([{ floor: m(0, Number.NaN), target: m(20, 50) }]);
    expect(c.rpsRatio).toBeNull();
    expect(c.p95Ratio).toBeNull();
  });

  it("leaves out a round in which the target finished no request in its window", () => {
    // Round 1 has no answer from the target (a window shorter than one answer): only round 2 counts, 30/150.
    const c = combineRounds([
      { floor: m(200, 10), target: m(0, Number.NaN) },
      { floor: m(150, 20), target: m(30, 80) },
    ]);
    expect(c.rpsRatio).toBeCloseTo(0.2, 10);
    expect(c.p95Ratio).toBe(4);
  });
});

describe("floorBudgets", () => {
  const one = (floor: Measured, target: Measured) => combineRounds([{ floor, target }]);
  const against = {
    notifications: one(m(100, 10), m(60, 20)), // 0.6: met at the limit
    dashboard: one(m(100, 10), m(34, 40)), // 0.34: not met
    goal: one(m(100, 10), m(30, 40)),
    benchmarks: one(m(200, 10), m(50, 40)), // 0.25
    login: one(m(100, 10), m(71, 12)),
    loginRendered: one(m(100, 10), m(38, 30)), // the same page without a kept copy
    record: one(m(100, 100), m(20, 301)), // p95 3.01 × the floor's: not met
    floorAsDashboard: one(m(100, 10), m(80, 12)), // bare Next.js at the dashboard's size
    floorAsLoginSecure: one(m(100, 10), m(55, 12)), // … at /login's size behind the nonce proxy
  };
  const budgets = floorBudgets({
    size: "1m",
    against,
    dashboardHtmlBytes: 45 * 1024,
    dashboardCpu: { calls: 500, goals: 8, snapshots: 1e6, money: true, miss: false, cpuMedianMs: 2, cpuP90Ms: 4.5, wallMedianMs: 3 },
    js: {
      floorBytes: 100 * 1024,
      routes: [
        { route: "/login", charts: false, gzipBytes: 112 * 1024 },
        { route: "/[org]/team", charts: false, gzipBytes: 112 * 1024 + 1 },
        { route: "/[org]", charts: true, gzipBytes: 140 * 1024 },
        { route: "/[org]/reviews/[id]", charts: false, gzipBytes: null },
      ],
    },
  });
  const verdict = (start: string) => budgets.find((b) => b.name.startsWith(start))?.met;

  it("judges each ratio against the issue's limit", () => {
    expect(verdict("organization page")).toBe(true);
    expect(verdict("dashboard `/bench`")).toBe(false);
    expect(verdict("goal page")).toBe(true);
    expect(verdict("benchmarks")).toBe(false);
    expect(verdict("`/login`")).toBe(true);
    expect(verdict("record-measurement")).toBe(false);
    expect(verdict("dashboard HTML")).toBe(true);
  });

  it("holds dashboardData's in-process CPU to 2 ms a call, at the limit met", () => {
    const cpu = budgets.find((b) => b.name.startsWith("`dashboardData` CPU"))!;
    expect(cpu.met).toBe(true);
    expect(cpu.shown).toBe("2.00 ms median (p90 4.50 ms) over 500 calls, 8 goals");
    const over = floorBudgets({
      size: "1m",
      against: {},
      dashboardCpu: { calls: 500, goals: 8, snapshots: 1e6, money: true, miss: false, cpuMedianMs: 2.01, cpuP90Ms: 3, wallMedianMs: 3 },
    });
    expect(over.find((b) => b.name.startsWith("`dashboardData` CPU"))?.met).toBe(false);
    const busy = floorBudgets({
      size: "1m",
      against: {},
      dashboardCpu: {
        calls: 500,
        goals: 8,
        snapshots: 1e6,
        money: true,
        miss: false,
        cpuMedianMs: 1.5,
        cpuP90Ms: 3,
        wallMedianMs: 3,
        othersBusyPct: 7,
      },
    });
    expect(busy.find((b) => b.name.startsWith("`dashboardData` CPU"))?.shown).toBe(
      "1.50 ms median (p90 3.00 ms) over 500 calls, 8 goals, the rest of the machine 7 % busy",
    );
  });

  it("shows a page's ratio beside bare Next.js at the page's size, when it was measured", () => {
    expect(budgets.find((b) => b.name.startsWith("dashboard `/bench`"))?.shown).toBe(
      "0.34 (34.0 ÷ 100.0 rps); Next.js at this page's size: bare 0.80",
    );
    expect(budgets.find((b) => b.name.startsWith("`/login`"))?.shown).toBe(
      "0.71 (71.0 ÷ 100.0 rps); rendered each time, not kept: 0.38; Next.js at this page's size: behind a nonce proxy 0.55",
    );
  });

  it("holds every route to the floor's first-load JS plus 12 kB, or 45 kB with charts", () => {
    const plain = budgets.find((b) => b.name.includes("without charts"))!;
    expect(plain.met).toBe(false);
    expect(plain.limit).toBe("≤ floor 100.0 kB + 12.0 kB = 112.0 kB");
    expect(plain.shown).toContain("`/[org]/team`");
    expect(plain.shown).toContain("1 of 2 routes over");
    expect(verdict("first-load JS, routes with charts")).toBe(true);
  });

  it("says not measured rather than met when a figure is missing", () => {
    const empty = floorBudgets({ size: "10k", against: {} });
    expect(empty.every((b) => b.met === null && b.shown === "not measured")).toBe(true);
  });

  it("writes one table row per target", () => {
    const table = floorTable("1m", { dashboard: against.dashboard }, { dashboard: "dashboard" });
    expect(table.split("\n")).toHaveLength(3);
    expect(table).toContain("| dashboard | 1m | 1 | 34.0 | 100.0 | 0.34 | 40 ms | 10 ms | 4.0 | 0 | 6.0 |");
  });
});
