import { and, eq, isNull } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { benchmarks, channels, goals, kpiSnapshots, metrics } from "@/db/schema/index";
import { addMonths } from "@/lib/domain/dates";
import { NotFoundError } from "@/lib/errors";
import { makeTeam } from "@/test/fixtures";
import { channelPage } from "./channel-page";

type Team = Awaited<ReturnType<typeof makeTeam>>;
let a: Team;
let b: Team;
let facebookId: string;
let metricIds: Record<string, string>;
const today = "2026-09-15";
const ctx = (t: Team) => ({ orgId: t.org.id, userId: t.ownerId, role: "owner" as const });

beforeAll(async () => {
  [a, b] = await Promise.all([makeTeam(), makeTeam()]);
  const db = getDb();
  const [facebook] = await db
    .select()
    .from(channels)
    .where(and(eq(channels.key, "facebook"), isNull(channels.orgId)));
  facebookId = facebook!.id;
  const rows = await db
    .select()
    .from(metrics)
    .where(and(eq(metrics.channelId, facebookId), isNull(metrics.orgId)));
  metricIds = Object.fromEntries(rows.map((m) => [m.key, m.id]));
  const point = (team: Team, key: string, date: string, value: number) => ({
    orgId: team.org.id,
    channelId: facebookId,
    metricId: metricIds[key]!,
    date,
    value,
  });
  await db.insert(kpiSnapshots).values([
    point(a, "followers", "2026-01-10", 300),
    point(a, "followers", "2026-04-01", 380),
    point(a, "followers", "2026-09-01", 420),
    // Reach was last measured eight months ago: a latest value, no sparkline.
    point(a, "reach", "2026-01-20", 5000),
    point(b, "followers", "2026-09-01", 9999),
  ]);
  await db.insert(benchmarks).values({
    orgId: b.org.id,
    channelId: facebookId,
    metricId: metricIds.followers!,
    upliftPct: 50,
    typicalGoalNb: "B sitt",
    typicalGoalEn: "B's",
    source: "B",
  });
  await db.insert(goals).values([
    {
      orgId: a.org.id,
      title: "Flere følgere",
      channelId: facebookId,
      metricId: metricIds.followers!,
      unit: "count",
      direction: "increase",
      baselineValue: 400,
      targetValue: 440,
      status: "active",
    },
    {
      orgId: a.org.id,
      title: "Gammelt mål",
      channelId: facebookId,
      metricId: metricIds.followers!,
      unit: "count",
      direction: "increase",
      status: "archived",
    },
    { orgId: b.org.id, title: "B sitt mål", channelId: facebookId, metricId: metricIds.followers!, unit: "count", direction: "increase" },
  ]);
});

describe("channelPage", () => {
  it("reads the channel's metrics, six months of each series, the latest values and the goals", async () => {
    const page = await channelPage(ctx(a), "facebook", today);
    expect(page.channel).toMatchObject({ key: "facebook", nameNb: "Facebook", custom: false });
    // Another organization's own row never shows: the default.
    expect(page.benchmark).toMatchObject({ upliftPct: 15, overridden: false });
    const followers = page.metrics.find((m) => m.id === metricIds.followers)!;
    // Per week (the organization's default): each week's last value, on its Monday.
    expect(followers.period).toBe("week");
    expect(followers.recent).toEqual([
      { date: "2026-03-30", value: 380 },
      { date: "2026-08-31", value: 420 },
    ]);
    expect(followers.partial).toBeNull();
    expect(followers.recent[0]!.date >= addMonths(today, -6)!).toBe(true);
    expect(followers.latest).toEqual({ date: "2026-09-01", value: 420 });
    const reach = page.metrics.find((m) => m.id === metricIds.reach)!;
    expect(reach.recent).toEqual([]);
    expect(reach.latest).toEqual({ date: "2026-01-20", value: 5000 });
    expect(page.metrics.find((m) => m.id === metricIds.engagement)?.latest).toBeNull();
    // The archived goal and B's goal are left out; progress from the latest value.
    expect(page.goals.map((g) => [g.goal.title, g.progress])).toEqual([["Flere følgere", 0.5]]);
  });

  it("uses the organization's own benchmark row", async () => {
    expect((await channelPage(ctx(b), "facebook", today)).benchmark).toMatchObject({ upliftPct: 50, source: "B", overridden: true });
  });

  it("does not find an unknown key, nor another organization's channel", async () => {
    await expect(channelPage(ctx(a), "finnes-ikke", today)).rejects.toBeInstanceOf(NotFoundError);
    await getDb().insert(channels).values({ orgId: b.org.id, key: "bare-b", nameNb: "Bare B", nameEn: "Only B" });
    await expect(channelPage(ctx(a), "bare-b", today)).rejects.toBeInstanceOf(NotFoundError);
    expect((await channelPage(ctx(b), "bare-b", today)).channel).toMatchObject({ nameNb: "Bare B", custom: true });
  });

  it("sums a total per week, marks the current week as partial, and reads a goal's progress on the last complete week", async () => {
    const c = await makeTeam();
    const db = getDb();
    // Engagement (a total) daily: 1–13 Sep 2026 at 10 a day, then Mon 14 and Tue 15 Sep at 30.
    const day = (d: number, value: number) => ({
      orgId: c.org.id,
      channelId: facebookId,
      metricId: metricIds.engagement!,
      date: `2026-09-${String(d).padStart(2, "0")}`,
      value,
    });
    await db.insert(kpiSnapshots).values([...Array.from({ length: 13 }, (_, i) => day(i + 1, 10)), day(14, 30), day(15, 30)]);
    await db.insert(goals).values({
      orgId: c.org.id,
      title: "Mer engasjement",
      channelId: facebookId,
      metricId: metricIds.engagement!,
      unit: "count",
      direction: "increase",
      baselineValue: 50,
      targetValue: 90,
      status: "active",
    });
    const page = await channelPage(ctx(c), "facebook", today);
    const engagement = page.metrics.find((m) => m.id === metricIds.engagement)!;
    expect(engagement).toMatchObject({ kind: "total", period: "week", partial: { date: "2026-09-14", value: 60 } });
    // Week of 31 Aug: 1–6 Sep = 60; week of 7 Sep: 70. The latest row (30) is not the goal's value.
    expect(engagement.recent).toEqual([
      { date: "2026-08-31", value: 60 },
      { date: "2026-09-07", value: 70 },
    ]);
    expect(page.goals.map((g) => [g.goal.latestValue, g.progress])).toEqual([[70, 0.5]]);
  });
});
