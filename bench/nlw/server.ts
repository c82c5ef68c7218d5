import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import path from "node:path";
import postgres from "postgres";

/** A throw-away database, a production build and a `next start` on it: the no-lost-writes bench's stage. */

async function admin(adminUrl: string, statement: string): Promise<void> {
  const sql = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    await sql.unsafe(statement);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

export async function createDatabase(
  adminUrl: string,
  prefix = "maalbar_nlw",
): Promise<{ name: string; url: string; drop: () => Promise<void> }> {
  const name = `${prefix}_${randomBytes(4).toString("hex")}`;
  await admin(adminUrl, `create database "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  // FORCE ends the server's connections if it is still shutting down.
  return { name, url: url.toString(), drop: () => admin(adminUrl, `drop database if exists "${name}" with (force)`) };
}

const nextBin = (root: string) => path.join(root, "node_modules", "next", "dist", "bin", "next");

/** `next build` when there is no build yet (a stale one is the caller's to remove). */
export function buildIfMissing(root: string): void {
  if (existsSync(path.join(root, ".next", "BUILD_ID"))) return;
  console.log("no .next build: running next build …");
  const result = spawnSync(process.execPath, [nextBin(root), "build"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) throw new Error(`next build failed (${result.status})`);
}

export type Server = {
  url: string;
  stop: () => Promise<void>;
  output: () => string;
  /** The process group's id (`next start` and anything it forks): bench/profile.ts reads its CPU time. */
  pgid: number;
};

/**
 * `next start` in its own process group, ready once `ready` (/api/health) answers 200 (migrations run at
 * start-up). `dir` is the app's folder (the floor app's is bench/floor); `next` always comes from root.
 */
export async function startServer(
  root: string,
  port: number,
  env: Record<string, string>,
  { dir = root, ready = "/api/health", nodeArgs = [] }: { dir?: string; ready?: string; nodeArgs?: string[] } = {},
): Promise<Server> {
  // nodeArgs: flags for node itself (`--cpu-prof` is not allowed in NODE_OPTIONS).
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, nextBin(root), "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: dir,
    detached: true,
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", LOG_LEVEL: "warn", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000));
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null || !child.pid) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    process.kill(-child.pid, "SIGTERM");
    const timer = setTimeout(() => child.pid && process.kill(-child.pid, "SIGKILL"), 10_000);
    await exited;
    clearTimeout(timer);
  };
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited (${child.exitCode}):\n${output}`);
    const ok = await fetch(`${url}${ready}`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { url, stop, output: () => output, pgid: child.pid! };
    await new Promise((r) => setTimeout(r, 500));
  }
  await stop();
  throw new Error(`next start did not become healthy in 120 s:\n${output}`);
}
