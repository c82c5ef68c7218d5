// First-load JavaScript per page route, gzipped, against the budgets of issue
// 20, which are relative to the framework's own floor measured in the same run:
// routes with charts (dashboard, goal, channels, channel, benchmarks) ≤ the floor app's
// first-load JS + 45 kB, every other route ≤ the floor + 12 kB. The floor app is
// bench/floor (a bare Next page on the same Next and React, no client code);
// this script builds it if it has no build and serves it on a free port.
//
// What it measures is what a browser downloads before the page is interactive:
// it serves the last `next build` (Turbopack or webpack) on a throwaway PGlite
// database with the demo organization, logs in as its owner, fetches each page
// route's HTML and takes every JS chunk the HTML loads, namely the module
// <script src> tags (not the noModule polyfills, which modern browsers skip) and the
// chunks the inline RSC payload names for the page's client components, which
// the router loads before hydrating. Each is gzipped (zlib's default level, as
// `next start` compresses) and summed. Code loaded later with next/dynamic or
// import() on demand (chart.js, sonner, the shell's menus, dialogs) is not
// first-load JavaScript and is not counted.
//
// Run after a build: `npm run bench:js` (prints a table, writes
// bench/results/js-budget.json). `--strict` exits 1 when a route is over its
// budget. `--why` adds, for each route over budget, what its first load is made
// of (framework, next-intl, the shell, the page's own files), read from the
// source maps of a build made with MAALBAR_BROWSER_SOURCE_MAPS=1 (bench/lib/js-why.mjs). `--base-url http://host:port` measures a server already running
// with the demo data instead of starting one.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { whyReport } from "./lib/js-why.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const strict = args.includes("--strict");
const why = args.includes("--why");
const baseUrlArg = args.includes("--base-url") ? args[args.indexOf("--base-url") + 1] : undefined;

const KB = 1024;
const CHART_OVER_FLOOR = 45 * KB;
const PLAIN_OVER_FLOOR = 12 * KB;
const floorDir = path.join(root, "bench", "floor");
// Routes that draw charts; chart.js itself is loaded there with next/dynamic, after the first load.
// The channels page draws the channels' cost chart (for people who see money, as the demo owner measured here does).
const CHART_ROUTES = new Set(["/[org]", "/[org]/goals/[id]", "/[org]/channels", "/[org]/channels/[key]", "/[org]/benchmarks"]);
const DEMO = { slug: "bakeriet", email: "eier@bakeriet.no", password: "maalbar-demo" };

if (!existsSync(path.join(root, ".next/BUILD_ID"))) {
  console.error("No production build: run `npm run build` first.");
  process.exit(1);
}

const log = (message) => console.error(`[bench:js] ${message}`);

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function run(bin, argv, env, options = {}) {
  const child = spawn(process.execPath, [path.join(root, bin), ...argv], { cwd: root, env, stdio: ["ignore", "pipe", "pipe"], ...options });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  const done = new Promise((resolve) => child.on("exit", (code) => resolve(code ?? 1)));
  return { child, done, output: () => output };
}

