// `npm test`: every check the project has, in one run, with one summary.
// Each step runs even after an earlier one failed, so the summary is complete.
// The last line is always `N passed, N failed` (CI reads it); exit 1 on any failure.
//
// TEST_SKIP_E2E=1 skips the production build and the browser tests.
// With DATABASE_URL set, integration tests also run on PostgreSQL and the
// e2e server uses a fresh PostgreSQL database (see scripts/e2e-server.mjs).
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromiumPath, NO_CHROMIUM, packageInstall } from "./test-setup.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const bin = (name) => path.join(root, "node_modules", ".bin", name);
const results = [];

function finish() {
  const passed = results.reduce((n, r) => n + r.passed, 0);
  const failed = results.reduce((n, r) => n + r.failed, 0);
  console.log("\n== summary");
  for (const r of results) {
    console.log(
      `  ${r.name.padEnd(12)} ${String(r.passed).padStart(5)} passed ${String(r.failed).padStart(4)} failed  ${r.seconds.padStart(6)}s  ${r.note}`,
    );
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed > 0 ? 1 : 0);
}

// `npm test` is one of the README's two commands on a fresh machine: when
// node_modules is missing or older than the lock file it installs exactly the
// locked packages with `npm ci` (never `npm install`, which may rewrite the
// lock file). Chromium is not installed here: .ci/run does that, and anyone
// else is told the one command (see the e2e step below).
const install = packageInstall(root);
if (install) {
  console.log(`\n== install: npm ${install.join(" ")} (node_modules missing or older than package-lock.json)`);
  const started = Date.now();
  const { status } = spawnSync("npm", install, { cwd: root, stdio: "inherit" });
  if (status !== 0) {
    const seconds = ((Date.now() - started) / 1000).toFixed(0);
    results.push({
      name: "install",
      passed: 0,
      failed: 1,
      seconds,
      note: "npm ci failed: is package-lock.json in sync with package.json?",
    });
    finish();
  }
}

// Local binaries, not npx: npx would try to download a missing tool, and
// this machine has no network beyond the registry.
const tools = ["tsc", "eslint", "knip", "prettier", "vitest", "next", "playwright"];
const missing = tools.filter((t) => !existsSync(bin(t)));
if (missing.length > 0) {
  console.error(`Missing ${missing.join(", ")} in node_modules/.bin: run \`npm ci\` first.`);
  results.push({ name: "install", passed: 0, failed: 1, seconds: "0", note: "dependencies not installed" });
  finish();
}

/**
 * Runs a tool; its exit code, and with `quiet` its output, kept for the caller
 * to print in one piece (two steps side by side would interleave their lines).
 */
function run(tool, args, env = {}, quiet = false) {
  return new Promise((resolve) => {
    const child = spawn(bin(tool), args, {
      cwd: root,
      stdio: quiet ? ["ignore", "pipe", "pipe"] : "inherit",
      env: { ...process.env, ...env },
    });
    const chunks = [];
    if (quiet) {
      child.stdout.on("data", (c) => chunks.push(c));
      child.stderr.on("data", (c) => chunks.push(c));
    }
    const done = (code) => resolve({ code, output: Buffer.concat(chunks) });
    child.on("error", (error) => {
      console.error(error.message);
      done(1);
    });
    child.on("close", (code, signal) => done(code ?? (signal ? 1 : 0)));
  });
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(path.join(root, file), "utf8"));
  } catch {
    return undefined;
  }
}

/** Runs one step; `count` turns its JSON report into test counts. */
async function step(name, tool, args, { env, report, count, quiet } = {}) {
  if (!quiet) console.log(`\n== ${name}: ${tool} ${args.join(" ")}`);
  if (report) rmSync(path.join(root, report), { force: true }); // never count a stale report
  const started = Date.now();
  const { code, output } = await run(tool, args, env, quiet);
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  if (quiet) {
    console.log(`\n== ${name}: ${tool} ${args.join(" ")} (${seconds}s, run beside another check)`);
    process.stdout.write(output);
  }
  const json = report ? readJson(report) : undefined;
  let passed = code === 0 ? 1 : 0;
  let failed = code === 0 ? 0 : 1;
  let note = code === 0 ? "ok" : `exit ${code}`;
  if (count && json) {
    ({ passed, failed } = count(json));
    // A crash outside any test (setup, unhandled error) still fails the step.
    if (code !== 0 && failed === 0) failed = 1;
  } else if (count) {
    note = `exit ${code}, no report`;
  }
  results.push({ name, passed, failed, seconds, note });
  return code === 0;
}

mkdirSync(path.join(root, "test-results"), { recursive: true });

// The static checks each use one core: two at a time on a 2-core machine.
// Each prints its output in one piece when it ends.
const staticChecks = [
  ["typecheck", "tsc", ["--noEmit"]],
  ["lint", "eslint", ["."]],
  // Unused files, exports and dependencies (knip.json says what the entry points are).
  ["lint:knip", "knip", []],
  // One formatting for everyone (.prettierrc.json); `npm run format` applies it.
  ["format", "prettier", ["--check", "."]],
];
const staticOk = new Map();
async function staticLane() {
  for (let next = staticChecks.shift(); next; next = staticChecks.shift()) {
    const [name, tool, args] = next;
    staticOk.set(name, await step(name, tool, args, { quiet: true }));
  }
}
await Promise.all([staticLane(), staticLane()]);
// Keep the summary in the usual order whichever check ended first.
const order = ["typecheck", "lint", "lint:knip", "format"];
results.sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name));
await step("vitest", "vitest", ["run", "--reporter=default", "--reporter=json", "--outputFile.json=test-results/vitest.json"], {
  report: "test-results/vitest.json",
  count: (r) => ({ passed: r.numPassedTests, failed: r.numFailedTests }),
});

if (process.env.TEST_SKIP_E2E === "1") {
  console.log("\n== TEST_SKIP_E2E=1: skipping next build and the Playwright e2e tests");
} else {
  const chromium = chromiumPath();
  if (!chromium) console.error(`\n== ${NO_CHROMIUM}`);
  // The type check above already ran tsc over the whole project; when it passed,
  // the build does not run it a second time (next.config.mjs reads this).
  const buildEnv = { NODE_ENV: "production", ...(staticOk.get("typecheck") ? { MAALBAR_BUILD_TYPECHECKED: "1" } : {}) };
  const built = await step("build", "next", ["build"], { env: buildEnv });
  if (!chromium) {
    // The build still ran (it is a check of its own); the browser tests cannot.
    console.error(`\n== e2e not run. ${NO_CHROMIUM}`);
    results.push({ name: "e2e", passed: 0, failed: 1, seconds: "0", note: `not run: ${NO_CHROMIUM}` });
  } else if (built) {
    await step("e2e", "playwright", ["test"], {
      report: "test-results/e2e.json",
      count: (r) => ({ passed: r.stats.expected, failed: r.stats.unexpected + r.stats.flaky }),
    });
  } else {
    // Serving a stale or missing build would test the wrong thing.
    results.push({ name: "e2e", passed: 0, failed: 1, seconds: "0", note: "not run: the build failed" });
  }
}

finish();
