import { describe, expect, it } from "vitest";
import { benchCountersEnabled } from "./bench-gate";

describe("benchCountersEnabled", () => {
  it("is on only with MAALBAR_BENCH=1 exactly", () => {
    expect(benchCountersEnabled({ MAALBAR_BENCH: "1" })).toBe(true);
    for (const value of [undefined, "", "0", "true", "yes", " 1", "1 ", "01"])
      expect(benchCountersEnabled({ MAALBAR_BENCH: value })).toBe(false);
    expect(benchCountersEnabled({})).toBe(false);
  });
});
