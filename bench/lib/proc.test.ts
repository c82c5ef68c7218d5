import { describe, expect, it } from "vitest";
import { othersBusyShare } from "./proc";

describe("othersBusyShare", () => {
  it.each([
    // 200 ticks passed on the machine, 50 busy, 10 of them this process's: 40 / 200.
    ["others busy beside this process", { busy: 100, total: 1000, self: 5 }, { busy: 150, total: 1200, self: 15 }, 0.2],
    ["all the busy time was this process's", { busy: 100, total: 1000, self: 5 }, { busy: 130, total: 1100, self: 35 }, 0],
    ["no time passed", { busy: 100, total: 1000, self: 5 }, { busy: 100, total: 1000, self: 5 }, 0],
    [
      "this process read one tick more than the machine (rounding): not below 0",
      { busy: 100, total: 1000, self: 5 },
      { busy: 110, total: 1100, self: 16 },
      0,
    ],
  ])("%s", (_name, a, b, share) => {
    const reading = (r: { busy: number; total: number; self: number }) => ({ machine: { busy: r.busy, total: r.total }, self: r.self });
    expect(othersBusyShare(reading(a), reading(b))).toBeCloseTo(share, 10);
  });
});
