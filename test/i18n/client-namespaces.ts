import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import en from "@/messages/en.json";

/**
 * Static reading of which message namespaces a route's client components use:
 * follows the imports (static, `export … from` and `import("…")`) from a file,
 * and from the first "use client" file on, every file counts as client code
 * (what a client component imports is bundled for the browser too). A client
 * file's namespaces are those it names in useTranslations("ns…"); a file with
 * a root translator (useTranslations()) counts every "ns.key" literal in it,
 * plus the namespaces of keys that reach it as values, which it must declare in a
 * comment `// client messages: ns, ns` (see `undeclaredRootTranslators`).
 */
const root = path.resolve(__dirname, "../..");
const catalog = new Set(Object.keys(en));
const sources = new Map<string, string>();

function source(file: string): string {
  let text = sources.get(file);
  if (text === undefined) sources.set(file, (text = readFileSync(path.join(root, file), "utf8")));
  return text;
}

const isFile = (rel: string) => existsSync(path.join(root, rel)) && statSync(path.join(root, rel)).isFile();

function resolve(from: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith("@/")) base = spec.slice(2);
  else if (spec.startsWith(".")) base = path.posix.join(path.posix.dirname(from), spec);
  else return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`]) {
    if (/\.tsx?$/.test(candidate) && isFile(candidate)) return candidate;
  }
  return null;
}

const importCache = new Map<string, string[]>();

function imports(file: string): string[] {
  const cached = importCache.get(file);
  if (cached) return cached;
  const text = source(file);
  const specs = [
    ...[...text.matchAll(/^(?:import|export)(?!\s+type\s)[^;]*?from\s*["']([^"']+)["']/gms)].map((m) => m[1]!),
    ...[...text.matchAll(/^import\s*["']([^"']+)["']/gm)].map((m) => m[1]!),
    ...[...text.matchAll(/import\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]!),
  ];
  const resolved = specs.map((spec) => resolve(file, spec)).filter((f): f is string => f !== null);
  importCache.set(file, resolved);
  return resolved;
}

const directive = (file: string, name: string) => new RegExp(`^["']use ${name}["'];?`, "m").test(source(file));

/** `// client messages: ns, ns, action answers`: where the computed keys a root translator gets come from. */
function annotated(text: string): string[] {
  return [...text.matchAll(/client messages:([^\n*]*)/g)].flatMap((m) =>
    m[1]!
      .split(",")
      .map((ns) => ns.trim())
      .filter(Boolean),
  );
}

function rootTranslators(text: string): string[] {
  return [...text.matchAll(/const\s+(\w+)\s*=\s*useTranslations\(\s*\)/g)].map((m) => m[1]!);
}

/** "ns.key": the first two parts of a key found in the catalog, else its namespace (or nothing outside the catalog). */
function partOf(ns: string, key: string | undefined): string | null {
  if (!catalog.has(ns)) return null;
  return key !== undefined && isKey(`${ns}.${key}`) ? `${ns}.${key}` : ns;
}

/**
 * What one file reads when it runs in the browser: whole namespaces ("goals")
 * or parts of one ("measurements.quick"), as named to useTranslations; a root
 * translator's "ns.key…" literals count as "ns.key" (as "ns" when the key is
 * computed, `ns.${…}`).
 */
export function fileNamespaces(file: string): Set<string> {
  const text = source(file);
  const found = new Set([...text.matchAll(/useTranslations\(\s*["']([^"']+)["']/g)].map((m) => m[1]!));
  if (rootTranslators(text).length > 0) {
    for (const m of text.matchAll(/["'`]([A-Za-z]+)\.(\$\{|[A-Za-z0-9_]+)/g)) {
      const part = partOf(m[1]!, m[2]!.startsWith("$") ? undefined : m[2]!);
      if (part) found.add(part);
    }
    for (const ns of annotated(text)) if (ns !== "action answers") found.add(ns);
  }
  return found;
}

/** The list with every path left out whose namespace (or a part above it) is in the list too. */
export function minimal(paths: Iterable<string>): string[] {
  const all = new Set(paths);
  return [...all].filter((p) => !p.split(".").some((_, i, parts) => i > 0 && all.has(parts.slice(0, i).join(".")))).sort();
}

/** Whether `path` is one of `namespaces` or a part of one. */
export function coveredBy(path: string, namespaces: readonly string[]): boolean {
  return namespaces.some((ns) => path === ns || path.startsWith(`${ns}.`));
}

/** Every file reached from `entry` with whether it runs as client code. */
function walk(entry: string, withActions = false): Map<string, boolean> {
  const seen = new Map<string, boolean>();
  const visit = (file: string, client: boolean) => {
    if (directive(file, "server")) {
      // Server actions run on the server, whoever imports them.
      if (withActions) seen.set(file, false);
      return;
    }
    const isClient = client || directive(file, "client");
    if (seen.has(file) && (seen.get(file) || !isClient)) return;
    seen.set(file, isClient);
    for (const next of imports(file)) visit(next, isClient);
  };
  visit(entry, false);
  return seen;
}

/** The namespaces the client components under `entry` (a page, layout, …) read, each with the files that read it. */
export function clientNamespaces(entry: string): Map<string, string[]> {
  const result = new Map<string, string[]>();
  for (const [file, client] of walk(entry)) {
    if (!client) continue;
    for (const ns of fileNamespaces(file)) addReader(result, ns, file);
  }
  return result;
}

/** Client files under `entry` whose root translator is called with a computed key but that declare no namespaces. */
export function undeclaredRootTranslators(entry: string): string[] {
  return [...walk(entry)]
    .filter(([file, client]) => {
      if (!client) return false;
      const text = source(file);
      const computed = rootTranslators(text).some((name) => new RegExp(String.raw`\b${name}\(\s*[^"'\x60\s)]`).test(text));
      return computed && !text.includes("client messages:");
    })
    .map(([file]) => file);
}

/** The namespace list a page passes to withMessages([...], Page). */
export function declaredNamespaces(page: string): string[] | null {
  const match = /withMessages\(\s*\[([^\]]*)\]/.exec(source(page));
  return match ? [...match[1]!.matchAll(/["']([^"']+)["']/g)].map((m) => m[1]!) : null;
}

export function isKey(key: string): boolean {
  let node: unknown = en;
  for (const part of key.split(".")) {
    if (typeof node !== "object" || node === null || !(part in node)) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return true;
}

/** The server actions a page can call, and the files under `roots` that they import (they themselves among them). */
function fromActions(entry: string, roots: readonly string[]): { actions: string[]; files: Set<string> } {
  const actions = [...walk(entry, true).keys()].filter((file) => directive(file, "server"));
  const files = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const next of imports(file)) if (roots.some((root) => next.startsWith(root))) visit(next);
  };
  actions.forEach(visit);
  return { actions, files };
}

/** Notes that `file` reads `part`. */
function addReader(readers: Map<string, string[]>, part: string, file: string): void {
  readers.set(part, [...(readers.get(part) ?? []), file]);
}

/**
 * The namespaces (or their parts, "goals.errors") of the message keys the server actions a page can call may
 * answer with (ActionState.error, fieldErrors), translated in the browser:
 * every full key literal, or `ns.${…}` template, in the "use server" files
 * reached from the page and in what they import from app/ (their schema.ts).
 * Keys built deeper, in lib/ (e.g. measurementProblems' "measurements.*"),
 * are read by `libAnswerParts`, only for the namespaces the page reads.
 */
export function actionNamespaces(entry: string): Map<string, string[]> {
  const { actions, files } = fromActions(entry, ["app/"]);
  // Any action can answer with the generic keys of lib/auth/action.ts and lib/errors.ts.
  const result = new Map<string, string[]>(
    actions.length
      ? [
          ["errors", ["lib/errors.ts"]],
          ["validation", ["lib/auth/action.ts"]],
        ]
      : [],
  );
  for (const file of files) for (const part of keyParts(file)) addReader(result, part, file);
  return result;
}

/** The "ns.key" parts of the message key literals in a file (`ns.${…}` counts as "ns"). */
function keyParts(file: string): Set<string> {
  const text = source(file);
  const found = new Set<string>();
  for (const m of text.matchAll(/["']([A-Za-z]+(?:\.[A-Za-z0-9_]+)+)["']/g))
    if (isKey(m[1]!)) found.add(m[1]!.split(".").slice(0, 2).join("."));
  for (const m of text.matchAll(/`([A-Za-z]+)\.((?:[A-Za-z0-9_]+\.)*)\$\{/g)) {
    const part = partOf(m[1]!, m[2]!.split(".")[0] || undefined);
    if (part) found.add(part);
  }
  return found;
}

/**
 * The parts of `namespaces` that code in lib/ reached from a page's server
 * actions may answer with ("measurements.errors" from the measurement rules):
 * a page that reads part of a namespace also gets the parts of it its actions
 * can put in an error. Other namespaces' keys in lib/ are not the page's.
 */
export function libAnswerParts(entry: string, namespaces: ReadonlySet<string>): Map<string, string[]> {
  const result = new Map<string, string[]>();
  for (const file of fromActions(entry, ["lib/", "app/"]).files)
    for (const part of keyParts(file)) if (namespaces.has(part.split(".")[0]!)) addReader(result, part, file);
  return result;
}
