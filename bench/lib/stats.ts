/** The harness's arithmetic and tables: pure, so bench/lib/stats.test.ts can pin them down. */

/** The p-th percentile (0–100) of the values by nearest rank; NaN for none. */
export function percentile(values: readonly number[], p: number): number {
  if (!values.length) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export type Measured = {
  /** Requests that finished (any status) during the measured window. */
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  /** Non-2xx answers, answers without the page's marker, timeouts and connection errors. */
  errors: number;
  /** SQL queries per request, from the server's own counter; null when not measured. */
  queriesPerRequest: number | null;
  /** The machine's 1-minute load average when the target's measurement began. */
  load1?: number;
};

export function summarize(latenciesMs: readonly number[], seconds: number, errors: number, queriesPerRequest: number | null): Measured {
  return {
    requests: latenciesMs.length,
    rps: seconds > 0 ? latenciesMs.length / seconds : 0,
    p50: percentile(latenciesMs, 50),
    p95: percentile(latenciesMs, 95),
    p99: percentile(latenciesMs, 99),
    errors,
    queriesPerRequest,
  };
}

/**
 * Queries per request from two readings of the counter around `n` requests
 * made one at a time. Each reading is a /api/health call that counts its own
 * `select 1` before answering, so the second reading carries one query that
 * is not the requests'.
 */
export function queriesPer(before: number, after: number, n: number, readingQueries = 1): number {
  if (n <= 0) throw new Error("n must be positive");
  return (after - before - readingQueries) / n;
}

/** a / b, or null when either is missing or b is 0. */
export function ratio(a: number | null | undefined, b: number | null | undefined): number | null {
  if (a == null || b == null || !Number.isFinite(a) || !Number.isFinite(b) || b === 0) return null;
  return a / b;
}

export type Budget = { name: string; limit: string; value: number | null; met: boolean | null; shown: string };

export type SizeResult = { size: string; snapshots: number; targets: Record<string, Measured> };

const ms = (n: number | null | undefined) => (n == null || !Number.isFinite(n) ? "–" : `${n < 10 ? n.toFixed(1) : n.toFixed(0)} ms`);
const num = (n: number | null | undefined, digits = 1) => (n == null || !Number.isFinite(n) ? "–" : n.toFixed(digits));

export function budget(
  name: string,
  limit: string,
  value: number | null,
  met: (v: number) => boolean,
  shown: (v: number) => string,
): Budget {
  return { name, limit, value, met: value == null ? null : met(value), shown: value == null ? "not measured" : shown(value) };
}

/**
 * The issue's budgets over one run. `small` and `large` are the two sizes
 * (10 000 and 1 000 000 snapshots); the per-run budgets are judged at the large size. First-load JS
 * is judged against the floor app's in bench/lib/floor-ratios.ts (issue 20 replaced the fixed 180 kB).
 */
export function evaluateBudgets(
  small: SizeResult | undefined,
  large: SizeResult | undefined,
  extra: {
    csvCommitSeconds?: number | null;
    /** Preview + commit of one year of daily data from five sources (bench/platform-import.ts). */
    platformImportSeconds?: number | null;
  } = {},
): Budget[] {
  // The dashboard as rendered (not a kept copy, lib/http/page-cache.ts): these budgets are about drawing it.
  const drawn = (s: SizeResult | undefined) => s?.targets.dashboardRendered ?? s?.targets.dashboard;
  const d1 = drawn(large);
  const d0 = drawn(small);
  const health = large?.targets.health;
  const record = large?.targets.record;
  const maxQueries = Math.max(
    ...[small, large].flatMap((s) => {
      const q = drawn(s)?.queriesPerRequest;
      return q != null ? [q] : [];
    }),
  );
  return [
    budget(
      "dashboard p50, 1M ÷ 10k",
      "≤ 1.3",
      ratio(d1?.p50, d0?.p50),
      (v) => v <= 1.3,
      (v) => `${v.toFixed(2)} (${ms(d1?.p50)} ÷ ${ms(d0?.p50)})`,
    ),
    budget(
      "dashboard rps ÷ /api/health rps (1M)",
      "≥ 40 %",
      ratio(d1?.rps, health?.rps),
      (v) => v >= 0.4,
      (v) => `${(v * 100).toFixed(0)} % (${num(d1?.rps)} ÷ ${num(health?.rps)})`,
    ),
    budget("dashboard p95 at 10 connections (1M)", "≤ 100 ms", d1?.p95 ?? null, (v) => v <= 100, ms),
    budget(
      "SQL queries per dashboard request",
      "≤ 6",
      Number.isFinite(maxQueries) ? maxQueries : null,
      (v) => v <= 6,
      (v) => num(v),
    ),
    budget("record-measurement p95, 10 writers (1M)", "≤ 50 ms", record?.p95 ?? null, (v) => v <= 50, ms),
    budget(
      "100 000-row CSV import into PostgreSQL (commit)",
      "≤ 10 s",
      extra.csvCommitSeconds ?? null,
      (v) => v <= 10,
      (v) => `${v.toFixed(2)} s`,
    ),
    budget(
      "platform import, one year from five sources (preview + commit)",
      "< 5 s",
      extra.platformImportSeconds ?? null,
      (v) => v < 5,
      (v) => `${v.toFixed(2)} s`,
    ),
  ];
}

export const TARGET_LABELS: Record<string, string> = {
  health: "`GET /api/health` (one SQL query, no page)",
  login: "login page `/login` (a page with no SQL)",
  notifications: "notifications `/bench/notifications` (an organization page with little data)",
  dashboard: "dashboard `/bench`",
  goal: "goal page `/bench/goals/<id>`",
  goalChart: "goal chart data `/api/orgs/bench/goals/<id>/chart`",
  benchmarks: "benchmarks `/bench/benchmarks`",
  reviews: "reviews `/bench/reviews`",
  record: "record-measurement action (POST)",
  floorAsLogin: "the floor app's page grown to `/login`'s HTML size (bare Next.js, no Målbar code)",
  floorAsDashboard: "the floor app's page grown to the dashboard's HTML size (bare Next.js, no Målbar code)",
  floorSecure: "the floor app's page behind a proxy that sets a nonce and Målbar's CSP (`/secure`)",
  floorAsLoginSecure: "… grown to `/login`'s HTML size, behind the nonce proxy",
  floorAsDashboardSecure: "… grown to the dashboard's HTML size, behind the nonce proxy",
};

/** The results as a Markdown table: one row per target, both sizes side by side and their ratio. */
export function resultsTable(small: SizeResult | undefined, large: SizeResult | undefined): string {
  const head = "| target | size | rps | p50 | p95 | p99 | errors | SQL/request | load |\n|---|---|---:|---:|---:|---:|---:|---:|---:|";
  const rows: string[] = [];
  const keys = Object.keys(TARGET_LABELS).filter((k) => small?.targets[k] || large?.targets[k]);
  for (const key of keys) {
    const a = small?.targets[key];
    const b = large?.targets[key];
    const line = (size: string, m: Measured | undefined) =>
      `| ${TARGET_LABELS[key]} | ${size} | ${m ? num(m.rps) : "–"} | ${ms(m?.p50)} | ${ms(m?.p95)} | ${ms(m?.p99)} | ${m ? m.errors : "–"} | ${num(m?.queriesPerRequest)} | ${num(m?.load1)} |`;
    if (a) rows.push(line(small.size, a));
    if (b) rows.push(line(large.size, b));
    if (a && b) {
      const r = (x: number | null) => (x == null ? "–" : `×${x.toFixed(2)}`);
      rows.push(
        `| | ratio | ${r(ratio(b.rps, a.rps))} | ${r(ratio(b.p50, a.p50))} | ${r(ratio(b.p95, a.p95))} | ${r(ratio(b.p99, a.p99))} | | | |`,
      );
    }
  }
  return `${head}\n${rows.join("\n")}`;
}

export function budgetsTable(budgets: Budget[]): string {
  const head = "| budget | limit | measured | met |\n|---|---|---|---|";
  return `${head}\n${budgets.map((b) => `| ${b.name} | ${b.limit} | ${b.shown} | ${b.met == null ? "–" : b.met ? "met" : "**not met**"} |`).join("\n")}`;
}

/** Replaces what lies between the start and end markers (keeping the markers); appends both when missing. */
export function replaceSection(document: string, start: string, end: string, body: string): string {
  const i = document.indexOf(start);
  const j = document.indexOf(end);
  if (i === -1 || j === -1 || j < i) return `${document.trimEnd()}\n\n${start}\n${body}\n${end}\n`;
  return `${document.slice(0, i + start.length)}\n${body}\n${document.slice(j)}`;
}
