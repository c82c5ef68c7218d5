import { describe, expect, it } from "vitest";
import { withPending } from "./quick-entry-panel";

const points = [
  { date: "2026-09-01", value: 400 },
  { date: "2026-10-01", value: 420 },
  { date: "2026-11-01", value: 430 },
];

describe("withPending", () => {
  it("adds a new value at its date, newest last", () => {
    expect(withPending(points, { date: "2026-11-20", value: 445 }, 8).at(-1)).toEqual({ date: "2026-11-20", value: 445 });
    expect(withPending(points, { date: "2026-10-15", value: 425 }, 8).map((p) => p.date)).toEqual([
      "2026-09-01",
      "2026-10-01",
      "2026-10-15",
      "2026-11-01",
    ]);
  });

  it("replaces the value of a date it corrects", () => {
    const next = withPending(points, { date: "2026-10-01", value: 410 }, 8);
    expect(next).toHaveLength(3);
    expect(next[1]).toEqual({ date: "2026-10-01", value: 410 });
  });

  it("keeps only as many values as the list shows", () => {
    expect(withPending(points, { date: "2026-11-20", value: 445 }, 3).map((p) => p.date)).toEqual([
      "2026-10-01",
      "2026-11-01",
      "2026-11-20",
    ]);
  });
});
