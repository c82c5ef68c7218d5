import { type ChildProcess, spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { createInterface } from "node:readline";
import { Readable } from "node:stream";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb, rowsOf } from "@/db/client";
import { auditEvents, kpiSnapshotHistory, kpiSnapshots } from "@/db/schema";
import { makeTeam } from "@/test/fixtures";
import { todayIn } from "@/lib/format";
import { addCustomMetric, channelCatalog } from "@/lib/data/benchmarks";
import { commitImport } from "./csv-import";

/**
 * An import killed half-way leaves nothing of itself. commitImport writes the
 * whole file in one transaction; here a 200,000-row import runs in a child
 * process (the real commit path, test/csv-import-child.ts), is killed
 * with SIGKILL once it has written batches inside its transaction, and the
 * database is then read back. PostgreSQL only: the child and the test share
 * a server, which PGlite (one process owns its folder) cannot.
 */
const ROWS = 200_000;
// Vitest runs from the project root, where tsx resolves the "@/" paths.
const root = process.cwd();
const appName = `maalbar-kill-${randomUUID().slice(0, 8)}`;
let child: ChildProcess | undefined;

afterAll(() => {
  if (child && child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
});

describe.runIf(process.env.DATABASE_URL)("a CSV import killed while it writes", () => {
  let team: Awaited<ReturnType<typeof makeTeam>>;
  let ctx: { orgId: string; userId: string; role: "owner" };
  let channelKey: string;
  let metricKeys: string[];
  const today = todayIn("Europe/Oslo");
  const stored = () => getDb().$count(kpiSnapshots, eq(kpiSnapshots.orgId, team.org.id));
  const backends = async () =>
    rowsOf<{ pid: number; state: string; in_transaction: boolean }>(
      await getDb().execute(
        sql`select pid, state, xact_start is not null as in_transaction from pg_stat_activity where application_name = ${appName}`,
      ),
    );

  beforeAll(async () => {
    team = await makeTeam();
    ctx = { orgId: team.org.id, userId: team.memberId, role: "owner" };
    const web = (await channelCatalog(ctx)).find((c) => c.key === "website")!;
    for (let i = 0; i < 10; i++)
      await addCustomMetric(getDb(), ctx, { channelId: web.id, name: `Avbrutt import ${i}`, unit: "count", direction: "increase" });
    channelKey = web.key;
    metricKeys = (await channelCatalog(ctx))
      .find((c) => c.id === web.id)!
      .metrics.filter((m) => m.custom)
      .map((m) => m.key);
  });

  it("leaves no row, no history, no event and no lock behind, and the next import works", { timeout: 120_000 }, async () => {
    child = spawn(
      process.execPath,
      ["--import", "tsx", "test/csv-import-child.ts", ctx.orgId, ctx.userId, channelKey, JSON.stringify(metricKeys), String(ROWS), today],
      {
        cwd: root,
        env: { ...process.env, PGAPPNAME: appName, LOG_LEVEL: "silent", DATABASE_POOL_SIZE: "2" },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let stderr = "";
    child.stderr!.on("data", (c: Buffer) => (stderr += c.toString()));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child!.once("exit", (code, signal) => resolve({ code, signal })),
    );

    // "Writing started": three batches (3,000 rows) are in the import's open transaction.
    let written = 0;
    for await (const line of createInterface({ input: child.stdout! })) {
      const message = JSON.parse(line) as { progress?: number; done?: unknown };
      expect(message.done, "the import must still be running when it is killed").toBeUndefined();
      written = message.progress ?? 0;
      if (written >= 3000) break;
    }
    expect(written, stderr).toBeGreaterThanOrEqual(3000);
    const [during] = await backends();
    expect(during).toMatchObject({ in_transaction: true });
    // What it has written so far is invisible to everyone else: nothing is committed batch by batch.
    expect(await stored()).toBe(0);

    child.kill("SIGKILL");
    expect(await exited).toEqual({ code: null, signal: "SIGKILL" });
    // The server notices the closed connection and rolls the transaction back.
    const deadline = Date.now() + 60_000;
    while ((await backends()).length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    expect(await backends()).toEqual([]);

    expect(await stored()).toBe(0);
    expect(await getDb().$count(kpiSnapshotHistory, eq(kpiSnapshotHistory.orgId, team.org.id))).toBe(0);
    expect(
      await getDb().$count(auditEvents, and(eq(auditEvents.orgId, team.org.id), eq(auditEvents.action, "measurements.imported"))),
    ).toBe(0);
    // No lock survives the dead import: its series' advisory locks went with its session.
    const locks = rowsOf<{ n: number }>(
      await getDb().execute(
        sql`select count(*)::int as n from pg_locks l join pg_stat_activity a on a.pid = l.pid where a.application_name = ${appName}`,
      ),
    );
    expect(locks[0]!.n).toBe(0);

    // Consistent: the same series take a new import at once, and it commits whole.
    const again = await commitImport(
      ctx,
      Readable.from([`dato;kanal;måltall;verdi\n${today.split("-").reverse().join(".")};${channelKey};${metricKeys[0]};42\n`]),
      today,
    );
    expect(again).toMatchObject({ rows: 1, created: 1 });
    expect(await stored()).toBe(1);
    expect(
      await getDb().$count(auditEvents, and(eq(auditEvents.orgId, team.org.id), eq(auditEvents.action, "measurements.imported"))),
    ).toBe(1);
  });
});