/** The production server on a fresh PGlite database with the demo seed; `stop()` ends it and removes the data. */
async function startServer() {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "maalbar-bench-js-"));
  const port = await freePort();
  const env = {
    ...process.env,
    DATABASE_URL: "",
    MAALBAR_DATA_DIR: dataDir,
    AUTH_SECRET: randomBytes(33).toString("base64url"),
    NODE_ENV: "production",
    LOG_LEVEL: "warn",
    NEXT_TELEMETRY_DISABLED: "1",
  };
  const cleanup = () => rmSync(dataDir, { recursive: true, force: true });
  log("seeding the demo organization on a fresh PGlite database");
  const seed = run("node_modules/tsx/dist/cli.mjs", ["scripts/seed-demo.ts"], { ...env, MAALBAR_ALLOW_DEMO_SEED: "1" });
  if ((await seed.done) !== 0) {
    cleanup();
    throw new Error(`the demo seed failed:\n${seed.output()}`);
  }
  log(`starting the production build on port ${port}`);
  const server = run("node_modules/next/dist/bin/next", ["start", "-p", String(port), "-H", "127.0.0.1"], env, { detached: true });
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async () => {
    try {
      process.kill(-server.child.pid, "SIGTERM");
    } catch {
      // already gone
    }
    await Promise.race([server.done, new Promise((r) => setTimeout(r, 5000))]);
    cleanup();
  };
  for (let i = 0; i < 120; i++) {
    const up = await fetch(`${baseUrl}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return { baseUrl, stop };
    if (server.child.exitCode != null) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  await stop();
  throw new Error(`the server did not start:\n${server.output()}`);
}

/**
 * The floor app's first-load JS: its build (made here when missing) served by
 * `next start` in bench/floor, its static /login page measured as Målbar's
 * pages are. Its SQL page loads the same chunks (neither has client code).
 */
async function measureFloor() {
  const env = { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" };
  if (!existsSync(path.join(floorDir, ".next/BUILD_ID"))) {
    log("building the floor app (bench/floor)");
    const build = run("node_modules/next/dist/bin/next", ["build"], env, { cwd: floorDir });
    if ((await build.done) !== 0) throw new Error(`the floor app's build failed:\n${build.output()}`);
  }
  const port = await freePort();
  const server = run("node_modules/next/dist/bin/next", ["start", "-p", String(port), "-H", "127.0.0.1"], env, {
    cwd: floorDir,
    detached: true,
  });
  try {
    for (let i = 0; i < 120; i++) {
      const response = await fetch(`http://127.0.0.1:${port}/login`).catch(() => null);
      if (response?.ok) {
        const chunks = firstLoadChunks(await response.text());
        return { url: "/login", gzipBytes: chunks.reduce((sum, c) => sum + gzipSize(c, floorDir), 0), chunks: chunks.length };
      }
      if (server.child.exitCode != null) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    throw new Error(`the floor app did not start:\n${server.output()}`);
  } finally {
    try {
      process.kill(-server.child.pid, "SIGTERM");
    } catch {
      // already gone
    }
    await Promise.race([server.done, new Promise((r) => setTimeout(r, 5000))]);
  }
}

/** Cookies from a response's Set-Cookie headers, merged into a jar. */
function keepCookies(jar, response) {
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(";");
    const eq = pair.indexOf("=");
    jar.set(pair.slice(0, eq).trim(), pair.slice(eq + 1));
  }
}
const cookieHeader = (jar) => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");

/** Logs in as the demo owner through Auth.js's credentials callback; returns the session cookies. */
async function logIn(baseUrl) {
  const jar = new Map();
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  keepCookies(jar, csrf);
  const { csrfToken } = await csrf.json();
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader(jar) },
    body: new URLSearchParams({ csrfToken, email: DEMO.email, password: DEMO.password, callbackUrl: `${baseUrl}/${DEMO.slug}` }),
  });
  keepCookies(jar, response);
  if (![...jar.keys()].some((k) => k.includes("session-token")))
    throw new Error(`login as ${DEMO.email} failed (status ${response.status})`);
  return cookieHeader(jar);
}

const CHUNK = /(?:\/_next\/)?static\/chunks\/[\w\-.~%/()[\]@]+?\.js/g;
// One spelling per chunk: script tags URL-encode "[org]" and "(auth)", the RSC payload may not.
const normalize = (chunk) => decodeURIComponent(chunk.startsWith("/_next/") ? chunk : `/_next/${chunk}`);

/** The JS chunks a page's HTML makes the browser load before hydration (see the top of this file). */
function firstLoadChunks(html) {
  const skipped = new Set();
  const loaded = new Set();
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = tag.match(/\ssrc="([^"]+)"/)?.[1];
    if (!src) continue;
    if (/\snomodule\b/i.test(tag)) skipped.add(normalize(src));
    else loaded.add(normalize(src));
  }
  // The RSC payload names the chunks of each client component the page renders
  // (webpack lists some only there; Turbopack also puts them in script tags).
  for (const [chunk] of html.replaceAll('\\"', '"').matchAll(CHUNK)) loaded.add(normalize(chunk));
  for (const chunk of skipped) loaded.delete(chunk);
  return [...loaded];
}

