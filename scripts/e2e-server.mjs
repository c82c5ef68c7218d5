// The server Playwright tests against (playwright.config.ts starts it): a
// production build of the app on a database made for this run alone, removed
// again when Playwright stops the server with SIGTERM.
//
// With DATABASE_URL (a PostgreSQL admin URL) it creates maalbar_e2e_<ts>_<rand>
// on that server and drops it afterwards; without it, PGlite in a temp folder.
// It builds only when .next/BUILD_ID is missing: `npm test` builds just before
// the e2e step, so the run serves exactly what was built and checked.
//
// E2E_INSTANCE_PORTS=3378,3379 (with DATABASE_URL) serves the same build as
// one `next start` per port on the one database, behind bench/proxy.mjs
// (round robin) on E2E_PORT: the specs then prove that no state lives in one
// instance (`npm run bench -- --instances 2` runs the live-meeting spec so).
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import postgres from "postgres";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const port = process.env.E2E_PORT ?? "3100";
const instancePorts = (process.env.E2E_INSTANCE_PORTS ?? "").split(",").filter(Boolean);
if (instancePorts.length && !process.env.DATABASE_URL) {
  console.error("[e2e-server] E2E_INSTANCE_PORTS needs DATABASE_URL: instances share one PostgreSQL database, not PGlite");
  process.exit(2);
}
const log = (message) => console.log(`[e2e-server] ${message}`);

async function onAdminDatabase(adminUrl, statement) {
  const sql = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    await sql.unsafe(statement);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/** A database nobody else uses: its env for the app and how to remove it. */
async function freshDatabase() {
  const adminUrl = process.env.DATABASE_URL;
  if (adminUrl) {
    const name = `maalbar_e2e_${Date.now()}_${randomBytes(3).toString("hex")}`;
    await onAdminDatabase(adminUrl, `create database "${name}"`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    log(`PostgreSQL database ${name}`);
    return {
      env: { DATABASE_URL: url.toString() },
      // FORCE ends the connections a killed server may have left open.
      remove: () => onAdminDatabase(adminUrl, `drop database if exists "${name}" with (force)`),
    };
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), "maalbar-e2e-"));
  log(`PGlite in ${dir}`);
  return {
    // An empty DATABASE_URL means PGlite to lib/env and keeps a .env file's out.
    env: { DATABASE_URL: "", MAALBAR_DATA_DIR: dir },
    remove: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

// Signals go to whichever step is running; no later step starts after one.
let child;
let stopping = false;
for (const signal of ["SIGTERM", "SIGINT"]) {
  process.on(signal, () => {
    stopping = true;
    child?.kill(signal);
  });
}

/** The instances behind the proxy (E2E_INSTANCE_PORTS), each started once the one before is up. */
const instances = [];
async function startInstances(env) {
  for (const p of instancePorts) {
    const server = spawn(
      process.execPath,
      [path.join(root, "node_modules/next/dist/bin/next"), "start", "-p", p, "-H", "127.0.0.1", "--keepAliveTimeout", "65000"],
      {
        cwd: root,
        env,
        stdio: "inherit",
      },
    );
    instances.push(server);
    for (let i = 0; i < 240 && !stopping; i++) {
      const up = await fetch(`http://127.0.0.1:${p}/api/health`).then(
        (r) => r.ok,
        () => false,
      );
      if (up) break;
      if (server.exitCode != null) return 1;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  return 0;
}

/** Where the specs find the account maker (e2e/fixtures.ts reads it); absent when there is none. */
const accountsUrlFile = path.join(root, "test-results", "e2e-accounts", `${port}.url`);
let accounts;
function startAccounts(env) {
  mkdirSync(path.dirname(accountsUrlFile), { recursive: true });
  rmSync(accountsUrlFile, { force: true });
  accounts = spawn(
    process.execPath,
    [path.join(root, "node_modules/tsx/dist/cli.mjs"), "scripts/e2e-accounts.ts", String(Number(port) + 1000), accountsUrlFile],
    { cwd: root, env, stdio: "inherit" },
  );
}

function run(bin, args, env) {
  return new Promise((resolve) => {
    child = spawn(process.execPath, [path.join(root, bin), ...args], { cwd: root, env, stdio: "inherit" });
    child.on("error", (error) => {
      log(`${bin} failed to start: ${error.message}`);
      resolve(1);
    });
    child.on("exit", (code, signal) => {
      child = undefined;
      resolve(code ?? (signal ? 0 : 1));
    });
  });
}

const database = await freshDatabase();
let exitCode = 0;
try {
  const env = {
    ...process.env,
    ...database.env,
    AUTH_SECRET: randomBytes(33).toString("base64url"),
    PORT: port,
    NODE_ENV: "production",
    // Mails as .eml files where the specs read them (e2e/fixtures.ts MAIL_DIR); links point at this server.
    SMTP_URL: "",
    // Every spec signs up from 127.0.0.1; the limit of 10 an hour is proven in app/(auth)/email-verification.int.test.ts.
    MAALBAR_SIGNUPS_PER_HOUR: "100000",
    MAALBAR_MAIL_DIR: path.join(root, "test-results", "e2e-mail", port),
    APP_URL: `http://127.0.0.1:${port}`,
  };
  // Node runs the CLIs directly (not npx) so signals reach the real server.
  if (!stopping && !existsSync(path.join(root, ".next/BUILD_ID"))) {
    log("no build found, running next build");
    exitCode = await run("node_modules/next/dist/bin/next", ["build"], env);
  }
  // The demo bakery, for the specs that look at a lived-in organization
  // (dashboard, charts). It migrates first; every other spec makes its own.
  if (!exitCode && !stopping) {
    exitCode = await run("node_modules/tsx/dist/cli.mjs", ["scripts/seed-demo.ts"], { ...env, MAALBAR_ALLOW_DEMO_SEED: "1" });
  }
  // Fresh owners for the specs, made without the sign-up pages (scripts/e2e-accounts.ts);
  // PGlite allows one process only, so there the specs sign up through the forms.
  if (!exitCode && !stopping && process.env.DATABASE_URL) startAccounts(env);
  if (!exitCode && !stopping) {
    // Idle connections are kept past Playwright's: its request contexts reuse a
    // pooled socket without heeding Node's 5-second keep-alive, and a request
    // sent just as the server closes that socket fails with ECONNRESET.
    if (instancePorts.length) {
      log(`${instancePorts.length} instances on ${instancePorts.join(", ")} behind bench/proxy.mjs on ${port}`);
      exitCode = await startInstances(env);
      if (!exitCode && !stopping)
        exitCode = await run("bench/proxy.mjs", ["--port", port, "--to", instancePorts.map((p) => `127.0.0.1:${p}`).join(",")], env);
    } else {
      exitCode = await run("node_modules/next/dist/bin/next", ["start", "-p", port, "-H", "127.0.0.1", "--keepAliveTimeout", "65000"], env);
    }
  }
} finally {
  rmSync(accountsUrlFile, { force: true });
  for (const server of [...instances, accounts].filter(Boolean)) {
    if (server.exitCode != null) continue;
    server.kill("SIGTERM");
    await new Promise((resolve) => server.once("exit", resolve));
  }
  await database.remove().catch((error) => {
    log(`could not remove the test database: ${error.message}`);
    exitCode ||= 1;
  });
  log("test database removed");
}
process.exit(exitCode);
