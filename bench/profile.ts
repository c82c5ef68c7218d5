/**
 * Where a page's server CPU goes, Målbar beside the floor app (issue 20: what
 * is left must be shown to be the framework's own floor). For each route, a
 * fresh `next start` runs under `node --cpu-prof`, gets `--requests` requests
 * one at a time after a warm-up, and stops; the process group's CPU time per
 * request (from /proc) and the profile's self time per part, counted over the
 * measured requests only (not the start-up or warm-up), (React's server
 * renderer, Next's runtime, the app's bundle, Node, GC) are printed, and the
 * profiles are kept in --out for Chrome DevTools or speedscope.
 *
 *   npx tsx bench/profile.ts --url postgres://…/maalbar_bench_1m_… [--requests 200] [--warmup 100] [--connections 1] [--only dashboard,floor] [--port 3460] [--out /tmp/profiles]
 *
 * Needs both builds (`next build`, and bench/floor's, e.g. from `npm run bench`)
 * and a dataset kept by `bench/data/generate.ts --keep`.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { SourceMap } from "node:module";
import { fileURLToPath } from "node:url";
import { loadavg } from "node:os";
import path from "node:path";
import { BENCH_EMAIL, BENCH_PASSWORD, BENCH_SLUG } from "./data/plan";
import { signIn } from "./nlw/http";
import { type Server, startServer } from "./nlw/server";
import { type CpuProfile, type SourceOf, summarize } from "./lib/cpu-profile";
import { startFloor } from "./lib/floor";
import { processIds, procStat, TICKS_PER_SECOND } from "./lib/proc";

const args = process.argv.slice(2);
const arg = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const url = arg("--url");
if (!url) throw new Error("--url postgres://…/maalbar_bench_1m_… (a dataset kept by bench/data/generate.ts --keep)");
const requests = Number(arg("--requests") ?? 200);
const port = Number(arg("--port") ?? 3460);
const out = arg("--out") ?? "/tmp/maalbar-profiles";
const root = path.resolve(__dirname, "..");

/** CPU seconds (user + system) of every process in the group, from /proc. */
function groupCpu(pgid: number): number {
  let ticks = 0;
  for (const pid of processIds()) {
    const stat = procStat(pid);
    if (stat?.pgrp === pgid) ticks += stat.ticks;
  }
  return ticks / TICKS_PER_SECOND;
}

type Case = { label: string; app: "maalbar" | "floor"; path: string; signedIn: boolean };
const CASES: Case[] = [
  { label: "floor: one select, rendered", app: "floor", path: `/?slug=${BENCH_SLUG}`, signedIn: false },
  { label: "floor: static login page", app: "floor", path: "/login", signedIn: false },
  // The same page behind a proxy that sets a nonce and Målbar's CSP (bench/floor/proxy.floor.tsx).
  { label: "floor: one select, behind the nonce proxy", app: "floor", path: `/secure?slug=${BENCH_SLUG}`, signedIn: false },
  // Bare Next.js at about the dashboard's 45 kB of HTML (bench/floor/app/sized).
  { label: "floor: one select, grown to the dashboard's size", app: "floor", path: `/sized?slug=${BENCH_SLUG}&rows=48`, signedIn: false },
  { label: "Målbar /login", app: "maalbar", path: "/login", signedIn: false },
  { label: "Målbar notifications", app: "maalbar", path: `/${BENCH_SLUG}/notifications`, signedIn: true },
  { label: "Målbar dashboard", app: "maalbar", path: `/${BENCH_SLUG}`, signedIn: true },
  { label: "Målbar benchmarks", app: "maalbar", path: `/${BENCH_SLUG}/benchmarks`, signedIn: true },
];
/** `--only dashboard,floor` keeps the cases whose label contains one of the words. */
const only = arg("--only")?.split(",");
const warmup = Number(arg("--warmup") ?? 100);
/** Requests in flight at once (1: one at a time; the bench's autocannon uses 10). */
const connections = Number(arg("--connections") ?? 1);

async function run(c: Case, dir: string) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const prof = ["--cpu-prof", `--cpu-prof-dir=${dir}`];
  const server: Server =
    c.app === "floor"
      ? await startFloor(root, port + 1, url!, prof)
      : await startServer(
          root,
          port,
          { DATABASE_URL: url!, AUTH_SECRET: "profile-secret-profile-secret-profile-secret" },
          { nodeArgs: prof },
        );
  try {
    const cookie = c.signedIn ? await signIn(server.url, BENCH_EMAIL, BENCH_PASSWORD) : "";
    const get = async () => {
      // No compression, as autocannon asks for none.
      const r = await fetch(`${server.url}${c.path}`, {
        headers: { "accept-encoding": "identity", ...(cookie ? { cookie } : {}) },
        redirect: "manual",
      });
      if (r.status !== 200) throw new Error(`${c.path}: HTTP ${r.status}`);
      await r.arrayBuffer();
    };
    // `connections` requests in flight at once, as the bench's autocannon sends them.
    const load = async (count: number) => {
      let sent = 0;
      await Promise.all(
        Array.from({ length: connections }, async () => {
          while (sent < count) {
            sent += 1;
            await get();
          }
        }),
      );
    };
    await load(warmup);
    const cpu0 = groupCpu(server.pgid);
    const from = Number(process.hrtime.bigint() / 1000n);
    await load(requests);
    const to = Number(process.hrtime.bigint() / 1000n);
    const cpuMs = ((groupCpu(server.pgid) - cpu0) * 1000) / requests;
    return { cpuMs, wallMs: (to - from) / 1000 / requests, window: { from, to } };
  } finally {
    await server.stop();
  }
}

/** The original file of a bundled server function, from the build's own source maps (a chunk's `.js.map` beside it). */
function sourceMaps(): SourceOf {
  const maps = new Map<string, SourceMap | null>();
  return (url, line, column) => {
    if (!maps.has(url)) {
      const file = `${fileURLToPath(url)}.map`;
      maps.set(
        url,
        existsSync(file) ? new SourceMap(JSON.parse(readFileSync(file, "utf8")) as ConstructorParameters<typeof SourceMap>[0]) : null,
      );
    }
    const entry = maps.get(url)?.findEntry(line, column);
    return entry && "originalSource" in entry ? entry.originalSource : null;
  };
}

async function main() {
  const sourceOf = sourceMaps();
  console.log(`${requests} requests ${connections} at a time per route after ${warmup} warm-up; load ${loadavg()[0]!.toFixed(1)}`);
  for (const [i, c] of CASES.entries()) {
    if (only && !only.some((w) => c.label.includes(w))) continue;
    const dir = path.join(out, `${i}-${c.app}-${c.path.replace(/[^a-z0-9]+/gi, "_").slice(0, 30)}`);
    const { cpuMs, wallMs, window } = await run(c, dir);
    const files = readdirSync(dir).filter((f) => f.endsWith(".cpuprofile"));
    console.log(
      `\n## ${c.label} (${c.path}): ${cpuMs.toFixed(1)} ms CPU, ${wallMs.toFixed(1)} ms wall per request (${(1000 / wallMs).toFixed(0)} requests/s) (load ${loadavg()[0]!.toFixed(1)})`,
    );
    for (const f of files)
      console.log(
        summarize(JSON.parse(readFileSync(path.join(dir, f), "utf8")) as CpuProfile, path.join(dir, f), { window, sourceOf, top: 25 }),
      );
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