const gzipped = new Map();
function gzipSize(chunk, appDir = root) {
  const file = path.join(appDir, ".next", chunk.replace(/^\/_next\//, ""));
  if (!gzipped.has(file)) gzipped.set(file, gzipSync(readFileSync(file)).length);
  return gzipped.get(file);
}

/** The build's page routes, e.g. "/[org]/goals/[id]", from Next's route manifest (both bundlers write it). */
function pageRoutes() {
  const manifest = JSON.parse(readFileSync(path.join(root, ".next/app-path-routes-manifest.json"), "utf8"));
  return Object.entries(manifest)
    .filter(([entry, route]) => entry.endsWith("/page") && !route.split("/").some((s) => s.startsWith("_")))
    .map(([, route]) => route)
    .sort((a, b) => a.split("/").length - b.split("/").length || a.localeCompare(b));
}

/**
 * URLs to measure a route at: [org] is the demo's slug, [token] an unknown
 * invitation; any other parameter is taken from links on the pages fetched
 * before (a goal's id from the goal list, a channel's key from a goal page).
 */
function sampleUrls(route, seen, staticSegments) {
  const withOrg = route.replace("[org]", DEMO.slug).replace("[token]", "bench-unknown-token");
  if (!withOrg.includes("[")) return [withOrg];
  const segments = withOrg.split("/");
  // A link to the page itself, or to one below it (a meeting's id from the link to its minutes).
  const pattern = new RegExp(
    `"(${segments.map((s) => (s.startsWith("[") ? '[^/"?#\\\\]+' : s.replace(/[.*+?^${}()|\\]/g, "\\$&"))).join("/")})["?#/]`,
    "g",
  );
  const urls = new Set();
  for (const html of seen) {
    for (const [, url] of html.matchAll(pattern)) {
      const parts = url.split("/");
      if (segments.every((s, i) => !s.startsWith("[") || !staticSegments.has(parts[i]))) urls.add(url);
    }
  }
  return [...urls].slice(0, 5);
}

async function measure(baseUrl) {
  const session = await logIn(baseUrl);
  const routes = pageRoutes();
  const staticSegments = new Set(routes.flatMap((r) => r.split("/")).filter((s) => s && !s.startsWith("[")));
  const seen = [];
  const rows = [];
  // Rounds, so that a route whose sample URL is linked only from another
  // parameterized page (a channel, from a goal) is found once that page is in.
  let pending = routes;
  while (pending.length) {
    const ready = pending.map((route) => ({ route, urls: sampleUrls(route, seen, staticSegments) })).filter((r) => r.urls.length);
    if (!ready.length) break;
    pending = pending.filter((route) => !ready.some((r) => r.route === route));
    for (const { route, urls } of ready) rows.push(await measureRoute(baseUrl, session, route, urls, seen));
  }
  for (const route of pending) {
    const charts = CHART_ROUTES.has(route);
    rows.push({
      route,
      url: null,
      charts,
      budgetBytes: budgetOf(route),
      gzipBytes: null,
      chunks: 0,
      withinBudget: null,
      note: "no sample URL found",
    });
  }
  return rows.sort((a, b) => a.route.localeCompare(b.route));
}

async function measureRoute(baseUrl, session, route, urls, seen) {
  const charts = CHART_ROUTES.has(route);
  const budgetBytes = budgetOf(route);
  const get = async (url, cookie) => {
    const response = await fetch(baseUrl + url, { redirect: "manual", headers: cookie ? { cookie } : {} });
    const html = await response.text();
    seen.push(html);
    return { response, html };
  };
  // Signed in, at the first sample URL the page answers at without sending
  // the person elsewhere (a closed meeting redirects to its minutes); a page
  // that redirects everyone signed in (the landing page) is measured signed out.
  let answer;
  let signedIn = true;
  for (const url of urls) {
    answer = { url, ...(await get(url, session)) };
    if (answer.response.status === 200) break;
  }
  if (answer.response.status !== 200) {
    const signedOut = { url: urls[0], ...(await get(urls[0])) };
    if (signedOut.response.status === 200) [answer, signedIn] = [signedOut, false];
  }
  const { url, response, html } = answer;
  if (response.status !== 200) {
    const location = response.headers.get("location");
    const note = `HTTP ${response.status}${location ? ` to ${location.replace(baseUrl, "")}` : ""}${urls.length > 1 ? ` (tried ${urls.length} URLs)` : ""}`;
    return { route, url, signedIn, charts, budgetBytes, gzipBytes: null, chunks: 0, withinBudget: null, note };
  }
  const chunks = firstLoadChunks(html);
  const sizes = Object.fromEntries(chunks.map((c) => [c, gzipSize(c)]));
  const gzipBytes = Object.values(sizes).reduce((sum, n) => sum + n, 0);
  // Each chunk's gzipped size in the JSON, so a route over budget shows which chunk to look at.
  return {
    route,
    url,
    signedIn,
    charts,
    budgetBytes,
    gzipBytes,
    chunks: chunks.length,
    chunkBytes: sizes,
    withinBudget: gzipBytes <= budgetBytes,
  };
}

function bundler() {
  // Turbopack's runtime chunk is called turbopack-*.js; webpack's webpack-*.js.
  const manifest = readFileSync(path.join(root, ".next/build-manifest.json"), "utf8");
  return /turbopack-/.test(manifest) || existsSync(path.join(root, ".next/diagnostics/route-bundle-stats.json")) ? "turbopack" : "webpack";
}

const floor = await measureFloor();
const budgetOf = (route) => floor.gzipBytes + (CHART_ROUTES.has(route) ? CHART_OVER_FLOOR : PLAIN_OVER_FLOOR);
log(`the floor app's first-load JS: ${(floor.gzipBytes / KB).toFixed(1)} kB in ${floor.chunks} chunks`);
const server = baseUrlArg ? { baseUrl: baseUrlArg.replace(/\/$/, ""), stop: async () => {} } : await startServer();
let rows;
try {
  rows = await measure(server.baseUrl);
} finally {
  await server.stop();
}

const kB = (bytes) => (bytes == null ? "–" : `${(bytes / KB).toFixed(1)} kB`);
const header = ["route", "first-load JS (gzip)", "budget", "", "measured at"];
const table = rows.map((r) => [
  r.route,
  kB(r.gzipBytes),
  `${kB(r.budgetBytes)}${r.charts ? " (charts)" : ""}`,
  r.withinBudget == null ? "?" : r.withinBudget ? "ok" : `OVER by ${kB(r.gzipBytes - r.budgetBytes)}`,
  r.url ? `${r.url}${r.signedIn === false ? " (signed out)" : ""}${r.note ? ` — ${r.note}` : ""}` : r.note,
]);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
const line = (cells) =>
  cells
    .map((c, i) => (i === 1 || i === 2 ? c.padStart(widths[i]) : c.padEnd(widths[i])))
    .join("  ")
    .trimEnd();
const kind = bundler();
console.log(
  `First-load JavaScript per route (${kind} build ${readFileSync(path.join(root, ".next/BUILD_ID"), "utf8").trim()}), gzipped; the floor app's is ${kB(floor.gzipBytes)}, budgets are the floor + ${kB(PLAIN_OVER_FLOOR)} (+ ${kB(CHART_OVER_FLOOR)} with charts):\n`,
);
console.log(line(header));
console.log(widths.map((w) => "-".repeat(w)).join("  "));
for (const row of table) console.log(line(row));

const over = rows.filter((r) => r.withinBudget === false);
const unmeasured = rows.filter((r) => r.withinBudget == null);
mkdirSync(path.join(root, "bench/results"), { recursive: true });
writeFileSync(
  path.join(root, "bench/results/js-budget.json"),
  JSON.stringify(
    {
      measuredAt: new Date().toISOString(),
      bundler: kind,
      floor,
      budgets: { floorBytes: floor.gzipBytes, chartsOverFloorBytes: CHART_OVER_FLOOR, otherOverFloorBytes: PLAIN_OVER_FLOOR },
      routes: rows,
    },
    null,
    2,
  ) + "\n",
);
console.log(
  `\n${rows.length - over.length - unmeasured.length} of ${rows.length} routes within budget, ${over.length} over${unmeasured.length ? `, ${unmeasured.length} not measured` : ""}.`,
);
// A route the demo data cannot show (e.g. a live meeting: the demo's only one is closed) is listed, not failed.
if (unmeasured.length) console.log(`Not measured: ${unmeasured.map((r) => `${r.route} (${r.note})`).join("; ")}.`);
if (why) console.log(whyReport(rows, (url) => path.join(root, ".next", url.replace(/^\/_next\//, "")), floor.gzipBytes).join("\n"));
if (strict && over.length) process.exit(1);
