import { describe, expect, it } from "vitest";
import {
  budgetsTable,
  evaluateBudgets,
  percentile,
  queriesPer,
  ratio,
  replaceSection,
  resultsTable,
  type SizeResult,
  summarize,
} from "./stats";

const m = (over: Partial<ReturnType<typeof summarize>> = {}) => ({ ...summarize([10, 20, 30], 1, 0, 5), ...over });

describe("percentile", () => {
  it("takes the nearest rank", () => {
    const xs = Array.from({ length: 100 }, (_, i) => 100 - i); // 100 … 1, unsorted on purpose
    expect(percentile(xs, 50)).toBe(50);
    expect(percentile(xs, 95)).toBe(95);
    expect(percentile(xs, 99)).toBe(99);
    expect(percentile(xs, 100)).toBe(100);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([1, 2, 3, 4], 50)).toBe(2);
    expect(percentile([], 50)).toBeNaN();
  });
});

describe("summarize", () => {
  it("gives rps over the window and the percentiles", () => {
    const s = summarize([5, 1, 3, 2, 4], 2, 1, 4.5);
    expect(s).toEqual({ requests: 5, rps: 2.5, p50: 3, p95: 5, p99: 5, errors: 1, queriesPerRequest: 4.5 });
  });
});

describe("queriesPer", () => {
  it("takes off the second reading's own query", () => {
    expect(queriesPer(100, 161, 10)).toBe(6);
    expect(queriesPer(100, 111, 11, 0)).toBe(1);
    expect(() => queriesPer(1, 2, 0)).toThrow();
  });
});

describe("ratio", () => {
  it("is null when it cannot be computed", () => {
    expect(ratio(13, 10)).toBeCloseTo(1.3);
    expect(ratio(1, 0)).toBeNull();
    expect(ratio(null, 2)).toBeNull();
    expect(ratio(Number.NaN, 2)).toBeNull();
  });
});

describe("evaluateBudgets", () => {
  const small: SizeResult = { size: "10k", snapshots: 10_000, targets: { dashboard: m({ p50: 20, rps: 100, queriesPerRequest: 6 }) } };
  const large = (dash: Partial<ReturnType<typeof summarize>>, other: Record<string, ReturnType<typeof summarize>> = {}): SizeResult => ({
    size: "1m",
    snapshots: 1_000_000,
    targets: { dashboard: m(dash), health: m({ rps: 200 }), record: m({ p95: 40 }), ...other },
  });

  it("passes when every figure is inside its budget", () => {
    const b = evaluateBudgets(small, large({ p50: 26, rps: 80, p95: 100, queriesPerRequest: 6 }), {
      csvCommitSeconds: 9.9,
      platformImportSeconds: 4.99,
    });
    expect(b.every((x) => x.met === true)).toBe(true);
  });

  it("fails each budget on its own figure", () => {
    const b = evaluateBudgets(small, large({ p50: 26.2, rps: 79, p95: 101, queriesPerRequest: 7 }, { record: m({ p95: 51 }) }), {
      csvCommitSeconds: 10.1,
      platformImportSeconds: 5,
    });
    expect(b.map((x) => x.met)).toEqual([false, false, false, false, false, false, false]);
  });

  it("leaves what was not measured undecided", () => {
    const b = evaluateBudgets(small, undefined);
    expect(b.find((x) => x.name.startsWith("dashboard p50"))).toMatchObject({ met: null, shown: "not measured" });
    // The query budget still applies to the one size that ran.
    expect(b.find((x) => x.name.startsWith("SQL"))).toMatchObject({ met: true, value: 6 });
  });
});

describe("tables", () => {
  it("puts both sizes and their ratio side by side", () => {
    const a: SizeResult = { size: "10k", snapshots: 1e4, targets: { dashboard: m({ rps: 100, p50: 10, p95: 20, p99: 30, load1: 0.42 }) } };
    const b: SizeResult = { size: "1m", snapshots: 1e6, targets: { dashboard: m({ rps: 50, p50: 12, p95: 30, p99: 60 }) } };
    const lines = resultsTable(a, b).split("\n");
    expect(lines).toHaveLength(5);
    expect(lines[2]).toBe("| dashboard `/bench` | 10k | 100.0 | 10 ms | 20 ms | 30 ms | 0 | 5.0 | 0.4 |");
    expect(lines[3]).toBe("| dashboard `/bench` | 1m | 50.0 | 12 ms | 30 ms | 60 ms | 0 | 5.0 | – |");
    expect(lines[4]).toBe("| | ratio | ×0.50 | ×1.20 | ×1.50 | ×2.00 | | | |");
  });

  it("marks a missed budget in bold", () => {
    expect(budgetsTable([{ name: "x", limit: "≤ 1", value: 2, met: false, shown: "2" }])).toContain("| x | ≤ 1 | 2 | **not met** |");
  });
});

describe("replaceSection", () => {
  it("replaces only what is between the markers", () => {
    const doc = "# T\n\nbefore\n<!-- s -->\nold\n<!-- e -->\nafter\n";
    expect(replaceSection(doc, "<!-- s -->", "<!-- e -->", "new")).toBe("# T\n\nbefore\n<!-- s -->\nnew\n<!-- e -->\nafter\n");
  });
  it("appends the markers when they are missing", () => {
    expect(replaceSection("# T\n", "<!-- s -->", "<!-- e -->", "new")).toBe("# T\n\n<!-- s -->\nnew\n<!-- e -->\n");
  });
});
