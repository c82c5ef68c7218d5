import { and, eq, ne } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { kpiSnapshots, seriesVersions } from "@/db/schema/index";
import { makeTeam } from "@/test/fixtures";
import { channelCatalog } from "@/lib/data/benchmarks";
import { addOneOffCost } from "@/lib/data/money";
import { deleteMeasurement } from "./history";
import { recordMeasurements } from "./measurements";

/**
 * series_versions (migration 0016) is bumped by triggers in every writing
 * transaction. Many writers at once — corrections of four series in one
 * statement each, listed in different orders, deletes of other dates of the
 * same series, one-off costs — all commit (no deadlock among them), and every
 * statement's bump is counted: none is lost. (On PostgreSQL the writes really
 * overlap; PGlite runs them one after another, where it must hold as well.)
 */
type Team = Awaited<ReturnType<typeof makeTeam>>;
let team: Team;
const ctx = () => ({ orgId: team.org.id, userId: team.managerId, role: "manager" as const });
let series: { channelId: string; metricId: string }[] = [];
const today = "2026-11-26";
const WRITERS = 12;
const DELETES = 4;

async function versions(): Promise<Map<string, number>> {
  const rows = await getDb().select().from(seriesVersions).where(eq(seriesVersions.orgId, team.org.id));
  return new Map(rows.map((r) => [`${r.channelId}:${r.metricId}`, r.version]));
}

beforeAll(async () => {
  team = await makeTeam();
  const catalog = await channelCatalog(ctx());
  series = ["website", "facebook"].flatMap((key) => {
    const channel = catalog.find((c) => c.key === key)!;
    return channel.metrics
      .filter((m) => !m.custom)
      .slice(0, 2)
      .map((m) => ({ channelId: channel.id, metricId: m.id }));
  });
  // Each series: the date every writer corrects, and one date per delete.
  const dates = ["2026-11-02", ...Array.from({ length: DELETES }, (_, i) => `2026-10-0${i + 1}`)];
  await recordMeasurements(
    ctx(),
    series.flatMap((s) => dates.map((date) => ({ ...s, date, value: 1 }))),
    { source: "manual", today },
  );
});

describe("series versions under concurrent writers", () => {
  it("count every writing statement once, and no writer deadlocks another", async () => {
    const before = await versions();
    expect(series.every((s) => before.get(`${s.channelId}:${s.metricId}`) === 1)).toBe(true);
    const toDelete = await getDb()
      .select({ id: kpiSnapshots.id })
      .from(kpiSnapshots)
      .where(and(eq(kpiSnapshots.orgId, team.org.id), eq(kpiSnapshots.metricId, series[0]!.metricId), ne(kpiSnapshots.date, "2026-11-02")));
    const deletes = toDelete.slice(0, DELETES);
    const results = await Promise.allSettled([
      // Each writer corrects the same date of all four series, listed forwards or backwards.
      ...Array.from({ length: WRITERS }, (_, w) =>
        recordMeasurements(
          ctx(),
          (w % 2 ? [...series].reverse() : series).map((s) => ({ ...s, date: "2026-11-02", value: 100 + w })),
          { source: "api", today },
        ),
      ),
      ...deletes.map((d) => deleteMeasurement(ctx(), d.id, { anyValue: true })),
      ...Array.from({ length: 3 }, (_, i) =>
        addOneOffCost(ctx(), { channelId: series[2]!.channelId, date: "2026-11-10", amount: 100 + i, note: "kampanje" }),
      ),
    ]);
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    const after = await versions();
    expect(series.map((s) => after.get(`${s.channelId}:${s.metricId}`))).toEqual([
      1 + WRITERS + deletes.length,
      1 + WRITERS,
      1 + WRITERS,
      1 + WRITERS,
    ]);
    expect(after.get(`${series[2]!.channelId}:00000000-0000-0000-0000-000000000000`)).toBe(3);
  });
});
