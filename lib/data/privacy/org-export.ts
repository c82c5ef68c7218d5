import { and, asc, eq, getTableColumns, getTableName, gt, isNull, or, type SQL } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import { Zip, ZipDeflate } from "fflate";
import { getDb, type Queryable } from "@/db/client";
import * as s from "@/db/schema/index";
import { exportLine } from "@/lib/domain/data-export";
import { log } from "@/lib/log";
import { recordAudit } from "@/lib/data/audit";
import type { TenantContext } from "../context";

/**
 * The whole organization as a ZIP: one CSV per table and organization.json.
 * Read a page at a time and compressed as it streams, so memory holds one
 * page and fflate's window however large the history. Secrets (token hashes)
 * never leave; people appear in members.csv with their names and addresses.
 */
const PAGE_SIZE = 2000;
const BOM = "\uFEFF";

/** Columns never exported: hashes of tokens are credentials, not data. */
const SECRET_COLUMNS = new Set(["tokenHash", "passwordHash"]);

type Part = { file: string; table: PgTable; orgColumn: PgColumn; id: PgColumn; shared?: boolean };
const part = (file: string, table: PgTable & { orgId: PgColumn; id: PgColumn }, shared = false): Part => ({
  file,
  table,
  orgColumn: table.orgId,
  id: table.id,
  shared,
});

/** What the archive holds, in the order a reader meets it; `shared`: the catalogue's rows (no organization) too. */
const PARTS: Part[] = [
  part("channels.csv", s.channels, true),
  part("metrics.csv", s.metrics, true),
  part("benchmarks.csv", s.benchmarks),
  part("objectives.csv", s.objectives),
  part("goals.csv", s.goals),
  part("goal_revisions.csv", s.goalRevisions),
  part("measurements.csv", s.kpiSnapshots),
  part("measurement_history.csv", s.kpiSnapshotHistory),
  part("imports.csv", s.imports),
  part("import_presets.csv", s.importPresets),
  part("meetings.csv", s.reviewMeetings),
  part("meeting_attendees.csv", s.reviewAttendees),
  part("meeting_goals.csv", s.reviewItems),
  part("notes.csv", s.reviewNotes),
  part("action_items.csv", s.actionItems),
  part("budgets.csv", s.channelBudgets),
  part("one_off_costs.csv", s.oneOffCosts),
  part("result_metrics.csv", s.channelResultMetrics),
  part("invitations.csv", s.invitations),
  part("api_tokens.csv", s.apiTokens),
  part("audit_log.csv", s.auditEvents),
];

type Column = { key: string; name: string; text: boolean };

function columnsOf(table: PgTable): Column[] {
  return Object.entries(getTableColumns(table))
    .filter(([key]) => !SECRET_COLUMNS.has(key))
    .map(([key, column]) => ({ key, name: column.name, text: column.columnType === "PgText" }));
}

/** The lines of one table, a page at a time, keyset-paged on its primary key. */
async function* tableLines(db: Queryable, ctx: TenantContext, p: Part, pageSize: number): AsyncGenerator<{ text: string; rows: number }> {
  const columns = columnsOf(p.table);
  const texts = columns.map((c) => c.text);
  yield { text: `${BOM}${columns.map((c) => c.name).join(";")}\r\n`, rows: 0 };
  const scope: SQL | undefined = p.shared ? or(eq(p.orgColumn, ctx.orgId), isNull(p.orgColumn)) : eq(p.orgColumn, ctx.orgId);
  let after: unknown = null;
  // Bounded: each page moves past its last id, and a table holds finitely many rows.
  for (;;) {
    const rows: Record<string, unknown>[] = await db
      .select()
      .from(p.table)
      .where(and(scope, after === null ? undefined : gt(p.id, after)))
      .orderBy(asc(p.id))
      .limit(pageSize);
    if (rows.length)
      yield {
        text: rows
          .map((row) =>
            exportLine(
              columns.map((c) => row[c.key]),
              texts,
            ),
          )
          .join(""),
        rows: rows.length,
      };
    if (rows.length < pageSize) return;
    after = rows.at(-1)!.id;
  }
}

