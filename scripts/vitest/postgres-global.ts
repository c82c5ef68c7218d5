import { randomBytes } from "node:crypto";
import postgres from "postgres";
import type { TestProject } from "vitest/node";
import { migrateOnce, TEST_AUTH_SECRET } from "./shared";

/** Runs `statement` over a short-lived connection to the server's admin database. */
async function admin(adminUrl: string, statement: string): Promise<void> {
  const sql = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    await sql.unsafe(statement);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/**
 * Creates one throw-away database for the int-postgres run and drops it
 * afterwards, so tests never write to a database anybody else uses.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) throw new Error("int-postgres needs DATABASE_URL, the server's admin URL (postgres://postgres@127.0.0.1:5432/postgres).");
  const name = `maalbar_test_${Date.now()}_${randomBytes(3).toString("hex")}`;
  await admin(adminUrl, `create database "${name}"`);

  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  // Migrated and seeded once here; each file only opens it (shared.ts).
  migrateOnce({ DATABASE_URL: url.toString(), AUTH_SECRET: TEST_AUTH_SECRET });
  project.provide("testDatabaseUrl", url.toString());

  // FORCE ends connections a crashed worker may have left open.
  return () => admin(adminUrl, `drop database if exists "${name}" with (force)`);
}
