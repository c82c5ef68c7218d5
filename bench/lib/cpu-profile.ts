/**
 * A V8 CPU profile (`node --cpu-prof`) summed into self time per part and
 * per function: which package or bundle the time was spent in, so Målbar's
 * profile can be read beside the floor app's (bench/profile.ts).
 */
export type CpuProfile = {
  /** Microseconds on the monotonic clock (process.hrtime's on Linux). */
  startTime: number;
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber?: number; columnNumber?: number } }[];
  samples: number[];
  timeDeltas: number[];
};

/** Where a bundled function came from (a source map's original file), or null when unknown. */
export type SourceOf = (url: string, line: number, column: number) => string | null;

/**
 * The part a function belongs to: a package, the app's server bundle, Node
 * itself, or V8's own entries (GC, program). With `source`, a function in
 * the app's bundle is named by its original file: a package, or the app's own
 * file ("app: lib/domain/trend.ts").
 */
export function partOf(url: string, functionName: string, source?: string | null): string {
  if (source) {
    const original = decodeURIComponent(source)
      .replace(/^.*\[project\]\//, "")
      .replace(/^(\.\.\/)+/, "");
    return original.includes("node_modules/") ? partOf(`file:///${original}`, functionName) : `app: ${original}`;
  }
  if (!url) return `(${functionName.replace(/[()]/g, "") || "native"})`;
  if (url.startsWith("node:")) return "node";
  const modules = url.lastIndexOf("/node_modules/");
  if (modules >= 0) {
    const rest = decodeURIComponent(url.slice(modules + "/node_modules/".length)).split("/");
    const pkg = rest[0]!.startsWith("@") ? `${rest[0]}/${rest[1]}` : rest[0]!;
    // Next ships React's server renderer and its own runtime as prebuilt files: name the file.
    if (pkg === "next" && rest[1] === "dist") return `next: ${rest[rest.length - 1]}`;
    return pkg;
  }
  if (url.includes("/.next/server/")) return "app bundle (.next/server)";
  return "other";
}

const ms = (n: number) => `${(n / 1000).toFixed(0)} ms`;

/**
 * Self time per part and the top functions, as text; idle time is left out of
 * the shares. `window` (µs on the profile's clock: `process.hrtime.bigint() / 1000n`
 * in a process on the same machine) keeps only the samples taken inside it, so
 * a server's start-up does not count.
 */
export function summarize(
  profile: CpuProfile,
  file: string,
  { top = 12, window, sourceOf }: { top?: number; window?: { from: number; to: number }; sourceOf?: SourceOf } = {},
): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    at += delta;
    if (window && (at < window.from || at > window.to)) return;
    self.set(id, (self.get(id) ?? 0) + delta);
  });
  const parts = new Map<string, number>();
  const fns = new Map<string, number>();
  let busy = 0;
  for (const [id, us] of self) {
    const { functionName, url, lineNumber, columnNumber } = byId.get(id)!.callFrame;
    if (functionName === "(idle)") continue;
    busy += us;
    const part = partOf(url, functionName, url.includes("/.next/server/") ? sourceOf?.(url, lineNumber ?? 0, columnNumber ?? 0) : null);
    parts.set(part, (parts.get(part) ?? 0) + us);
    const fn = `${functionName || "(anonymous)"} ${url ? `${url.split("/").slice(-1)[0]}:${(lineNumber ?? 0) + 1}` : ""}`.trim();
    fns.set(fn, (fns.get(fn) ?? 0) + us);
  }
  const share = (us: number) => `${((100 * us) / Math.max(busy, 1)).toFixed(1)} %`;
  const lines = [`${file}: ${ms(busy)} busy`];
  for (const [part, us] of [...parts].sort((a, b) => b[1] - a[1]).slice(0, top)) lines.push(`  ${share(us).padStart(7)}  ${part}`);
  lines.push("  top functions (self time):");
  for (const [fn, us] of [...fns].sort((a, b) => b[1] - a[1]).slice(0, top)) lines.push(`  ${share(us).padStart(7)}  ${fn}`);
  return lines.join("\n");
}
