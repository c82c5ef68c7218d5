import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { kpiSnapshotHistory, kpiSnapshots } from "@/db/schema/index";
import { makeTeam } from "@/test/fixtures";
import { addCustomMetric, channelCatalog } from "@/lib/data/benchmarks";
import { recordMeasurements } from "./measurements";

/**
 * Many people correcting the same date of the same series at once: each
 * saved value ends up exactly once in the row or its history, and the row
 * holds one of them. (On PostgreSQL the writes really overlap; PGlite runs
 * them one after another, where it must hold as well.)
 */
let team: Awaited<ReturnType<typeof makeTeam>>;
let series: { channelId: string; metricId: string };
const ctx = () => ({ orgId: team.org.id, userId: team.managerId, role: "manager" as const });

beforeAll(async () => {
  team = await makeTeam();
  const web = (await channelCatalog(ctx())).find((c) => c.key === "website")!;
  series = {
    channelId: web.id,
    metricId: await addCustomMetric(getDb(), ctx(), {
      channelId: web.id,
      name: "Samtidige rettelser",
      unit: "count",
      direction: "increase",
    }),
  };
});

describe("concurrent corrections of one date", () => {
  it("lose no value from the history and repeat none", async () => {
    const values = Array.from({ length: 24 }, (_, i) => 1000 + i);
    // The first write of a date races too: nobody has created the row yet.
    const results = await Promise.all(
      values.map((value) =>
        recordMeasurements(ctx(), [{ ...series, date: "2026-11-02", value, note: `rettelse ${value}` }], {
          source: "api",
          today: "2026-11-26",
        }),
      ),
    );
    expect(results.reduce((n, r) => n + r.created, 0)).toBe(1);
    expect(results.reduce((n, r) => n + r.corrected, 0)).toBe(values.length - 1);
    const [row] = await getDb().select().from(kpiSnapshots).where(eq(kpiSnapshots.metricId, series.metricId));
    const history = await getDb().select().from(kpiSnapshotHistory).where(eq(kpiSnapshotHistory.snapshotId, row!.id));
    expect(values).toContain(row!.value);
    expect([...history.map((h) => h.value), row!.value].sort((x, y) => x - y)).toEqual(values);
    expect(history.every((h) => h.note === `rettelse ${h.value}`)).toBe(true);
  });
});
