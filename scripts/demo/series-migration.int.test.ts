import { readFileSync } from "node:fs";
import path from "node:path";
import { and, desc, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { goals, kpiSnapshots, memberships, metrics, organizations } from "@/db/schema/index";
import { dashboardData } from "@/lib/data/goals";
import { goalProgress } from "@/lib/domain/progress";
import { DEMO_ORG_SLUG, seedDemo } from "./seed";
import { todayUtc } from "./series";

/** The hand-written data half of the migration (after its "-- Data" marker), each statement limited to one organization. */
function dataStatements(orgId: string): string[] {
  const dir = path.join(process.cwd(), "db/migrations");
  const file = readFileSync(path.join(dir, "0005_series_periods.sql"), "utf8");
  const data = file.slice(file.indexOf("-- Data (issue 16.1"));
  expect(data.length).toBeGreaterThan(100);
  return data
    .split("--> statement-breakpoint")
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) =>
      s.replace(
        /UPDATE "kpi_snapshots" s SET ([^\n]+)\n(\s+)FROM "metrics" m\n(\s+)WHERE /,
        `UPDATE "kpi_snapshots" s SET $1\n$2FROM "metrics" m\n$3WHERE s."org_id" = '${orgId}' AND `,
      ),
    )
    .map((s) => s.replace(/UPDATE "goals" g SET ([^\n]+)\n(\s+)WHERE /, `UPDATE "goals" g SET $1\n$2WHERE g."org_id" = '${orgId}' AND `));
}

describe("the series migration over the demo data", () => {
  it("keeps every demo goal's progress: the latest stored value before, the goal's period value after", async () => {
    const db = getDb();
    await seedDemo(db);
    const [org] = await db.select({ id: organizations.id }).from(organizations).where(eq(organizations.slug, DEMO_ORG_SLUG));
    const orgId = org!.id;
    const [owner] = await db
      .select({ userId: memberships.userId })
      .from(memberships)
      .where(and(eq(memberships.orgId, orgId), eq(memberships.role, "owner")));
    const active = await db
      .select()
      .from(goals)
      .where(and(eq(goals.orgId, orgId), eq(goals.status, "active")));
    expect(active).toHaveLength(3);

    // Before: the data as the old code stored it (every value a day's, every goal on the organization's default),
    // and progress by the old formula, (latest row − baseline) / (target − baseline).
    await db.update(kpiSnapshots).set({ covers: "day" }).where(eq(kpiSnapshots.orgId, orgId));
    await db.update(goals).set({ measurePeriod: null }).where(eq(goals.orgId, orgId));
    const before = new Map<string, number | null>();
    for (const g of active) {
      const [latest] = await db
        .select({ value: kpiSnapshots.value })
        .from(kpiSnapshots)
        .where(and(eq(kpiSnapshots.orgId, orgId), eq(kpiSnapshots.channelId, g.channelId), eq(kpiSnapshots.metricId, g.metricId)))
        .orderBy(desc(kpiSnapshots.date))
        .limit(1);
      before.set(g.id, goalProgress(g.baselineValue!, g.targetValue!, latest!.value));
    }

    for (const statement of dataStatements(orgId)) await db.execute(sql.raw(statement));

    // The demo's totals (weekly visits, engagement, wedding-cake orders) became week values; nothing else did.
    const marked = await db
      .select({ kind: metrics.kind, covers: kpiSnapshots.covers, n: sql<number>`count(*)::int` })
      .from(kpiSnapshots)
      .innerJoin(metrics, eq(metrics.id, kpiSnapshots.metricId))
      .where(eq(kpiSnapshots.orgId, orgId))
      .groupBy(metrics.kind, kpiSnapshots.covers);
    expect(marked.filter((r) => r.kind === "total").map((r) => r.covers)).toEqual(["week"]);
    expect(marked.filter((r) => r.kind !== "total").every((r) => r.covers === "day")).toBe(true);

    const after = await dashboardData({ orgId, userId: owner!.userId, role: "owner" }, todayUtc());
    expect(after.goals).toHaveLength(3);
    for (const g of after.goals) {
      expect(before.get(g.id)).not.toBeNull();
      expect(g.insight?.progress).toBeCloseTo(before.get(g.id)!, 10);
      expect(g.period).toBe("week");
    }
  });
});
