import { describe, expect, it } from "vitest";
import { apportion, BENCH_DAYS, BENCH_SLUG, benchOrg, countSnapshots, planDataset, SIZES } from "./plan";

describe("apportion", () => {
  it("splits exactly, in proportion", () => {
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(apportion(100, [1, 3])).toEqual([25, 75]);
    const parts = apportion(991_240, [0.3, 1.7, 1.1, 0.9]);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(991_240);
  });
});

describe("planDataset", () => {
  it.each(Object.entries(SIZES))("%s has exactly its number of snapshots", (_, n) => {
    const plan = planDataset(n);
    expect(countSnapshots(plan)).toBe(n);
    expect(plan.orgs.every((o) => o.series.every((s) => s.days >= 1))).toBe(true);
    expect(plan.orgs.every((o) => o.goals.length >= 5 && o.goals.length <= 15)).toBe(true);
    expect(new Set(plan.orgs.map((o) => o.slug)).size).toBe(plan.orgs.length);
  });

  it("holds the same bench organization at every size, and many tenants at 1M", () => {
    const small = planDataset(SIZES["10k"]);
    const large = planDataset(SIZES["1m"]);
    expect(small.orgs[0]).toEqual(large.orgs[0]);
    expect(small.orgs[0]).toEqual(benchOrg());
    expect(small.orgs[0]!.slug).toBe(BENCH_SLUG);
    expect(small.orgs[0]!.goals).toHaveLength(12);
    expect(small.orgs[0]!.series.every((s) => s.days === BENCH_DAYS)).toBe(true);
    expect(small.orgs.length).toBeGreaterThanOrEqual(10);
    expect(large.orgs.length).toBeGreaterThan(700);
  });

  it("is deterministic and refuses a size smaller than the bench organization", () => {
    expect(planDataset(50_000)).toEqual(planDataset(50_000));
    expect(() => planDataset(5_000)).toThrow(/at least/);
  });
});
