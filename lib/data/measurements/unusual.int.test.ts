import { beforeAll, describe, expect, it } from "vitest";
import { makeTeam } from "@/test/fixtures";
import { ingestMeasurements } from "./api-ingest";
import { recordMeasurements } from "./measurements";
import { channelCatalog } from "@/lib/data/benchmarks";

let team: Awaited<ReturnType<typeof makeTeam>>;
const today = "2026-11-26";
const ctx = () => ({ orgId: team.org.id, userId: team.ownerId, role: "owner" as const });
const item = (date: string, value: number) => ({ channel: "instagram", metric: "followers", date, value });

beforeAll(async () => {
  team = await makeTeam();
  const ig = (await channelCatalog(ctx())).find((c) => c.key === "instagram")!;
  const series = { channelId: ig.id, metricId: ig.metrics.find((m) => m.key === "followers")!.id };
  // Recent range 100–160: ordinary up to 160 + 3 × 60 = 340.
  await recordMeasurements(
    ctx(),
    [100, 120, 160].map((value, i) => ({ ...series, date: `2026-11-0${i + 1}`, value })),
    { source: "manual", today },
  );
});

describe("a value far outside its series' recent range, through the API", () => {
  it("is saved and reported as a warning by its index; an ordinary one is not", async () => {
    const outcome = await ingestMeasurements(ctx(), [item("2026-11-10", 300), item("2026-11-11", 1600)], today, "Kassa");
    expect(outcome).toEqual({
      ok: true,
      result: {
        created: 2,
        corrected: 0,
        unchanged: 0,
        warnings: [{ index: 1, field: "value", messageKey: "measurements.warnings.unusual" }],
      },
    });
  });

  it("answers without warnings when every value is ordinary", async () => {
    expect(await ingestMeasurements(ctx(), item("2026-11-12", 340), today)).toEqual({
      ok: true,
      result: { created: 1, corrected: 0, unchanged: 0 },
    });
  });
});
