// First-load JavaScript per route, gzipped, from the last `next build`
// (.next/diagnostics/route-bundle-stats.json), against the budgets of the
// dashboards issue: the dashboard ≤ 180 kB, routes without charts ≤ 120 kB.
// A report, not a test: it prints a table, writes bench/results/js-budget.json
// and exits 1 when a budget is exceeded. Run: `npm run bench:js` after a build.
import { readFileSync, writeFileSync, mkdirSync, existsSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const statsFile = path.join(root, ".next/diagnostics/route-bundle-stats.json");
if (!existsSync(statsFile)) {
  console.error("No build statistics: run `npm run build` first.");
  process.exit(1);
}
const KB = 1024;
const DASHBOARD_BUDGET = 180 * KB;
const PLAIN_BUDGET = 120 * KB;
// Routes that draw charts (chart.js is loaded only there).
const CHART_ROUTES = [/^\/\[org\]$/, /^\/\[org\]\/goals\/\[id\]$/, /^\/\[org\]\/benchmarks$/, /^\/\[org\]\/channels\//];

const gzipped = new Map();
const sizeOf = (file) => {
  if (!gzipped.has(file)) gzipped.set(file, gzipSync(readFileSync(path.join(root, file))).length);
  return gzipped.get(file);
};

const stats = JSON.parse(readFileSync(statsFile, "utf8"));
const rows = stats
  .filter((s) => !s.route.startsWith("/_") && !s.route.startsWith("/api"))
  .map((s) => {
    const bytes = s.firstLoadChunkPaths.reduce((sum, f) => sum + sizeOf(f), 0);
    const charts = CHART_ROUTES.some((r) => r.test(s.route));
    const budget = s.route === "/[org]" ? DASHBOARD_BUDGET : charts ? null : PLAIN_BUDGET;
    return { route: s.route, gzipBytes: bytes, budgetBytes: budget, withinBudget: budget == null ? null : bytes <= budget };
  })
  .sort((a, b) => a.route.localeCompare(b.route));

console.log("route".padEnd(34), "first-load JS (gzip)".padStart(22), "budget".padStart(10));
for (const r of rows) {
  const verdict = r.withinBudget == null ? "" : r.withinBudget ? "ok" : "OVER";
  console.log(r.route.padEnd(34), `${(r.gzipBytes / KB).toFixed(1)} kB`.padStart(22), (r.budgetBytes ? `${r.budgetBytes / KB} kB` : "–").padStart(10), verdict);
}
mkdirSync(path.join(root, "bench/results"), { recursive: true });
writeFileSync(path.join(root, "bench/results/js-budget.json"), JSON.stringify({ measuredAt: new Date().toISOString(), routes: rows }, null, 2) + "\n");
const over = rows.filter((r) => r.withinBudget === false);
if (over.length) {
  console.log(`\n${over.length} route(s) over budget.`);
  process.exit(1);
}
console.log("\nAll routes within budget.");
