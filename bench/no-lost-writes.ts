/**
 * No lost writes: many writers at once against a production server on
 * PostgreSQL, then a check in the database that every write the server
 * acknowledged is there exactly once and every write it refused is not.
 *
 *   npm run bench:writes -- --writers 50 --seconds 60     (or: npx tsx bench/no-lost-writes.ts …)
 *
 * Flags: --writers (50), --seconds (60), --port (3800), --instances (1). With
 * --instances 2 two `next start` on the same database (ports port, port+1)
 * sit behind bench/proxy.mjs (round robin, on port+2) and every writer goes
 * through it: no state may live in one instance. DATABASE_URL is the
 * server's admin URL (default postgres://postgres@127.0.0.1:5432/postgres):
 * the bench creates maalbar_nlw_<random> there, runs `next build` if there
 * is no .next, starts `next start` on it (which migrates), seeds two
 * organizations through lib/data, and drops the database at the end.
 *
 * What the writers do, all over real HTTP (bench/nlw/writers.ts):
 * - 40 %: POST /api/v1/measurements with a Bearer token, 1–5 new dates on
 *   the writer's own series; one batch in ten carries a date in the future,
 *   so the API must refuse the whole batch.
 * - 20 %: corrections of the same three (date, series) from several writers
 *   at once, through the same API.
 * - 20 %: meeting notes (the addNoteAction server action) while a chair per
 *   organization closes the meeting and opens the next every ~8 s; notes
 *   that reach a closed meeting must be refused.
 * - 20 %: goal edits (updateGoalAction): open the edit page, read the
 *   version in its form, save; a fifth of the saves send an older version on
 *   purpose, and every save racing another on the same goal may be stale:
 *   stale versions must be refused.
 *
 * Server actions are driven as React's client drives them: the action's id
 * in the `Next-Action` header, the form as encodeReply encodes it, the
 * session cookie from a real sign-in. The ids come from the build's
 * server-reference-manifest.json, the table the server itself routes them
 * by (bench/nlw/http.ts says why not scrape the JS). No route exists only
 * for the bench.
 */
import { randomBytes } from "node:crypto";
import os from "node:os";
import { parseArgs } from "node:util";
import { actionIds, signIn } from "./nlw/http";
import { startProxy } from "./lib/proxy";
import { buildIfMissing, createDatabase, type Server, startServer } from "./nlw/server";
import { seedOrg } from "./nlw/seed";
import { verify, type Tally } from "./nlw/verify";
import { type Entry, roleOf, runWriter } from "./nlw/writers";

const { values: flags } = parseArgs({
  options: {
    writers: { type: "string", default: "50" },
    seconds: { type: "string", default: "60" },
    port: { type: "string", default: "3800" },
    instances: { type: "string", default: "1" },
  },
});
const WRITERS = Number(flags.writers);
const SECONDS = Number(flags.seconds);
const PORT = Number(flags.port);
const INSTANCES = Number(flags.instances);
const adminUrl = process.env.DATABASE_URL || "postgres://postgres@127.0.0.1:5432/postgres";
const root = process.cwd();

const COLUMNS = ["acknowledged", "refused", "unknown", "lost", "duplicated", "refused-but-present"];

function row(name: string, t: Tally): string {
  const cells = [t.acknowledged, t.refused, t.unknown, t.lost, t.duplicated, t.refusedButPresent].map((n, i) =>
    String(n).padStart(COLUMNS[i]!.length + 2),
  );
  return `${name.padEnd(12)}${cells.join("")}`;
}

