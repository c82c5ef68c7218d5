import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/**
 * Finds every entry point a caller can reach without going through a page:
 * the exports of every "use server" module (server actions) and the HTTP
 * methods of every route.ts. Paths are relative to `base`, with "/", so the
 * keys read like the repository: "app/[org]/goals/actions.ts#createGoalAction".
 */
const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS"] as const;

const SOURCE = /\.(ts|tsx|js|jsx|mjs|cjs)$/;
const TEST = /\.test\.[a-z]+$|\.spec\.[a-z]+$/;

/** Every source file under `dir`, skipping dependencies, build output and dot-folders. */
export function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(full));
    else if (SOURCE.test(entry.name) && !TEST.test(entry.name)) out.push(full);
  }
  return out.sort();
}

/** The source without its leading comments and blank space, where a directive must stand. */
function leading(source: string): string {
  let rest = source.replace(/^#!.*\n/, "");
  for (;;) {
    const trimmed = rest.trimStart();
    if (trimmed.startsWith("//")) rest = trimmed.slice(trimmed.indexOf("\n") + 1 || trimmed.length);
    else if (trimmed.startsWith("/*")) rest = trimmed.slice(trimmed.indexOf("*/") + 2);
    else return trimmed;
  }
}

const DIRECTIVE = /^(["'])use server\1\s*(;|\n|$)/;
/** A "use server" directive on a line of its own, wherever it stands. */
const DIRECTIVE_LINE = /^\s*(["'])use server\1\s*;?\s*$/m;

/** A module whose first statement is "use server": every export is a server action. */
export function isServerModule(source: string): boolean {
  return DIRECTIVE.test(leading(source));
}

/**
 * A "use server" directive inside a function body: an inline server action
 * nobody can list without running the component. Reported so the matrix
 * check fails instead of silently missing it.
 */
export function hasInlineServerDirective(source: string): boolean {
  return !isServerModule(source) && DIRECTIVE_LINE.test(source);
}

const rel = (base: string, file: string) => path.relative(base, file).split(path.sep).join("/");

export type Discovered = { key: string; file: string; name: string; fn: unknown };

async function exportsOf(file: string): Promise<Record<string, unknown>> {
  return (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
}

/** Every exported function of every "use server" module under the roots, imported to see what it really exports. */
export async function discoverServerActions(base: string, roots: string[]): Promise<{ actions: Discovered[]; inline: string[] }> {
  const actions: Discovered[] = [];
  const inline: string[] = [];
  for (const file of roots.flatMap((r) => sourceFiles(path.join(base, r)))) {
    const source = readFileSync(file, "utf8");
    if (hasInlineServerDirective(source)) inline.push(rel(base, file));
    if (!isServerModule(source)) continue;
    for (const [name, fn] of Object.entries(await exportsOf(file))) {
      if (typeof fn === "function") actions.push({ key: `${rel(base, file)}#${name}`, file: rel(base, file), name, fn });
    }
  }
  return { actions, inline };
}

/** Every HTTP method exported by a route.ts (or .js) under `appDir`. */
export async function discoverRouteHandlers(base: string, appDir = "app"): Promise<Discovered[]> {
  const out: Discovered[] = [];
  for (const file of sourceFiles(path.join(base, appDir)).filter((f) => /^route\.(ts|js|tsx|jsx)$/.test(path.basename(f)))) {
    const mod = await exportsOf(file);
    for (const method of HTTP_METHODS) {
      if (typeof mod[method] === "function")
        out.push({ key: `${rel(base, file)}#${method}`, file: rel(base, file), name: method, fn: mod[method] });
    }
  }
  return out;
}

/** What the matrix lacks (an entry point nobody decided about) and what it names that no longer exists. */
export function matrixGaps(found: { key: string }[], matrix: Record<string, unknown>): { missing: string[]; stale: string[] } {
  const keys = new Set(found.map((f) => f.key));
  return {
    missing: [...keys].filter((k) => !Object.hasOwn(matrix, k)).sort(),
    stale: Object.keys(matrix)
      .filter((k) => !keys.has(k))
      .sort(),
  };
}
