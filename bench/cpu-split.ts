/**
 * Where the machine's CPU goes for one kind of request, from outside the
 * servers: a `next start` already running (Målbar's or the floor app's) gets
 * autocannon's load (10 connections), and the CPU time of the serving process
 * (all its threads: V8's GC helpers too), of every PostgreSQL process and of
 * the whole machine is read from /proc before and after, per request.
 * A page's cost is shown split between Node and the database, which the
 * floor ratios alone do not say (issue 20; docs/PERFORMANCE.md).
 *
 *   npx tsx bench/cpu-split.ts --url http://127.0.0.1:3400/bench --pid <next-server pid> [--cookie-file F] [--seconds 6]
 *
 * The pid is the `next-server` process listening on the port (`ss -ltnp`).
 * Linux only; times are in ticks of 10 ms, so run long enough (≥ 5 s).
 */
import { readFileSync } from "node:fs";
import autocannon from "autocannon";
import { machineTicks, processIds, procStat, TICKS_PER_SECOND } from "./lib/proc";

const args = process.argv.slice(2);
const arg = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const url = arg("--url") ?? "";
const pid = arg("--pid") ?? "";
if (!url || !pid) throw new Error("--url http://… --pid <next-server pid> [--cookie-file F] [--seconds 6]");
const cookieFile = arg("--cookie-file");
const cookie = cookieFile ? readFileSync(cookieFile, "utf8").trim() : "";
const seconds = Number(arg("--seconds") ?? 6);
// A process that ended between the listing and the read counts nothing.
const ticks = (p: string) => procStat(p)?.ticks ?? 0;

const isPostgres = (p: string) => {
  try {
    return readFileSync(`/proc/${p}/comm`, "utf8").startsWith("postgres");
  } catch {
    return false;
  }
};

function snapshot() {
  const procs = processIds();
  return {
    server: ticks(pid),
    postgres: procs.filter(isPostgres).reduce((a, p) => a + ticks(p), 0),
    self: ticks(String(process.pid)),
    busy: machineTicks().busy,
  };
}

const load = (duration: number) => autocannon({ url, connections: 10, duration, headers: cookie ? { cookie } : {} });

async function main() {
  await load(2); // warm-up
  const before = snapshot();
  const result = await load(seconds);
  const after = snapshot();
  const n = result.requests.total;
  const ms = (k: keyof typeof before) => (((after[k] - before[k]) * 1000) / TICKS_PER_SECOND / Math.max(n, 1)).toFixed(2);
  console.log(
    `${url}: ${Math.round(result.requests.average)} requests/s, ${result.non2xx} not 2xx, ${result.errors} errors; CPU per request: ` +
      `server ${ms("server")} ms, PostgreSQL ${ms("postgres")} ms, this load generator ${ms("self")} ms, whole machine ${ms("busy")} ms`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
