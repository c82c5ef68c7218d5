import { describe, expect, it } from "vitest";
import { dashboardCpuIn, JSON_MARK } from "./dashboard-cpu-result";

describe("dashboardCpuIn", () => {
  it("reads the result line among the script's other output", () => {
    const result = { calls: 5, goals: 8, snapshots: 10, money: true, miss: false, cpuMedianMs: 1.5, cpuP90Ms: 2, wallMedianMs: 3 };
    const output = `dashboardData with money …\n  CPU  median 1.50 ms\n${JSON_MARK}${JSON.stringify(result)}\n`;
    expect(dashboardCpuIn(output)).toEqual(result);
  });

  it("is null when the script printed no result (it failed)", () => {
    expect(dashboardCpuIn("Error: no bench organization in this database\n")).toBeNull();
  });
});
