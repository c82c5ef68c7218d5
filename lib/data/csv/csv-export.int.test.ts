import { beforeAll, describe, expect, it } from "vitest";
import { makeTeam } from "@/test/fixtures";
import { channelCatalog } from "@/lib/data/benchmarks";
import { measurementsCsv } from "./csv-export";
import { recordMeasurements } from "@/lib/data/measurements";

type Team = Awaited<ReturnType<typeof makeTeam>>;
let a: Team;
const ctx = (t: Team) => ({ orgId: t.org.id, userId: t.ownerId, role: "owner" as const });
// ignoreBOM keeps the byte-order mark in the text (Response.text() would drop it).
const text = async (stream: ReadableStream<Uint8Array>) =>
  new TextDecoder("utf-8", { ignoreBOM: true }).decode(await new Response(stream).arrayBuffer());

beforeAll(async () => {
  a = await makeTeam();
  const catalog = await channelCatalog(ctx(a));
  const series = (channel: string, metric: string) => {
    const c = catalog.find((x) => x.key === channel)!;
    return { channelId: c.id, metricId: c.metrics.find((m) => m.key === metric)!.id };
  };
  const days = (s: { channelId: string; metricId: string }, n: number, value: (i: number) => number) =>
    Array.from({ length: n }, (_, i) => ({ ...s, date: `2026-01-${String(i + 1).padStart(2, "0")}`, value: value(i) }));
  // Facebook followers (4 values), nothing for Facebook's other metrics, Instagram followers (6), e-mail open rate (1).
  await recordMeasurements(
    ctx(a),
    [
      ...days(series("instagram", "followers"), 6, (i) => 1000 + i),
      ...days(series("facebook", "followers"), 4, (i) => 500 + i),
      ...days(series("email", "open_rate"), 1, () => 31.5),
    ],
    { source: "manual", today: "2026-11-26" },
  );
});

describe("measurementsCsv", () => {
  it("reads every series page by page, the same whatever the page size", async () => {
    const whole = await text(await measurementsCsv(ctx(a), {}));
    const lines = whole.split("\r\n");
    expect(lines).toHaveLength(1 + 11 + 1);
    expect(lines.slice(0, 3)).toEqual([
      "\uFEFFdate;channel;metric;value;note",
      "2026-01-01;facebook;followers;500;",
      "2026-01-02;facebook;followers;501;",
    ]);
    expect(lines.slice(-3)).toEqual(["2026-01-06;instagram;followers;1005;", "2026-01-01;email;open_rate;31,5;", ""]);
    // Page sizes that end exactly on a series' last value (2, 3) and ones that do not.
    for (const size of [1, 2, 3, 4, 5])
      expect(await text(await measurementsCsv(ctx(a), {}, undefined, size)), `page size ${size}`).toBe(whole);
  });

  it("filters by series and date range", async () => {
    const csv = await text(
      await measurementsCsv(ctx(a), { channel: "instagram", metric: "followers", from: "2026-01-03", to: "2026-01-04" }, undefined, 1),
    );
    expect(csv.split("\r\n").slice(1)).toEqual(["2026-01-03;instagram;followers;1002;", "2026-01-04;instagram;followers;1003;", ""]);
  });
});