async function members(db: Queryable, ctx: TenantContext) {
  return db
    .select({ name: s.users.name, email: s.users.email, role: s.memberships.role, joinedAt: s.memberships.createdAt })
    .from(s.memberships)
    .innerJoin(s.users, eq(s.users.id, s.memberships.userId))
    .where(eq(s.memberships.orgId, ctx.orgId))
    .orderBy(asc(s.users.name));
}

/** The archive's files as they are written: each yield is one piece of one file. */
async function* archiveFiles(
  db: Queryable,
  ctx: TenantContext,
  pageSize: number,
): AsyncGenerator<{ file: string; text: string; last: boolean }> {
  const [org] = await db.select().from(s.organizations).where(eq(s.organizations.id, ctx.orgId));
  const people = await members(db, ctx);
  const header = "name;email;role;joined_at\r\n";
  const lines = people.map((m) => exportLine([m.name, m.email, m.role, m.joinedAt], [true, true, false, false]));
  yield { file: "members.csv", text: BOM + header + lines.join(""), last: true };
  const counts: Record<string, number> = { "members.csv": people.length };
  for (const p of PARTS) {
    counts[p.file] = 0;
    for await (const { text, rows } of tableLines(db, ctx, p, pageSize)) {
      counts[p.file] = (counts[p.file] ?? 0) + rows;
      yield { file: p.file, text, last: false };
    }
    yield { file: p.file, text: "", last: true };
  }
  const about = {
    exportedAt: new Date().toISOString(),
    organization: org,
    tables: Object.fromEntries(PARTS.map((p) => [p.file, getTableName(p.table)])),
    rows: counts,
    format: "CSV: semicolon-separated, UTF-8 with BOM, times in ISO 8601 (UTC); ids link the files together.",
  };
  yield { file: "organization.json", text: JSON.stringify(about, null, 2), last: true };
}

/**
 * The organization's data as a ZIP byte stream. Pull-driven: the next page is
 * read only when the reader wants more bytes, so a slow download never piles
 * pages up in memory.
 */
export function organizationArchive(ctx: TenantContext, db: Queryable = getDb(), pageSize = PAGE_SIZE): ReadableStream<Uint8Array> {
  const ready: Uint8Array[] = [];
  let finished = false;
  let failed: Error | null = null;
  const zip = new Zip((error, chunk, final) => {
    if (error) failed = error;
    else ready.push(chunk);
    if (final) finished = true;
  });
  const files = archiveFiles(db, ctx, pageSize);
  const encoder = new TextEncoder();
  let open: { name: string; entry: ZipDeflate } | null = null;
  let ended = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        while (!ready.length && !ended && !failed) {
          const next = await files.next();
          if (next.done) {
            ended = true;
            zip.end();
            break;
          }
          const { file, text, last } = next.value;
          if (open?.name !== file) {
            open = { name: file, entry: new ZipDeflate(file, { level: 6 }) };
            zip.add(open.entry);
          }
          open.entry.push(encoder.encode(text), last);
        }
        if (failed) throw failed;
        if (ready.length) controller.enqueue(ready.length === 1 ? ready.pop()! : concat(ready.splice(0)));
        else if (finished) controller.close();
      } catch (error) {
        log.error({ err: error }, "organization export failed");
        controller.error(error);
      }
    },
    async cancel() {
      zip.terminate();
      await files.return(undefined);
    },
  });
}

function concat(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** Notes in the audit log that someone downloaded everything: owners see who took a copy, and when. */
export async function recordOrganizationExport(ctx: TenantContext, db: Queryable = getDb()): Promise<void> {
  await recordAudit(db, ctx, "organization.exported", { type: "organization", id: ctx.orgId });
}
