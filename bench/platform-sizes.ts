/**
 * The platform import bench's parent side (run by bench/csv-import.ts), each
 * run a child process of bench/platform-import.ts with a new organization in
 * the same migrated database:
 *
 * - timing: one year of the five sources with Node's default flags; its
 *   preview + commit is judged against the 5 s budget;
 * - memory: 1, 2 and 4 years (BENCH_PLATFORM_YEARS="1,2,4"), and one year
 *   with 2 and 4 times the rows per day (BENCH_PLATFORM_PER_DAY="2,4") under
 *   --optimize-for-size --single-threaded-gc. With the default flags V8 lets
 *   the heap grow to a few times the live data before a full collection, and
 *   how far depends on how busy the cores are; these flags keep the heap close
 *   to what is live, so the peak shows what the import holds, run to run alike.
 */
import os from "node:os";
import { script } from "./lib/script";

/** Issue 16: one year of daily data from five sources previews and commits in under 5 s. */
const BUDGET_SECONDS = 5;

export type PlatformRun = {
  mode: "timing" | "memory";
  years: number;
  /** How many times the rows of each day (1: the five sources as they are). */
  perDay: number;
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

const perDays = () =>
  (process.env.BENCH_PLATFORM_PER_DAY ?? "2,4")
    .split(",")
    .map(Number)
    .filter((m) => m > 1);

const LEAN = ["--optimize-for-size", "--single-threaded-gc"];

async function child(root: string, databaseUrl: string, mode: PlatformRun["mode"], y: number, perDay = 1): Promise<PlatformRun> {
  console.log(`\n== platform import, ${y} year(s), ${perDay} × the rows per day, ${mode} run (child process)`);
  // `node --import tsx` keeps the bench in this one process (tsx's CLI would start another), so the flags apply to it.
  const flags = ["--expose-gc", ...(mode === "memory" ? LEAN : [])];
  const { code, output } = await script(root, [process.execPath, ...flags, "--import", "tsx", "bench/platform-import.ts"], {
    DATABASE_URL: databaseUrl,
    BENCH_YEARS: String(y),
    BENCH_PER_DAY: String(perDay),
    BENCH_PLATFORM_MODE: mode,
  });
  const [run] = platformRunsIn(output);
  if (code !== 0 || !run) throw new Error(`bench/platform-import.ts (${y} years, ${mode}) exited with ${code}`);
  return { ...run, mode };
}

/** Runs the children against `databaseUrl`; throws when one fails or a re-import changed a value. */
export async function benchPlatformImport(root: string, databaseUrl: string): Promise<PlatformRun[]> {
  const one = await child(root, databaseUrl, "timing", 1);
  const sizes: PlatformRun[] = [];
  for (const y of years()) sizes.push(await child(root, databaseUrl, "memory", y));
  const perDay: PlatformRun[] = [];
  for (const m of perDays()) perDay.push(await child(root, databaseUrl, "memory", 1, m));
  const cpu = one.nodeCpuSeconds + one.dbCpuSeconds;
  console.log(
    `\nplatform import, one year from five sources (${one.rows.toLocaleString("en")} rows → ${one.values.toLocaleString("en")} values): preview ${one.previewSeconds.toFixed(2)} s + commit ${one.commitSeconds.toFixed(2)} s = ${one.totalSeconds.toFixed(2)} s; budget ${BUDGET_SECONDS} s: ${one.totalSeconds < BUDGET_SECONDS ? "met" : "not met"}`,
  );
  console.log(
    `CPU time of preview + commit: ${one.nodeCpuSeconds.toFixed(2)} s Node + ${one.dbCpuSeconds.toFixed(2)} s PostgreSQL = ${cpu.toFixed(2)} s${
      one.loadAverage > os.cpus().length
        ? ` (load average ${one.loadAverage.toFixed(1)} on ${os.cpus().length} cores: the wall clock above was shared with other work)`
        : ""
    }`,
  );
  console.log(`re-import of the same files: ${one.againSeconds.toFixed(2)} s, ${one.againChanged} values changed (should be 0)`);
  console.log(
    `default flags: peak RSS ${one.peakRssMb} MB (${one.baseRssMb} before), peak heap ${one.peakHeapMb} MB (${one.baseHeapMb} before)`,
  );
  const first = sizes[0];
  if (first) {
    console.log(`\nmemory as the files grow (${LEAN.join(" ")}; growth = peak minus the process's own baseline):`);
    console.log("years  rows/day  files MB  × files   peak RSS  RSS growth   peak heap  heap growth  × heap growth");
    const heapGrowth = (r: PlatformRun) => r.peakHeapMb - r.baseHeapMb;
    for (const r of [...sizes, ...perDay]) {
      console.log(
        `${String(r.years).padStart(5)} ${`${r.perDay ?? 1}×`.padStart(9)} ${(r.fileBytes / 1024 / 1024).toFixed(1).padStart(9)} ${(r.fileBytes / first.fileBytes).toFixed(1).padStart(8)} ${r.peakRssMb.toFixed(0).padStart(7)} MB ${(r.peakRssMb - r.baseRssMb).toFixed(0).padStart(8)} MB ${r.peakHeapMb.toFixed(0).padStart(8)} MB ${heapGrowth(r).toFixed(0).padStart(9)} MB ${(heapGrowth(r) / heapGrowth(first)).toFixed(1).padStart(14)}`,
      );
    }
  }
  const runs = [one, ...sizes, ...perDay];
  const changed = runs.filter((r) => r.againChanged !== 0);
  if (changed.length)
    throw new Error(
      `re-importing the same files changed values (${changed.map((r) => `${r.years} y ${r.mode}: ${r.againChanged}`).join(", ")})`,
    );
  return runs;
}
