/**
 * CSV import benchmark: 100,000 rows through previewImport, commitImport and
 * the export, then the platform import (five sources' files through
 * previewFileImport and commitFileImport, bench/platform-sizes.ts) at 1, 2 and
 * 4 years, on a throw-away PostgreSQL database.
 *
 *   npm run bench:csv            (or: npx tsx bench/csv-import.ts)
 *
 * DATABASE_URL is the server's admin URL (default
 * postgres://postgres@127.0.0.1:5432/postgres); the bench creates
 * maalbar_bench_<random> there and drops it at the end. BENCH_ROWS changes
 * the row count, BENCH_PLATFORM_ONLY=1 leaves out the 100,000-row CSV part,
 * BENCH_PLATFORM_YEARS="1,2,4" the platform sizes. Figures go in docs/PERFORMANCE.md.
 */
import { randomBytes } from "node:crypto";
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { once } from "node:events";
import postgres from "postgres";
import { CHANNEL_CATALOG } from "@/lib/domain/catalog";
import { benchImportParse } from "./import-parse";
import { benchPlatformImport } from "./platform-sizes";

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const adminUrl = process.env.DATABASE_URL || "postgres://postgres@127.0.0.1:5432/postgres";

/** 10 channels × all their recorded metrics × consecutive days, as Norwegian Excel saves it: `;`, decimal comma, dd.mm.yyyy. */
async function writeFile(file: string): Promise<void> {
  // Every metric a person records (a figure computed from money, such as ROAS, is never recorded); a count is whole.
  const series = CHANNEL_CATALOG.slice(0, 10).flatMap((c) =>
    c.metrics
      .filter((m) => !m.derivation)
      .map((m) => ({ channel: c.nb, metric: m.nb, whole: m.unit === "count" && m.kind !== "rate", share: m.unit === "percent" })),
  );
  const days = Math.ceil(ROWS / series.length);
  const out = createWriteStream(file);
  out.write("\uFEFFDato;Kanal;Måltall;Verdi;Notat\r\n");
  const start = Date.UTC(2024, 0, 1) - days * 86_400_000;
  for (let i = 0; i < ROWS; i++) {
    const s = series[i % series.length]!;
    const d = new Date(start + Math.floor(i / series.length) * 86_400_000);
    const date = `${String(d.getUTCDate()).padStart(2, "0")}.${String(d.getUTCMonth() + 1).padStart(2, "0")}.${d.getUTCFullYear()}`;
    // A share stays within 100 %.
    const value = s.whole
      ? String(1000 + (i % 9973))
      : s.share
        ? (10 + (i % 80) * 1.05).toFixed(2).replace(".", ",")
        : (1000 + (i % 9973) * 1.25).toFixed(2).replace(".", ",");
    const note = i % 50 === 0 ? "Kampanjeuke; nytt innhold" : "";
    if (!out.write(`${date};${s.channel};${s.metric};${value};${note ? `"${note}"` : ""}\r\n`)) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
}

async function admin(statement: string): Promise<void> {
  const sql = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    await sql.unsafe(statement);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/** Runs `work` while sampling the RSS every 50 ms; returns seconds and the peak in MB. */
async function measure<T>(work: () => Promise<T>): Promise<{ result: T; seconds: number; peakMb: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const started = performance.now();
  try {
    const result = await work();
    return { result, seconds: (performance.now() - started) / 1000, peakMb: Math.max(peak, process.memoryUsage().rss) / 1024 / 1024 };
  } finally {
    clearInterval(timer);
  }
}

async function main() {
  await benchImportParse();
  if (process.env.BENCH_PARSE_ONLY) return;
  const dir = mkdtempSync(path.join(os.tmpdir(), "maalbar-bench-"));
  const file = path.join(dir, "maalinger.csv");
  const name = `maalbar_bench_${randomBytes(4).toString("hex")}`;
  await admin(`create database "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  // Set before the app's modules load: db/client reads it once.
  process.env.DATABASE_URL = url.toString();
  const { closeDb } = await import("@/db/client");
  try {
    const { migrateDatabase } = await import("@/db/migrate");
    await migrateDatabase();
    if (!process.env.BENCH_PLATFORM_ONLY) await benchCsvImport(file, name);
    await benchPlatformImport(process.cwd(), url.toString());
  } finally {
    await closeDb();
    await admin(`drop database if exists "${name}" with (force)`);
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The 100,000-row CSV file through preview, commit, the same commit again and the export. */
async function benchCsvImport(file: string, name: string) {
  await writeFile(file);
  console.log(`file: ${ROWS} rows, ${(statSync(file).size / 1024 / 1024).toFixed(1)} MB`);
  const { registerAccount } = await import("@/lib/data/accounts");
  const { commitImport, previewImport } = await import("@/lib/data/csv");
  const { limitBytes } = await import("@/lib/data/csv");
  const { measurementsCsv } = await import("@/lib/data/csv");
  const { getDb } = await import("@/db/client");
  const { userId, slug } = await registerAccount({
    name: "Bench",
    email: `bench-${name}@maalbar.no`,
    password: "bryllupskake-2026",
    locale: "nb",
    organizationName: "Benkebakeriet",
    emailVerified: true,
  });
  const org = await getDb().query.organizations.findFirst({ where: (o, { eq }) => eq(o.slug, slug) });
  const ctx = { orgId: org!.id, userId, role: "owner" as const };
  // The same paths as the route: preview reads the request's web stream through the byte
  // limit; commit reads the upload after it was spooled to a file.
  const upload = () => limitBytes(Readable.toWeb(createReadStream(file)) as unknown as ReadableStream<Uint8Array>, 20 * 1024 * 1024);
  const spooled = () => createReadStream(file);
  const today = "2026-11-26";
  const baseline = process.memoryUsage().rss / 1024 / 1024;

  const preview = await measure(() => previewImport(ctx, upload(), today));
  if (preview.result.problemCount) throw new Error(`unexpected problems: ${JSON.stringify(preview.result.problems.slice(0, 3))}`);
  const commit = await measure(() => commitImport(ctx, spooled(), today));
  const again = await measure(() => commitImport(ctx, spooled(), today));
  const exported = await measure(async () => {
    let bytes = 0;
    for await (const chunk of (await measurementsCsv(ctx, {})) as unknown as AsyncIterable<Uint8Array>) bytes += chunk.byteLength;
    return bytes;
  });

  const line = (label: string, m: { seconds: number; peakMb: number }) =>
    console.log(
      `${label.padEnd(28)} ${m.seconds.toFixed(2).padStart(6)} s  ${Math.round(ROWS / m.seconds)
        .toLocaleString("en")
        .padStart(8)} rows/s  peak RSS ${m.peakMb.toFixed(0)} MB`,
    );
  // The load average says whether other work shared the cores: figures from a busy machine are not comparable.
  const load = os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(" ");
  console.log(
    `machine: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? "?"}), node ${process.version}, load ${load}; RSS before: ${baseline.toFixed(0)} MB`,
  );
  line("previewImport", preview);
  line("commitImport (new rows)", commit);
  line("commitImport (same again)", again);
  line("export (stream, 5,000/page)", exported);
  console.log(
    `commit: ${JSON.stringify(commit.result)}; re-import: ${JSON.stringify(again.result)}; export ${(exported.result / 1024 / 1024).toFixed(1)} MB`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