async function main(): Promise<number> {
  if (!(WRITERS >= 10 && SECONDS > 0)) throw new Error("--writers must be at least 10 (one chair per organization) and --seconds positive");
  if (!(INSTANCES >= 1 && INSTANCES <= 4)) throw new Error("--instances must be 1 to 4");
  buildIfMissing(root);
  const ids = actionIds(root);
  const db = await createDatabase(adminUrl);
  // Set before the app's modules load: db/client and lib/env read them once.
  process.env.DATABASE_URL = db.url;
  process.env.AUTH_SECRET = randomBytes(33).toString("base64");
  const servers: Server[] = [];
  let proxy: Server | undefined;
  const { closeDb } = await import("@/db/client");
  try {
    // One after the other: each migrates the database at start-up.
    for (let i = 0; i < INSTANCES; i++)
      servers.push(await startServer(root, PORT + i, { DATABASE_URL: db.url, AUTH_SECRET: process.env.AUTH_SECRET }));
    if (INSTANCES > 1)
      proxy = await startProxy(
        root,
        PORT + INSTANCES,
        servers.map((_, i) => `127.0.0.1:${PORT + i}`),
      );
    const server = proxy ?? servers[0]!;
    const { todayIn } = await import("@/lib/format");
    const { addDays } = await import("@/lib/domain/dates");
    const today = todayIn("Europe/Oslo");
    const orgs = [await seedOrg(0, Math.ceil(WRITERS / 2), today), await seedOrg(1, Math.ceil(WRITERS / 2), today)];
    const sessions = new Map<string, string>();
    for (const person of orgs.flatMap((o) => o.people))
      sessions.set(person.email, await signIn(server.url, person.email, "nlw-bryllupskake-2026"));
    const stage = { base: server.url, orgs, ids, today, tomorrow: addDays(today, 1)!, sessions };

    const roles = Array.from({ length: WRITERS }, (_, i) => roleOf(i));
    const count = (r: string) => roles.filter((x) => x === r).length;
    const where = proxy ? `bench/proxy.mjs on ${proxy.url} over ${INSTANCES} next start` : `next start on ${server.url}`;
    console.log(`no-lost-writes: ${WRITERS} writers × ${SECONDS} s against ${where}, PostgreSQL database ${db.name}`);
    console.log(
      `writers: ${count("api")} API batches, ${count("correct")} corrections of 3 shared dates, ${count("note")} notes, ${count("goal")} goal edits, ${count("chair")} chairs`,
    );
    const log: Entry[] = [];
    const started = performance.now();
    const deadline = Date.now() + SECONDS * 1000;
    await Promise.all(roles.map((_, i) => runWriter(i, stage, deadline, log)));
    const elapsed = (performance.now() - started) / 1000;

    const verdict = await verify(
      db.url,
      log,
      orgs.map((o) => o.slug),
    );
    const meetings = log.filter((e) => e.kind === "meeting");
    console.log(
      `ran ${elapsed.toFixed(1)} s on ${os.cpus().length} cores (${os.cpus()[0]?.model ?? "cpu"}), Node ${process.version}, ${new Date().toISOString()}`,
    );
    console.log(
      `${log.length - meetings.length} logged writes (${((log.length - meetings.length) / elapsed).toFixed(0)}/s); meetings closed and reopened: ${meetings.filter((e) => e.outcome === "ack").length}`,
    );
    console.log(`${"".padEnd(12)}${COLUMNS.map((h) => h.padStart(h.length + 2)).join("")}`);
    for (const [kind, t] of Object.entries(verdict.byKind)) console.log(row(kind, t));
    console.log(row("total", verdict.total));
    const unknown = log.filter((e) => e.outcome === "unknown").slice(0, 5);
    for (const e of unknown) console.log(`unknown outcome: ${e.kind} ${e.marker}: ${e.detail}`);
    for (const p of verdict.problems.slice(0, 20)) console.log(`PROBLEM: ${p}`);
    if (verdict.problems.length > 20) console.log(`… and ${verdict.problems.length - 20} more problems`);
    if (proxy) {
      await proxy.stop();
      console.log(proxy.output().match(/requests per backend: .*/)?.[0] ?? "the proxy did not report its requests per backend");
    }
    const { lost, duplicated, refusedButPresent } = verdict.total;
    console.log(`acknowledged ${verdict.total.acknowledged}, refused ${verdict.total.refused}, lost ${lost}, duplicated ${duplicated}`);
    return lost + duplicated + refusedButPresent + verdict.problems.length > 0 ? 1 : 0;
  } catch (error) {
    for (const server of servers) console.error(server.output().slice(-4000));
    throw error;
  } finally {
    await proxy?.stop();
    for (const server of servers) await server.stop();
    await closeDb();
    await db.drop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);
