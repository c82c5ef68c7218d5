/**
 * The platform import bench's parent side (run by bench/csv-import.ts): one
 * child process of bench/platform-import.ts per file size (1, 2 and 4 years
 * of the five sources by default; BENCH_PLATFORM_YEARS="1,2,4"), each with a
 * new organization in the same migrated database. Prints the 1-year run's
 * verdict against the 5 s budget and how peak memory grows with the files.
 */
import os from "node:os";
import { script } from "./lib/script";

/** Issue 16: one year of daily data from five sources previews and commits in under 5 s. */
const BUDGET_SECONDS = 5;

export type PlatformRun = {
  years: number;
  fileBytes: number;
  rows: number;
  values: number;
  previewSeconds: number;
  commitSeconds: number;
  totalSeconds: number;
  againSeconds: number;
  againChanged: number;
  /** CPU seconds of preview + commit in the bench's process and in PostgreSQL's backends. */
  nodeCpuSeconds: number;
  dbCpuSeconds: number;
  /** The 1-minute load average when the run ended. */
  loadAverage: number;
  baseRssMb: number;
  peakRssMb: number;
  baseHeapMb: number;
  peakHeapMb: number;
};

/** Every child's summary line in a bench's output (bench/run.ts reads bench:csv's output with it). */
export const platformRunsIn = (output: string): PlatformRun[] =>
  [...output.matchAll(/^platform-import-json (.*)$/gm)].map((m) => JSON.parse(m[1]!) as PlatformRun);

const years = () =>
  (process.env.BENCH_PLATFORM_YEARS ?? "1,2,4")
    .split(",")
    .map(Number)
    .filter((y) => y > 0);

/** Runs the children against `databaseUrl`; throws when one fails or a re-import changed a value. */
export async function benchPlatformImport(root: string, databaseUrl: string): Promise<PlatformRun[]> {
  const runs: PlatformRun[] = [];
  for (const y of years()) {
    console.log(`\n== platform import, ${y} year(s), child process`);
    // `node --import tsx` keeps the bench in this one process (tsx's CLI would start another), so --expose-gc applies to it.
    const { code, output } = await script(root, [process.execPath, "--expose-gc", "--import", "tsx", "bench/platform-import.ts"], {
      DATABASE_URL: databaseUrl,
      BENCH_YEARS: String(y),
    });
    const [run] = platformRunsIn(output);
    if (code !== 0 || !run) throw new Error(`bench/platform-import.ts (${y} years) exited with ${code}`);
    runs.push(run);
  }
  const one = runs.find((r) => r.years === 1) ?? runs[0];
  if (!one) return runs;
  console.log(
    `\nplatform import, ${one.years} year(s) from five sources (${one.rows.toLocaleString("en")} rows → ${one.values.toLocaleString("en")} values): preview ${one.previewSeconds.toFixed(2)} s + commit ${one.commitSeconds.toFixed(2)} s = ${one.totalSeconds.toFixed(2)} s; budget ${BUDGET_SECONDS} s: ${one.totalSeconds < BUDGET_SECONDS ? "met" : "not met"}`,
  );
  const cpu = one.nodeCpuSeconds + one.dbCpuSeconds;
  console.log(
    `CPU time of preview + commit: ${one.nodeCpuSeconds.toFixed(2)} s Node + ${one.dbCpuSeconds.toFixed(2)} s PostgreSQL = ${cpu.toFixed(2)} s${
      one.loadAverage > os.cpus().length
        ? ` (load average ${one.loadAverage.toFixed(1)} on ${os.cpus().length} cores: the wall clock above was shared with other work)`
        : ""
    }`,
  );
  console.log(`re-import of the same files: ${one.againSeconds.toFixed(2)} s, ${one.againChanged} values changed (should be 0)`);
  console.log("\nmemory as the files grow (each size in its own process; growth = peak minus the process's own baseline):");
  console.log("years  files MB  × files   peak RSS  RSS growth   peak heap  heap growth  × heap growth");
  const heapGrowth = (r: PlatformRun) => r.peakHeapMb - r.baseHeapMb;
  for (const r of runs) {
    console.log(
      `${String(r.years).padStart(5)} ${(r.fileBytes / 1024 / 1024).toFixed(1).padStart(9)} ${(r.fileBytes / one.fileBytes).toFixed(1).padStart(8)} ${r.peakRssMb.toFixed(0).padStart(7)} MB ${(r.peakRssMb - r.baseRssMb).toFixed(0).padStart(8)} MB ${r.peakHeapMb.toFixed(0).padStart(8)} MB ${heapGrowth(r).toFixed(0).padStart(9)} MB ${(heapGrowth(r) / heapGrowth(one)).toFixed(1).padStart(14)}`,
    );
  }
  const changed = runs.filter((r) => r.againChanged !== 0);
  if (changed.length)
    throw new Error(`re-importing the same files changed values (${changed.map((r) => `${r.years} y: ${r.againChanged}`).join(", ")})`);
  return runs;
}
