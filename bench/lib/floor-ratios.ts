/**
 * Målbar against the floor app (bench/floor), measured alternately in rounds
 * in one run, so that the machine's speed and load cancel out: the budgets of
 * issue 20 as ratios to the floor. Pure, pinned by floor-ratios.test.ts.
 */
import type { DashboardCpu } from "./dashboard-cpu-result";
import { budget, type Budget, type Measured, ratio } from "./stats";

/** The middle value (the mean of the two middle ones for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return Number.NaN;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid]! : (v[mid - 1]! + v[mid]!) / 2;
}

/** One round: the floor measured, then the target right after it. */
export type Round = { floor: Measured; target: Measured };

export type AgainstFloor = {
  rounds: number;
  /** Each figure the median over the rounds; errors and requests summed. */
  target: Measured;
  floor: Measured;
  /** Median over the rounds of target rps ÷ that round's floor rps. */
  rpsRatio: number | null;
  /** Median over the rounds of target p95 ÷ that round's floor p95. */
  p95Ratio: number | null;
};

function medianOf(ms: Measured[], queriesPerRequest: number | null): Measured {
  const m = (f: (x: Measured) => number) => median(ms.map(f));
  const loads = ms.flatMap((x) => (x.load1 == null ? [] : [x.load1]));
  return {
    requests: ms.reduce((n, x) => n + x.requests, 0),
    rps: m((x) => x.rps),
    p50: m((x) => x.p50),
    p95: m((x) => x.p95),
    p99: m((x) => x.p99),
    errors: ms.reduce((n, x) => n + x.errors, 0),
    queriesPerRequest,
    ...(loads.length ? { load1: median(loads) } : {}),
  };
}

const medianRatio = (rs: (number | null)[]) => {
  const v = median(rs.filter((r): r is number => r != null));
  return Number.isFinite(v) ? v : null;
};

export function combineRounds(rounds: readonly Round[]): AgainstFloor {
  const answered = rounds.filter((r) => r.floor.requests > 0 && r.target.requests > 0);
  return {
    rounds: rounds.length,
    target: medianOf(
      rounds.map((r) => r.target),
      rounds[0]?.target.queriesPerRequest ?? null,
    ),
    floor: medianOf(
      rounds.map((r) => r.floor),
      rounds[0]?.floor.queriesPerRequest ?? null,
    ),
    // A round in which one side finished no request in its window measured nothing: it gives no ratio.
    rpsRatio: medianRatio(answered.map((r) => ratio(r.target.rps, r.floor.rps))),
    p95Ratio: medianRatio(answered.map((r) => ratio(r.target.p95, r.floor.p95))),
  };
}

/** Issue 20's throughput budgets: target rps ÷ floor rps, at least this much. */
const RPS_RATIO_BUDGETS = [
  { key: "notifications", label: "organization page with little data (`/bench/notifications`)", min: 0.6 },
  { key: "dashboard", label: "dashboard `/bench`", min: 0.35 },
  { key: "goal", label: "goal page", min: 0.3 },
  { key: "benchmarks", label: "benchmarks page", min: 0.3 },
  { key: "login", label: "`/login`", min: 0.7 },
] as const;
/** Which sized floor page (bare Next.js grown to the page's HTML size, bench/floor/app/sized) a budget's page is read beside. */
const SIZED_AS: Record<string, string> = { login: "floorAsLogin", dashboard: "floorAsDashboard" };
const sizedNote = (against: Record<string, AgainstFloor>, key: string) => {
  const sized = SIZED_AS[key] ?? "";
  const parts = [
    [against[sized]?.rpsRatio, "bare"],
    [against[`${sized}Secure`]?.rpsRatio, "behind a nonce proxy"],
  ].flatMap(([v, what]) => (v != null ? [`${what} ${(v as number).toFixed(2)}`] : []));
  return parts.length ? `; Next.js at this page's size: ${parts.join(", ")}` : "";
};
/** The same page rendered each time (the request not a browser's document, bench/lib/targets.ts), where measured. */
const renderedNote = (against: Record<string, AgainstFloor>, key: string) => {
  const v = against[`${key}Rendered`]?.rpsRatio;
  return v != null ? `; rendered each time, not kept: ${v.toFixed(2)}` : "";
};
const RECORD_P95_MAX_RATIO = 3;
const DASHBOARD_HTML_MAX_BYTES = 45 * 1024;
const DASHBOARD_DATA_MAX_CPU_MS = 2;
const JS_PLAIN_OVER_FLOOR_BYTES = 12 * 1024;
const JS_CHARTS_OVER_FLOOR_BYTES = 45 * 1024;

export type JsRoute = { route: string; charts: boolean; gzipBytes: number | null };
export type FloorInputs = {
  size: string;
  against: Record<string, AgainstFloor>;
  dashboardHtmlBytes?: number | null;
  /** `dashboardData`'s in-process CPU per call as the owner sees it (bench/dashboard-cpu.ts --money). */
  dashboardCpu?: DashboardCpu | null;
  /** The floor app's first-load JS and Målbar's routes, from one bench/js-budget.mjs run. */
  js?: { floorBytes: number | null; routes: readonly JsRoute[] } | null;
};

