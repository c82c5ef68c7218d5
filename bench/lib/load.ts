import os from "node:os";
import autocannon from "autocannon";
import { type Measured, queriesPer, summarize } from "./stats";

/** How the harness loads a server: autocannon at `connections` for `duration` s after `warmup` s. */
export type LoadSettings = { connections: number; duration: number; warmup: number; querySamples: number };

export type Request = { method: "GET" | "POST"; path: string; headers: Record<string, string>; body?: string };
export type Target = {
  key: string;
  /** A fresh request each time (the action writes a different series and date every time). */
  request: () => Request;
  /** Whether a 2xx answer is the real thing, not a login page or an error shown with 200. */
  ok: (body: string) => boolean;
};

async function once(base: string, r: Request): Promise<{ status: number; body: string }> {
  const res = await fetch(`${base}${r.path}`, {
    method: r.method,
    headers: r.headers,
    body: r.body,
    redirect: "manual",
    signal: AbortSignal.timeout(60_000),
  });
  return { status: res.status, body: await res.text() };
}

/** The page must be the real one before anything is timed; its answer. */
export async function check(base: string, t: Target): Promise<string> {
  const first = await once(base, t.request());
  if (first.status < 200 || first.status >= 300 || !t.ok(first.body))
    throw new Error(`${t.key} at ${base}: HTTP ${first.status}, not the expected answer: ${first.body.slice(0, 300)}`);
  return first.body;
}

async function healthQueries(base: string): Promise<number> {
  const { body } = await once(base, { method: "GET", path: "/api/health", headers: {} });
  const q = (JSON.parse(body) as { queries?: number }).queries;
  if (typeof q !== "number") throw new Error("/api/health shows no query counter: was the server started with MAALBAR_BENCH=1?");
  return q;
}

/** SQL queries per request from the server's own counter, over `samples` requests sent one at a time. */
export async function queriesPerRequest(base: string, t: Target, samples: number): Promise<number> {
  const before = await healthQueries(base);
  for (let i = 0; i < samples; i++) await once(base, t.request());
  const after = await healthQueries(base);
  // /api/health's own query is the only one it makes: its per-request count is the reading's own.
  return t.key === "health" ? queriesPer(before, after, samples + 1, 0) : queriesPer(before, after, samples);
}

/** autocannon for `seconds`; latencies of every answer, and the errors (non-2xx, wrong page, timeouts, socket errors). */
async function load(base: string, t: Target, seconds: number, connections: number) {
  const latencies: number[] = [];
  let bad = 0;
  let first: string | undefined;
  const instance = autocannon({
    url: base,
    connections,
    duration: seconds,
    timeout: 30,
    requests: [
      {
        setupRequest: (req: Record<string, unknown>) => Object.assign(req, t.request()),
        onResponse: (status: number, body: string) => {
          if (status >= 200 && status < 300 && t.ok(body)) return;
          bad += 1;
          first ??= `HTTP ${status}: ${body.replace(/\s+/g, " ").slice(0, 200)}`;
        },
      },
    ],
  });
  instance.on("response", (_client: unknown, _status: number, _bytes: number, ms: number) => latencies.push(ms));
  instance.on("reqError", (error: Error) => (first ??= `no answer: ${error.message}`));
  const result = await instance;
  // What went wrong, so an error in the tables can be told apart from the harness's own (e.g. a proxy's 502).
  if (first) console.log(`  ${t.key}: first of ${bad + result.errors + result.timeouts} errors: ${first}`);
  return { latencies, errors: bad + result.errors + result.timeouts, seconds: result.duration };
}

/** One measured run (after a warm-up when `warm`), with the 1-minute load average as it began. */
export async function measure(base: string, t: Target, s: LoadSettings, warm: boolean, queries: number | null): Promise<Measured> {
  if (warm && s.warmup > 0) await load(base, t, s.warmup, s.connections);
  // Other work on the machine shows here: figures taken at a high load average are not comparable.
  const load1 = Math.round(os.loadavg()[0]! * 100) / 100;
  const run = await load(base, t, s.duration, s.connections);
  return { ...summarize(run.latencies, run.seconds, run.errors, queries), load1 };
}

export const line = (key: string, m: Measured) =>
  `${key.padEnd(14)} ${m.rps.toFixed(1).padStart(7)} rps  p50 ${m.p50.toFixed(1).padStart(6)}  p95 ${m.p95.toFixed(1).padStart(6)}  p99 ${m.p99.toFixed(1).padStart(6)} ms  errors ${m.errors}  SQL/request ${m.queriesPerRequest?.toFixed(1) ?? "–"}  load ${m.load1 ?? "–"}`;
