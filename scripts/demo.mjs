// `npm run demo`: migrate and seed the demo bakery, build if the sources
// changed since the last build, then serve. Plain Node so it runs before
// anything is compiled.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const port = process.env.PORT || "3000";
// The CLIs `npx tsx` and `npx next` would run, started with node directly:
// npx puts a shell between us and the server, and that shell does not pass
// SIGTERM on, which left the server running after we exited.
const resolveBin = createRequire(path.join(root, "package.json")).resolve;
const tsx = (...args) => [resolveBin("tsx/cli"), ...args];
const next = (...args) => [resolveBin("next/dist/bin/next"), ...args];

let current;
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    if (current && current.exitCode === null) current.kill(signal);
    else process.exit(130);
  });
}

/** Runs a Node CLI with inherited stdio; resolves with its exit code (128+n for a signal). */
function run(args, env) {
  return new Promise((resolve) => {
    current = spawn(process.execPath, args, { cwd: root, env, stdio: "inherit" });
    current.on("error", (error) => {
      console.error(`Could not start ${args[0]}: ${error.message}`);
      resolve(1);
    });
    current.on("exit", (code, signal) => resolve(code ?? (signal === "SIGINT" ? 130 : 143)));
  });
}

/** The same file lib/env.ts reads, so sessions survive switching between `npm run demo` and `npm run dev`. */
function authSecret() {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const dir = path.resolve(root, process.env.MAALBAR_DATA_DIR || ".data");
  const file = path.join(dir, "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dir, { recursive: true });
  const secret = randomBytes(33).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

function newestMtime(target) {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(target)) {
    if (entry === "node_modules" || entry.startsWith(".")) continue;
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  }
  return newest;
}

function needsBuild() {
  const buildId = path.join(root, ".next", "BUILD_ID");
  if (!existsSync(buildId)) return true;
  const built = statSync(buildId).mtimeMs;
  const sources = [
    "app",
    "components",
    "lib",
    "db",
    "messages",
    "next.config.mjs",
    "tailwind.config.ts",
    "postcss.config.mjs",
    "tsconfig.json",
    "package.json",
  ];
  return sources.some((s) => newestMtime(path.join(root, s)) > built);
}

/** Resolves once the server answers any HTTP request, or gives up after two minutes. */
async function waitForServer(url, child) {
  const until = Date.now() + 120_000;
  while (Date.now() < until && child.exitCode === null) {
    try {
      await fetch(url, { redirect: "manual" });
      return true;
    } catch {
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  return false;
}

async function main() {
  const env = { ...process.env, AUTH_SECRET: authSecret() };

  const seeded = await run(tsx("scripts/seed-demo.ts"), env);
  if (seeded !== 0) return fail("Seeding the demo database failed (see above).", seeded);

  if (needsBuild()) {
    console.log("Building Målbar (sources changed since the last build)…");
    const built = await run(next("build"), env);
    if (built !== 0) return fail("`next build` failed (see above).", built);
  } else {
    console.log("The build is up to date; skipping `next build`.");
  }

  const started = run(next("start", "-p", port), { ...env, PORT: port });
  const server = current;
  if (await waitForServer(`http://localhost:${port}/`, server)) {
    console.log(`\nMålbar runs at http://localhost:${port}/ — log in as eier@bakeriet.no / maalbar-demo\n`);
  }
  const code = await started;
  if (code !== 0 && code !== 130 && code !== 143) return fail("The server stopped with an error (see above).", code);
  process.exitCode = 0;
}

function fail(message, code) {
  console.error(code === 130 || code === 143 ? "Stopped." : message);
  process.exitCode = code || 1;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
