import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { platformRunsIn } from "../platform-sizes";
import { type DashboardCpu, dashboardCpuIn } from "./dashboard-cpu-result";
import type { JsRoute } from "./floor-ratios";
import type { Report } from "./report";
import { script, tsxScript } from "./script";

/** bench/csv-import.ts in a process of its own; the seconds it printed. */
export async function csvBench(root: string): Promise<Report["csvImport"]> {
  console.log("\n== CSV import (bench/csv-import.ts)");
  const { code, output } = await script(root, tsxScript(root, "bench/csv-import.ts"));
  const secs = (label: string) => {
    const m = new RegExp(`^${label.replace(/[()]/g, "\\$&")}\\s+([\\d.]+) s`, "m").exec(output);
    return m ? Number(m[1]) : null;
  };
  if (code !== 0) console.error(`csv-import exited with ${code}`);
  return {
    previewSeconds: secs("previewImport"),
    commitSeconds: secs("commitImport (new rows)"),
    reimportSeconds: secs("commitImport (same again)"),
    platformImport: platformRunsIn(output),
  };
}

/** bench/js-budget.mjs (which measures the floor app too); its JSON report. */
export async function jsBench(root: string): Promise<Report["firstLoadJs"]> {
  console.log("\n== first-load JS (bench/js-budget.mjs, against the floor app's)");
  const { code } = await script(root, [process.execPath, "bench/js-budget.mjs"]);
  const file = path.join(root, "bench", "results", "js-budget.json");
  if (!existsSync(file)) return null;
  const report = JSON.parse(readFileSync(file, "utf8")) as { measuredAt: string; floor?: { gzipBytes: number | null }; routes?: JsRoute[] };
  return { measuredAt: report.measuredAt, exitCode: code, floorBytes: report.floor?.gzipBytes ?? null, routes: report.routes ?? [] };
}

/**
 * `dashboardData`'s CPU per call as the owner sees the dashboard (with money), in a process of its own
 * on the size's database (bench/dashboard-cpu.ts): the median over `calls` calls after a warm-up.
 */
export async function dashboardCpuBench(root: string, url: string, calls: number): Promise<DashboardCpu | null> {
  console.log("\n== dashboardData CPU, in-process (bench/dashboard-cpu.ts --money)");
  const { code, output } = await script(root, [
    ...tsxScript(root, "bench/dashboard-cpu.ts"),
    ...["--url", url, "--calls", String(calls), "--money", "--json", "--quiet"],
  ]);
  if (code !== 0) console.error(`dashboard-cpu exited with ${code}`);
  return dashboardCpuIn(output);
}
