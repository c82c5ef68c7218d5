import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { type Server, startServer } from "../nlw/server";

/**
 * The floor app (bench/floor): a bare Next app on the project's own Next and
 * React (resolved from the root's node_modules), one page that runs one
 * `select` through postgres.js. Built and served with the folder as Next's
 * project dir; its pages end in `.floor.tsx` (its `pageExtensions`) so that
 * Next does not also take Målbar's proxy.ts and instrumentation.ts from the
 * folder above.
 */
const floorDir = (root: string) => path.join(root, "bench", "floor");

/** `next build` of the floor app; skipped when `reuse` and a build is there. */
export function buildFloor(root: string, reuse: boolean): void {
  const dir = floorDir(root);
  if (reuse && existsSync(path.join(dir, ".next", "BUILD_ID"))) return console.log("using the existing bench/floor/.next build");
  console.log("next build (bench/floor) …");
  const r = spawnSync(process.execPath, [path.join(root, "node_modules", "next", "dist", "bin", "next"), "build"], {
    cwd: dir,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (r.status !== 0) throw new Error(`next build of bench/floor failed (${r.status})`);
}

/** `next start` of the floor app on `databaseUrl`; ready once its static /login answers. `nodeArgs`: flags for node (bench/profile.ts). */
export function startFloor(root: string, port: number, databaseUrl: string, nodeArgs: string[] = []): Promise<Server> {
  return startServer(root, port, { DATABASE_URL: databaseUrl }, { dir: floorDir(root), ready: "/login", nodeArgs });
}
