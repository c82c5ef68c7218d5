import { sql } from "drizzle-orm";
import { getDb, rowsOf } from "@/db/client";

/**
 * Row counts and a content hash of everything the given organizations own:
 * every table with an org_id column (found in the catalog, so a new tenant
 * table is covered the day it is added), the organizations themselves and
 * their members' user rows, plus the shared catalogue (org_id null).
 * Other test files share the PostgreSQL database, so only these
 * organizations' rows are read.
 */
export type Snapshot = Record<string, { rows: number; md5: string }>;

/** Bookkeeping that a legitimate read updates: a token's last use (at most once a minute). */
const VOLATILE: Record<string, string[]> = { api_tokens: ["last_used_at"] };
/** The shared catalogue is upserted (updated_at = now()) whenever a test file migrates its database. */
const SHARED_VOLATILE = ["updated_at"];

type Row = Record<string, unknown>;

let tenantTables: Promise<{ table: string; nullable: boolean }[]> | undefined;

/** Every table of the schema with an org_id column, and whether it holds shared (null org_id) rows. */
function tablesWithOrgId(): Promise<{ table: string; nullable: boolean }[]> {
  tenantTables ??= getDb()
    .execute(
      sql`select table_name, is_nullable from information_schema.columns
          where column_name = 'org_id' and table_schema = current_schema() order by table_name`,
    )
    .then((r) => rowsOf<Row>(r).map((row) => ({ table: String(row.table_name), nullable: row.is_nullable === "YES" })));
  return tenantTables;
}

function digest(table: string, where: ReturnType<typeof sql>, ignore: string[]) {
  const json = ignore.length
    ? sql`(to_jsonb(t) - ${sql.raw(`array[${ignore.map((c) => `'${c}'`).join(",")}]`)})::text`
    : sql`to_jsonb(t)::text`;
  return getDb().execute(sql`
    select count(*)::int as rows, coalesce(md5(string_agg(${json}, '|' order by ${json})), '') as md5
    from ${sql.identifier(table)} t where ${where}`);
}

export async function snapshot(orgIds: string[]): Promise<Snapshot> {
  if (!orgIds.length) throw new Error("snapshot of no organization");
  const ids = sql`(${sql.join(
    orgIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  )})`;
  const out: Snapshot = {};
  const read = async (name: string, query: Promise<unknown>) => {
    const [row] = rowsOf<Row>(await query);
    out[name] = { rows: Number(row!.rows), md5: String(row!.md5) };
  };
  for (const { table, nullable } of await tablesWithOrgId()) {
    await read(table, digest(table, sql`t.org_id in ${ids}`, VOLATILE[table] ?? []));
    if (nullable) await read(`${table} (shared)`, digest(table, sql`t.org_id is null`, SHARED_VOLATILE));
  }
  await read("organizations", digest("organizations", sql`t.id in ${ids}`, []));
  await read("users", digest("users", sql`t.id in (select m.user_id from memberships m where m.org_id in ${ids})`, []));
  return out;
}
