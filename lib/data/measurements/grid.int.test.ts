import { beforeAll, describe, expect, it } from "vitest";
import { makeTeam } from "@/test/fixtures";
import { channelCatalog } from "@/lib/data/benchmarks";
import { channelGridPoints, newestChannelId } from "./series";
import { recordMeasurements } from "./measurements";

type Team = Awaited<ReturnType<typeof makeTeam>>;
let a: Team;
let b: Team;
const ctx = (t: Team) => ({ orgId: t.org.id, userId: t.ownerId, role: "owner" as const });
const today = "2026-11-26";
let web: { channelId: string; visits: string; rate: string };
let ig: { channelId: string; followers: string };

beforeAll(async () => {
  [a, b] = await Promise.all([makeTeam(), makeTeam()]);
  const catalog = await channelCatalog(ctx(a));
  const w = catalog.find((c) => c.key === "website")!;
  const i = catalog.find((c) => c.key === "instagram")!;
  const metric = (key: string) => w.metrics.find((m) => m.key === key)!.id;
  web = { channelId: w.id, visits: metric("organic_visits"), rate: metric("conversion_rate") };
  ig = { channelId: i.id, followers: i.metrics.find((m) => m.key === "followers")!.id };
});

describe("the bulk grid's reads", () => {
  it("opens on the channel of the newest measurement, and on none before the first", async () => {
    expect(await newestChannelId(ctx(a))).toBeNull();
    await recordMeasurements(ctx(a), [{ channelId: web.channelId, metricId: web.visits, date: "2026-11-20", value: 10 }], {
      source: "manual",
      today,
    });
    await recordMeasurements(ctx(a), [{ channelId: ig.channelId, metricId: ig.followers, date: "2026-11-10", value: 400 }], {
      source: "manual",
      today,
    });
    // Instagram was typed last, but the website's value is for a later date.
    expect(await newestChannelId(ctx(a))).toBe(web.channelId);
    // Another organization's measurements are not its own.
    expect(await newestChannelId(ctx(b))).toBeNull();
  });

  it("reads the channel's values per metric within the window, with what each covers, and only its own organization's", async () => {
    await recordMeasurements(
      ctx(a),
      [
        { channelId: web.channelId, metricId: web.visits, date: "2026-11-21", value: 12 },
        { channelId: web.channelId, metricId: web.visits, date: "2026-11-09", value: 70, covers: "week" },
        { channelId: web.channelId, metricId: web.rate, date: "2026-11-16", value: 3.5, covers: "week" },
        { channelId: web.channelId, metricId: web.visits, date: "2026-10-01", value: 999, covers: "month" },
      ],
      { source: "manual", today },
    );
    await recordMeasurements(ctx(b), [{ channelId: web.channelId, metricId: web.visits, date: "2026-11-20", value: 5 }], {
      source: "manual",
      today,
    });
    const points = await channelGridPoints(ctx(a), web.channelId, { from: "2026-11-02", to: "2026-11-29" });
    expect(points.get(web.visits)).toEqual([
      { date: "2026-11-09", covers: "week", value: 70 },
      { date: "2026-11-20", covers: "day", value: 10 },
      { date: "2026-11-21", covers: "day", value: 12 },
    ]);
    expect(points.get(web.rate)).toEqual([{ date: "2026-11-16", covers: "week", value: 3.5 }]);
    expect(points.has(ig.followers)).toBe(false);
    expect((await channelGridPoints(ctx(b), web.channelId, { from: "2026-11-02", to: "2026-11-29" })).get(web.visits)).toEqual([
      { date: "2026-11-20", covers: "day", value: 5 },
    ]);
  });
});
