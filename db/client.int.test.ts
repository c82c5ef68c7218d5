import path from "node:path";
import { and, count, eq, isNull, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { isUniqueViolation } from "@/lib/data/db-errors";
import { dataDir } from "@/lib/env";
import { databaseKind, getDb, rowsOf } from "./client";
import { seedCatalog } from "./seed-catalog";
import { benchmarks, channels, organizations } from "./schema";

async function catalogCounts() {
  const db = getDb();
  const [ch] = await db.select({ n: count() }).from(channels).where(isNull(channels.orgId));
  const [bm] = await db.select({ n: count() }).from(benchmarks).where(isNull(benchmarks.orgId));
  return { channels: ch!.n, benchmarks: bm!.n };
}

async function defaultUplift(channelKey: string): Promise<number | undefined> {
  const [row] = await getDb()
    .select({ upliftPct: benchmarks.upliftPct })
    .from(benchmarks)
    .innerJoin(channels, eq(channels.id, benchmarks.channelId))
    .where(and(isNull(benchmarks.orgId), isNull(channels.orgId), eq(channels.key, channelKey)));
  return row?.upliftPct;
}

describe("database client", () => {
  it("uses PostgreSQL exactly when DATABASE_URL is set, each test file on its own database", async () => {
    const expected = process.env.DATABASE_URL ? "postgres" : "pglite";
    expect(databaseKind()).toBe(expected);
    const result: unknown = await getDb().execute(sql`select current_database() as name`);
    const rows = rowsOf<{ name: string }>(result);
    if (expected === "postgres") expect(rows[0]?.name).toMatch(/^maalbar_test_\d+_[0-9a-f]+$/);
    // The folder the client opened is the one this file's setup made.
    else expect(dataDir()).toBe(path.resolve(process.env.MAALBAR_DATA_DIR!));
  });

  it("has the shared catalogue seeded with the article's benchmarks", async () => {
    const counts = await catalogCounts();
    expect(counts.channels).toBeGreaterThanOrEqual(10);
    expect(counts.benchmarks).toBeGreaterThanOrEqual(10);
    expect(await defaultUplift("google_ads")).toBe(25);
    expect(await defaultUplift("email")).toBe(30);
  });

  it("seeds the catalogue idempotently (null org_id rows are not duplicated)", async () => {
    const before = await catalogCounts();
    await seedCatalog(getDb());
    expect(await catalogCounts()).toEqual(before);
  });

  it("raises a unique violation for a taken organization slug", async () => {
    const slug = `dup-${crypto.randomUUID()}`;
    await getDb().insert(organizations).values({ name: "First", slug });
    const error: unknown = await getDb()
      .insert(organizations)
      .values({ name: "Second", slug })
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(error).toBeDefined();
    expect(isUniqueViolation(error, "organizations_slug_unique")).toBe(true);
  });
});