const kB = (b: number) => `${(b / 1024).toFixed(1)} kB`;

function jsBudget(name: string, over: number, floor: number | null | undefined, routes: readonly JsRoute[]): Budget {
  const measured = routes.filter((r) => r.gzipBytes != null);
  if (floor == null || !measured.length) return budget(name, `≤ floor + ${kB(over)}`, null, () => false, String);
  const limit = floor + over;
  const worst = measured.reduce((a, b) => (b.gzipBytes! > a.gzipBytes! ? b : a));
  const overCount = measured.filter((r) => r.gzipBytes! > limit).length;
  return budget(
    name,
    `≤ floor ${kB(floor)} + ${kB(over)} = ${kB(limit)}`,
    worst.gzipBytes,
    (v) => v <= limit,
    (v) => `largest ${kB(v)} (\`${worst.route}\`); ${overCount} of ${measured.length} routes over`,
  );
}

/** The budgets of issue 20 for one size's run (the issue judges them at 1 000 000 snapshots). */
export function floorBudgets({ size, against, dashboardHtmlBytes, dashboardCpu, js }: FloorInputs): Budget[] {
  const rows = RPS_RATIO_BUDGETS.map(({ key, label, min }) => {
    const a = against[key];
    return budget(
      `${label} rps ÷ floor rps (${size})`,
      `≥ ${min}`,
      a?.rpsRatio ?? null,
      (v) => v >= min,
      (v) =>
        `${v.toFixed(2)} (${a!.target.rps.toFixed(1)} ÷ ${a!.floor.rps.toFixed(1)} rps)${renderedNote(against, key)}${sizedNote(against, key)}`,
    );
  });
  const record = against.record;
  rows.push(
    budget(
      `record-measurement action p95 ÷ floor p95, 10 writers (${size})`,
      `≤ ${RECORD_P95_MAX_RATIO}`,
      record?.p95Ratio ?? null,
      (v) => v <= RECORD_P95_MAX_RATIO,
      (v) => `${v.toFixed(1)} (${record!.target.p95.toFixed(0)} ÷ ${record!.floor.p95.toFixed(0)} ms)`,
    ),
    budget(
      `dashboard HTML, bench organization (${size})`,
      `≤ ${kB(DASHBOARD_HTML_MAX_BYTES)}`,
      dashboardHtmlBytes ?? null,
      (v) => v <= DASHBOARD_HTML_MAX_BYTES,
      kB,
    ),
    budget(
      `\`dashboardData\` CPU per call, in-process, as the owner (with money) (${size})`,
      `≤ ${DASHBOARD_DATA_MAX_CPU_MS} ms`,
      dashboardCpu?.cpuMedianMs ?? null,
      (v) => v <= DASHBOARD_DATA_MAX_CPU_MS,
      (v) =>
        `${v.toFixed(2)} ms median (p90 ${dashboardCpu!.cpuP90Ms.toFixed(2)} ms) over ${dashboardCpu!.calls} calls, ${dashboardCpu!.goals} goals` +
        (dashboardCpu!.othersBusyPct != null ? `, the rest of the machine ${dashboardCpu!.othersBusyPct} % busy` : ""),
    ),
    jsBudget(
      "first-load JS, routes without charts (gzip)",
      JS_PLAIN_OVER_FLOOR_BYTES,
      js?.floorBytes,
      (js?.routes ?? []).filter((r) => !r.charts),
    ),
    jsBudget(
      "first-load JS, routes with charts (gzip)",
      JS_CHARTS_OVER_FLOOR_BYTES,
      js?.floorBytes,
      (js?.routes ?? []).filter((r) => r.charts),
    ),
  );
  return rows;
}

/** Every target against its floor: median rps of both, the ratio, p95 of both and their ratio. */
export function floorTable(size: string, against: Record<string, AgainstFloor>, labels: Record<string, string>): string {
  const head =
    "| target | size | rounds | rps | floor rps | rps ÷ floor | p95 | floor p95 | p95 ÷ floor | errors | SQL/request |\n|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|";
  const f = (n: number | null | undefined, d = 1) => (n == null || !Number.isFinite(n) ? "–" : n.toFixed(d));
  const rows = Object.entries(against).map(
    ([key, a]) =>
      `| ${labels[key] ?? key} | ${size} | ${a.rounds} | ${f(a.target.rps)} | ${f(a.floor.rps)} | ${f(a.rpsRatio, 2)} | ${f(a.target.p95, 0)} ms | ${f(a.floor.p95, 0)} ms | ${f(a.p95Ratio, 1)} | ${a.target.errors} | ${f(a.target.queriesPerRequest)} |`,
  );
  return `${head}\n${rows.join("\n")}`;
}
