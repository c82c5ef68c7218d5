import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { kpiSnapshotHistory, kpiSnapshots } from "@/db/schema/index";
import { ValidationError } from "@/lib/errors";
import { makeTeam } from "@/test/fixtures";
import { addCustomMetric, channelCatalog } from "@/lib/data/benchmarks";
import { recordMeasurements } from "./measurements";

type Team = Awaited<ReturnType<typeof makeTeam>>;
let a: Team;
let b: Team;
let series: { channelId: string; metricId: string };
const today = "2026-11-26";
const ctx = (t: Team, userId = t.ownerId) => ({ orgId: t.org.id, userId, role: "owner" as const });

beforeAll(async () => {
  [a, b] = await Promise.all([makeTeam(), makeTeam()]);
  const ig = (await channelCatalog(ctx(a))).find((c) => c.key === "instagram")!;
  series = { channelId: ig.id, metricId: ig.metrics.find((m) => m.key === "followers")!.id };
});

const rowsOf = (t: Team) => getDb().select().from(kpiSnapshots).where(eq(kpiSnapshots.orgId, t.org.id));

describe("recordMeasurements", () => {
  it("inserts new dates and turns a second value for a date into a correction that keeps the first", async () => {
    const first = await recordMeasurements(
      ctx(a),
      [
        { ...series, date: "2026-11-01", value: 1200 },
        { ...series, date: "2026-11-08", value: 1230, note: "Etter kampanje" },
      ],
      { source: "manual", today },
    );
    expect(first).toEqual({ created: 2, corrected: 0, unchanged: 0 });

    const second = await recordMeasurements(
      ctx(a, a.managerId),
      [
        { ...series, date: "2026-11-08", value: 1250 },
        { ...series, date: "2026-11-01", value: 1200 },
      ],
      { source: "csv", today },
    );
    expect(second).toEqual({ created: 0, corrected: 1, unchanged: 1 });

    const [row] = await getDb()
      .select()
      .from(kpiSnapshots)
      .where(and(eq(kpiSnapshots.orgId, a.org.id), eq(kpiSnapshots.date, "2026-11-08")));
    expect(row).toMatchObject({ value: 1250, source: "csv", note: "Etter kampanje", recordedBy: a.managerId });
    const history = await getDb().select().from(kpiSnapshotHistory).where(eq(kpiSnapshotHistory.snapshotId, row!.id));
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ orgId: a.org.id, value: 1230, source: "manual", recordedBy: a.ownerId, replacedBy: a.managerId });
  });

  it("refuses a future date and writes nothing of the batch", async () => {
    const before = await rowsOf(a);
    const error = await recordMeasurements(
      ctx(a),
      [
        { ...series, date: "2026-10-01", value: 1100 },
        { ...series, date: "2026-11-27", value: 1300 },
      ],
      { source: "manual", today },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors).toEqual({ "items.1.date": ["measurements.errors.futureDate"] });
    expect(await rowsOf(a)).toEqual(before);
  });

  it("refuses another organization's own metric like an unknown one", async () => {
    const custom = await addCustomMetric(getDb(), ctx(b), {
      channelId: series.channelId,
      name: "Bs hemmelige tall",
      unit: "count",
      direction: "increase",
    });
    const error = await recordMeasurements(ctx(a), [{ channelId: series.channelId, metricId: custom, date: "2026-11-01", value: 1 }], {
      source: "api",
      today,
    }).catch((e: unknown) => e);
    expect((error as ValidationError).fieldErrors).toEqual({ "items.0.metric": ["measurements.errors.unknownMetric"] });
    expect(await rowsOf(b)).toEqual([]);
  });

  it("keeps each organization's series apart", async () => {
    await recordMeasurements(ctx(b), [{ ...series, date: "2026-11-08", value: 7 }], { source: "manual", today });
    const aRow = (await rowsOf(a)).find((r) => r.date === "2026-11-08");
    expect(aRow?.value).toBe(1250);
    expect((await rowsOf(b)).map((r) => r.value)).toEqual([7]);
  });

  it("writes thousands of values in batches within one transaction", async () => {
    const start = Date.parse("2020-01-01");
    const items = Array.from({ length: 2500 }, (_, i) => ({
      ...series,
      date: new Date(start + i * 86_400_000).toISOString().slice(0, 10),
      value: i,
    }));
    const result = await recordMeasurements(ctx(b), items, { source: "csv", today });
    expect(result).toEqual({ created: 2500, corrected: 0, unchanged: 0 });
  });
});
