/**
 * The HTML each organization page sends for the bench organization, and the
 * part of it that is the serialized message catalog (issue 20: the dashboard
 * ≤ 45 kB; every page only the namespaces its client components read). It
 * also times `/login` and the dashboard one request at a time (CPU of the
 * server is what counts; the load average is printed beside).
 *
 *   npx tsx bench/page-html.ts --url postgres://…/maalbar_bench_1m_…  [--port 3108] [--save dir] [--pages-only]
 *
 * `--save dir` writes each page's HTML there; `--pages-only` skips the timings.
 *
 * Needs a build (`next build`) and a database kept by `bench/data/generate.ts --keep`.
 */
import { randomBytes } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import postgres from "postgres";
import { BENCH_EMAIL, BENCH_PASSWORD, BENCH_SLUG } from "./data/plan";
import { signIn } from "./nlw/http";
import { startServer } from "./nlw/server";

const args = process.argv.slice(2);
const arg = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const kB = (n: number) => `${(n / 1024).toFixed(1)} kB`;

/** The RSC payload's bytes: the `self.__next_f.push(…)` scripts that repeat the server-rendered tree for hydration. */
function payloadBytes(html: string): number {
  let total = 0;
  for (const m of html.matchAll(/<script[^>]*>self\.__next_f\.push\([\s\S]*?<\/script>/g)) total += m[0].length;
  return total;
}

/** Bytes of the messages NextIntlClientProvider serialized into the page (the RSC payload's "messages" objects). */
function messageBytes(html: string): number {
  let total = 0;
  for (const m of html.matchAll(/\\"messages\\":\{/g)) {
    let depth = 0;
    let i = m.index + m[0].length - 1;
    for (; i < html.length; i++) {
      if (html[i] === "{") depth++;
      else if (html[i] === "}" && --depth === 0) break;
    }
    total += i - m.index;
  }
  return total;
}

async function main() {
  const url = arg("--url");
  if (!url) throw new Error("--url postgres://… (a database kept by bench/data/generate.ts --keep)");
  const root = path.resolve(__dirname, "..");
  const server = await startServer(root, Number(arg("--port") ?? 3108), {
    DATABASE_URL: url,
    AUTH_SECRET: randomBytes(33).toString("base64"),
  });
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const cookie = await signIn(server.url, BENCH_EMAIL, BENCH_PASSWORD);
    const [goal] = await sql<{ id: string }[]>`
      select g.id from goals g join organizations o on o.id = g.org_id where o.slug = ${BENCH_SLUG} and g.status = 'active' limit 1`;
    const pages = ["", "/goals", `/goals/${goal!.id}`, "/measurements", "/benchmarks", "/reviews", "/notifications", "/team", "/channels"];
    const save = arg("--save");
    if (save) mkdirSync(save, { recursive: true });
    console.log(`page, HTML, gzipped, of which RSC payload, of which messages (load ${loadavg()[0]!.toFixed(1)})`);
    for (const page of pages) {
      const html = await (await fetch(`${server.url}/${BENCH_SLUG}${page}`, { headers: { cookie } })).text();
      console.log(
        `  /${BENCH_SLUG}${page}: ${kB(Buffer.byteLength(html))}, ${kB(gzipSync(html).length)}, ${kB(payloadBytes(html))}, ${kB(messageBytes(html))}`,
      );
      if (save) writeFileSync(path.join(save, `${page.replaceAll("/", "_") || "_dashboard"}.html`), html);
    }
    if (args.includes("--pages-only")) return;
    for (const [label, page, headers] of [
      ["/login", "/login", {}],
      ["dashboard", `/${BENCH_SLUG}`, { cookie }],
    ] as const) {
      const times: number[] = [];
      for (let i = 0; i < 40; i++) {
        const t0 = performance.now();
        await (await fetch(`${server.url}${page}`, { headers })).text();
        if (i >= 10) times.push(performance.now() - t0);
      }
      times.sort((a, b) => a - b);
      console.log(`  ${label}, one at a time: median ${times[15]!.toFixed(1)} ms (load ${loadavg()[0]!.toFixed(1)})`);
    }
  } finally {
    await sql.end();
    await server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
