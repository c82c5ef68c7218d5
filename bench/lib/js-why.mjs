// Where a route's first-load JavaScript comes from: each chunk's gzipped size
// spread over the source files it was built from, in proportion to the
// characters each source produced in the chunk (its source map says which).
// Used by `node bench/js-budget.mjs --why` on a build made with browser source
// maps (MAALBAR_BROWSER_SOURCE_MAPS=1 npm run build).
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { SourceMapConsumer } from "source-map-js";

/** Turbopack names sources "turbopack:///[project]/components/x.tsx"; the project-relative path. */
export function plainSource(source) {
  return source
    .replace(/^turbopack:\/\/\/\[project\]\//, "")
    .replace(/^webpack:\/\/[^/]*\//, "")
    .replace(/^\.\//, "");
}

/** The part of the stack a source belongs to. */
export function partOf(source) {
  if (/^turbopack:\/\/\/\[turbopack\]/.test(source)) return "framework";
  const plain = plainSource(source);
  if (/(^|\/)node_modules\/(next|react|react-dom|scheduler|@swc\/helpers)\//.test(plain)) return "framework";
  if (/(^|\/)node_modules\/(next-intl|use-intl|@formatjs)\//.test(plain)) return "translations";
  if (/(^|\/)node_modules\//.test(plain)) return "packages";
  return "maalbar";
}

/**
 * One chunk's gzipped bytes spread over its sources: a Map from source to
 * bytes. Characters no mapping covers (the gaps between modules) are left out,
 * so the parts add up to a little less than the chunk.
 */
export function chunkSources(code, map, gzipBytes) {
  const consumer = new SourceMapConsumer(map);
  const lines = code.split("\n");
  const chars = new Map();
  let previous = null;
  const add = (source, n) => n > 0 && source && chars.set(source, (chars.get(source) ?? 0) + n);
  consumer.eachMapping(
    (m) => {
      if (previous) {
        const end = previous.line === m.generatedLine ? m.generatedColumn : (lines[previous.line - 1]?.length ?? 0);
        add(previous.source, end - previous.column);
      }
      previous = { line: m.generatedLine, column: m.generatedColumn, source: m.source };
    },
    null,
    SourceMapConsumer.GENERATED_ORDER,
  );
  if (previous) add(previous.source, (lines[previous.line - 1]?.length ?? 0) - previous.column);
  const perChar = code.length ? gzipBytes / code.length : 0;
  return new Map([...chars].map(([source, n]) => [source, n * perChar]));
}

/** The map a built chunk names in its last line (`//# sourceMappingURL=…`), or null when it was built without. */
function readChunkMap(file) {
  const code = readFileSync(file, "utf8");
  const url = code.match(/\/\/# sourceMappingURL=(\S+)\s*$/)?.[1];
  if (!url || url.startsWith("data:")) return null;
  const mapFile = path.join(path.dirname(file), url);
  return existsSync(mapFile) ? { code, map: JSON.parse(readFileSync(mapFile, "utf8")) } : null;
}

/**
 * Routes' sources: `routes` are [{ route, chunkBytes: { url: gzipBytes } }],
 * `fileOf` turns a chunk URL into its file. Returns per route a Map from
 * source to bytes, or null for a route with a chunk that has no source map.
 */
function routeSources(routes, fileOf) {
  const perChunk = new Map();
  const sourcesOf = (url, gzipBytes) => {
    if (!perChunk.has(url)) {
      const built = readChunkMap(fileOf(url));
      perChunk.set(url, built ? chunkSources(built.code, built.map, gzipBytes) : null);
    }
    return perChunk.get(url);
  };
  return routes.map((r) => {
    const total = new Map();
    for (const [url, bytes] of Object.entries(r.chunkBytes ?? {})) {
      const sources = sourcesOf(url, bytes);
      if (!sources) return { route: r.route, sources: null };
      for (const [source, n] of sources) total.set(source, (total.get(source) ?? 0) + n);
    }
    return { route: r.route, sources: total };
  });
}

/**
 * What a route's first load is made of: the framework, the translations,
 * other packages, Målbar's code that every signed-in page loads (its shell:
 * sources in all of `shellOf`, the organization pages), and the route's own Målbar code, with its
 * largest sources.
 */
export function explainRoute(sources, shellOf, top = 12) {
  const shell = new Set(
    [...(shellOf[0] ?? new Map()).keys()].filter((source) => shellOf.every((other) => other.has(source)) && partOf(source) === "maalbar"),
  );
  const parts = { framework: 0, translations: 0, packages: 0, shell: 0, own: 0 };
  const own = [];
  for (const [source, bytes] of sources) {
    const part = partOf(source);
    if (part !== "maalbar") parts[part] += bytes;
    else if (shell.has(source)) parts.shell += bytes;
    else {
      parts.own += bytes;
      own.push([plainSource(source), bytes]);
    }
  }
  own.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return { parts, own: own.slice(0, top), shell: [...shell].map(plainSource).sort() };
}

const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;

/**
 * The report `--why` prints: for every route over its budget, what its first
 * load is made of, beside the floor app's whole first load. Lines of text.
 */
export function whyReport(rows, fileOf, floorBytes) {
  const measured = rows.filter((r) => r.gzipBytes != null);
  const explained = routeSources(measured, fileOf);
  if (explained.some((r) => r.sources === null))
    return [
      "--why needs a build with browser source maps: MAALBAR_BROWSER_SOURCE_MAPS=1 npm run build (sizes then include each chunk's map comment).",
    ];
  // The shell: what every organization page loads.
  const orgPages = explained.filter((r) => r.route.startsWith("/[org]")).map((r) => r.sources);
  const lines = [`\nWhere the first load goes (the floor app loads ${kB(floorBytes)} in all):`];
  for (const row of measured.filter((r) => r.withinBudget === false)) {
    const { parts, own } = explainRoute(explained.find((e) => e.route === row.route).sources, orgPages);
    lines.push(
      `\n${row.route}: ${kB(row.gzipBytes)}, over its budget by ${kB(row.gzipBytes - row.budgetBytes)}`,
      `  Next.js and React ${kB(parts.framework)}, next-intl ${kB(parts.translations)}, other packages ${kB(parts.packages)}`,
      `  Målbar's code on every organization page ${kB(parts.shell)}, this page's own ${kB(parts.own)}:`,
      ...own.map(([source, bytes]) => `    ${kB(bytes).padStart(8)}  ${source}`),
    );
  }
  return lines;
}
