import { readFileSync } from "node:fs";
import path from "node:path";
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { benchmarks, channels, metrics } from "@/db/schema/index";
import { channelCatalog } from "@/lib/data/benchmarks";
import { makeTeam, unique } from "@/test/fixtures";

/** The hand-written UPDATE of migration 0013, limited to one organization's rows. */
function mappingFor(orgId: string): string {
  const file = readFileSync(path.join(process.cwd(), "db/migrations/0013_metric_benchmarks.sql"), "utf8");
  const update = file
    .slice(file.indexOf("-- hand-written:"))
    .split("--> statement-breakpoint")
    .map((s) => s.trim())
    .find((s) => s.includes('UPDATE "benchmarks"'));
  expect(update).toBeDefined();
  // Comments first, then the statement: keep the statement, with the organization's WHERE.
  const statement = update!.slice(update!.indexOf("UPDATE")).replace(/;\s*$/, "");
  return `${statement} WHERE b."org_id" = '${orgId}'`;
}

const row = (orgId: string, channelId: string, metricId: string, upliftPct: number) => ({
  orgId,
  channelId,
  metricId,
  upliftPct,
  typicalGoalNb: "Eget",
  typicalGoalEn: "Own",
  source: "Test",
});

describe("migration 0013: a channel's benchmark becomes its main metric's", () => {
  it("moves each organization row to the channel's main metric: its own first, the catalogue's, else the first recorded one", async () => {
    const db = getDb();
    const team = await makeTeam();
    const orgId = team.org.id;
    const catalog = await channelCatalog({ orgId, userId: team.ownerId, role: "owner" });
    const facebook = catalog.find((c) => c.key === "facebook")!;
    const metricOf = (key: string) => facebook.metrics.find((m) => m.key === key)!.id;
    // An own channel with two plain metrics (no main one), and one with an own main metric.
    const [plain, withMain] = await db
      .insert(channels)
      .values([
        { orgId, key: unique("plain"), nameNb: "Uten hovedtall", nameEn: "No main" },
        { orgId, key: unique("main"), nameNb: "Med hovedtall", nameEn: "With main" },
      ])
      .returning();
    const [second, first, other, main] = await db
      .insert(metrics)
      .values([
        { orgId, channelId: plain!.id, key: "b", nameNb: "B", nameEn: "B", unit: "count", sortOrder: 20 },
        { orgId, channelId: plain!.id, key: "a", nameNb: "A", nameEn: "A", unit: "count", sortOrder: 10 },
        { orgId, channelId: withMain!.id, key: "c", nameNb: "C", nameEn: "C", unit: "count", sortOrder: 0 },
        { orgId, channelId: withMain!.id, key: "d", nameNb: "D", nameEn: "D", unit: "count", sortOrder: 50, isMain: true },
      ])
      .returning();
    // As the old rows were, one per channel; here parked on some other metric of the channel.
    await db
      .insert(benchmarks)
      .values([
        row(orgId, facebook.id, metricOf("engagement"), 40),
        row(orgId, plain!.id, second!.id, 20),
        row(orgId, withMain!.id, other!.id, 30),
      ]);

    await db.execute(sql.raw(mappingFor(orgId)));

    const after = await db.select().from(benchmarks).where(eq(benchmarks.orgId, orgId));
    const metricFor = (channelId: string) => after.find((b) => b.channelId === channelId)?.metricId;
    expect(metricFor(facebook.id)).toBe(metricOf("followers"));
    expect(metricFor(plain!.id)).toBe(first!.id);
    expect(metricFor(withMain!.id)).toBe(main!.id);
    expect(after.map((b) => b.upliftPct).sort()).toEqual([20, 30, 40]);
  });
});
