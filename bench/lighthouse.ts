/**
 * Lighthouse 12.2.3 (the devDependency) in Debian's Chromium against the
 * dashboards of the demo bakery and the bench organization, signed in: the session cookie goes
 * in Lighthouse's extraHeaders. Lighthouse's default profile: a mobile
 * device with simulated throttling.
 *
 *   npm run bench:lighthouse     (or: npx tsx bench/lighthouse.ts)
 *
 * Standalone it makes its own 10 000-snapshot database, serves the last
 * build on BENCH_PORT (3400), writes bench/results/lighthouse.json and the
 * Lighthouse section of docs/PERFORMANCE.md, and drops the database. The
 * harness (bench/run.ts) calls runLighthouse() against its own server.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { script, tsxScript } from "./lib/script";

export const CHROMIUM_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
];

export type LighthouseResult = {
  url: string;
  performance: number | null;
  accessibility: number | null;
  metrics: Record<string, number | null>;
  lighthouseVersion: string;
  formFactor: string;
};

type Report = {
  lighthouseVersion: string;
  finalDisplayedUrl?: string;
  configSettings?: { formFactor?: string };
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { numericValue?: number }>;
  runtimeError?: { message: string };
};

export async function runLighthouse(url: string, cookie: string, root = process.cwd()): Promise<LighthouseResult> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "maalbar-lh-"));
  const out = path.join(dir, "report.json");
  const bin = path.join(root, "node_modules", "lighthouse", "cli", "index.js");
  const args = [
    bin,
    url,
    "--output=json",
    `--output-path=${out}`,
    "--only-categories=performance,accessibility",
    `--chrome-flags=${CHROMIUM_FLAGS.join(" ")}`,
    `--extra-headers=${JSON.stringify({ Cookie: cookie })}`,
    "--quiet",
  ];
  try {
    const code = await new Promise<number>((resolve, reject) => {
      const child = spawn(process.execPath, args, {
        cwd: root,
        env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH || "/usr/bin/chromium" },
        stdio: ["ignore", "inherit", "inherit"],
      });
      child.once("error", reject);
      child.once("exit", (c) => resolve(c ?? 1));
    });
    if (code !== 0) throw new Error(`lighthouse exited with ${code}`);
    const report = JSON.parse(readFileSync(out, "utf8")) as Report;
    if (report.runtimeError) throw new Error(`lighthouse: ${report.runtimeError.message}`);
    // A login page instead of the dashboard would score, but not the page we asked for.
    if (report.finalDisplayedUrl && new URL(report.finalDisplayedUrl).pathname !== new URL(url).pathname) {
      throw new Error(`lighthouse ended on ${report.finalDisplayedUrl}, not ${url}: the session cookie was not accepted`);
    }
    const score = (k: string) => (report.categories[k]?.score == null ? null : Math.round(report.categories[k].score * 100));
    const metric = (k: string) => report.audits[k]?.numericValue ?? null;
    return {
      url,
      performance: score("performance"),
      accessibility: score("accessibility"),
      metrics: {
        firstContentfulPaintMs: metric("first-contentful-paint"),
        largestContentfulPaintMs: metric("largest-contentful-paint"),
        totalBlockingTimeMs: metric("total-blocking-time"),
        cumulativeLayoutShift: metric("cumulative-layout-shift"),
        speedIndexMs: metric("speed-index"),
      },
      lighthouseVersion: report.lighthouseVersion,
      formFactor: report.configSettings?.formFactor ?? "mobile",
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function lighthouseTable(r: LighthouseResult): string {
  const ms = (v: number | null | undefined) => (v == null ? "–" : `${Math.round(v)} ms`);
  return [
    `Lighthouse ${r.lighthouseVersion}, ${r.formFactor} profile (simulated throttling), Chromium ${CHROMIUM_FLAGS.join(" ")}, signed in, \`${new URL(r.url).pathname}\`:`,
    "",
    "| performance | accessibility | FCP | LCP | TBT | CLS | Speed Index |",
    "|---:|---:|---:|---:|---:|---:|---:|",
    `| ${r.performance ?? "–"} | ${r.accessibility ?? "–"} | ${ms(r.metrics.firstContentfulPaintMs)} | ${ms(r.metrics.largestContentfulPaintMs)} | ${ms(r.metrics.totalBlockingTimeMs)} | ${r.metrics.cumulativeLayoutShift?.toFixed(3) ?? "–"} | ${ms(r.metrics.speedIndexMs)} |`,
  ].join("\n");
}

/** scripts/seed-demo.ts against the bench database (a separate process: it opens its own connection). */
async function seedDemoInto(root: string, url: string): Promise<void> {
  const { code } = await script(root, tsxScript(root, "scripts/seed-demo.ts"), { DATABASE_URL: url });
  if (code !== 0) throw new Error(`seed-demo exited with ${code}`);
}

async function main() {
  const root = process.cwd();
  const { generateDataset } = await import("./data/generate");
  const { buildIfMissing, startServer } = await import("./nlw/server");
  const { signIn } = await import("./nlw/http");
  const { replaceSection } = await import("./lib/stats");
  const adminUrl = process.env.DATABASE_URL || "postgres://postgres@127.0.0.1:5432/postgres";
  const port = Number(process.env.BENCH_PORT || 3400);
  buildIfMissing(root);
  const data = await generateDataset(adminUrl, process.env.BENCH_LIGHTHOUSE_SIZE || "10k");
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  const stop = async () => {
    await server?.stop();
    await data.drop();
  };
  process.once("SIGINT", () => void stop().finally(() => process.exit(130)));
  try {
    // The demo bakery too (the organization a new visitor sees), seeded into the same database.
    await seedDemoInto(root, data.url);
    server = await startServer(root, port, { DATABASE_URL: data.url, AUTH_SECRET: randomBytes(33).toString("base64") });
    const { DEMO_ORG_SLUG, DEMO_PASSWORD, DEMO_USERS } = await import("@/scripts/demo/seed");
    const demoCookie = await signIn(server.url, DEMO_USERS[0].email, DEMO_PASSWORD);
    const demo = await runLighthouse(`${server.url}/${DEMO_ORG_SLUG}`, demoCookie, root);
    const benchCookie = await signIn(server.url, data.bench.email, data.bench.password);
    const bench = await runLighthouse(`${server.url}/${data.bench.slug}`, benchCookie, root);
    const table = [
      `**The demo dashboard** (Bakeriet i Oslo, the demo seed):`,
      "",
      lighthouseTable(demo),
      "",
      `**The bench organization's dashboard** (12 goals, 3 years of daily values):`,
      "",
      lighthouseTable(bench),
    ].join("\n");
    console.log(table);
    writeFileSync(
      path.join(root, "bench", "results", "lighthouse.json"),
      `${JSON.stringify({ at: new Date().toISOString(), snapshots: data.snapshots, demo, bench }, null, 2)}\n`,
    );
    const doc = path.join(root, "docs", "PERFORMANCE.md");
    const stamp = `Measured ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC by \`npm run bench:lighthouse\` (${data.snapshots.toLocaleString("en")} snapshots plus the demo seed, load average ${os.loadavg()[0]!.toFixed(1)}).`;
    writeFileSync(
      doc,
      replaceSection(readFileSync(doc, "utf8"), "<!-- lighthouse:start -->", "<!-- lighthouse:end -->", `${stamp}\n\n${table}`),
    );
  } finally {
    await stop();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename ?? "")) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
