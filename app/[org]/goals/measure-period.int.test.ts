import { and, eq, isNull } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { channels, goals, kpiSnapshots, metrics, organizations } from "@/db/schema";
import { addDays } from "@/lib/domain/dates";
import { dashboardData, goalChartData, metricHistory } from "@/lib/data/goals";
import { form, makeTeam } from "@/test/fixtures";

const session = vi.hoisted(() => ({ claims: null as { uid: string; sv: number } | null }));
vi.mock("@/lib/auth/session", async () => (await import("@/test/session-rows")).claimsDouble(() => session.claims));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const { createGoalAction, setMeasurePeriodAction } = await import("./actions");
const { recordBulkAction } = await import("../measurements/actions");

type Team = Awaited<ReturnType<typeof makeTeam>>;
let a: Team;
let b: Team;
let website: { channelId: string; metricId: string };
const as = (userId: string) => {
  session.claims = { uid: userId, sv: 1 };
};
const periodOf = async (t: Team) =>
  (await getDb().select({ p: organizations.measurePeriod }).from(organizations).where(eq(organizations.id, t.org.id)))[0]!.p;
const isoIn = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  [a, b] = await Promise.all([makeTeam(), makeTeam()]);
  const db = getDb();
  const [channel] = await db
    .select()
    .from(channels)
    .where(and(eq(channels.key, "website"), isNull(channels.orgId)));
  const [metric] = await db
    .select()
    .from(metrics)
    .where(and(eq(metrics.channelId, channel!.id), eq(metrics.key, "organic_visits"), isNull(metrics.orgId)));
  expect(metric!.kind).toBe("total");
  website = { channelId: channel!.id, metricId: metric!.id };
});

describe("the organization's measure period", () => {
  it("is a week by default; owners and managers set it, members may not, and another organization keeps its own", async () => {
    expect(await periodOf(a)).toBe("week");
    as(a.memberId);
    expect(await setMeasurePeriodAction(undefined, form({ org: a.slug, period: "month" }))).toMatchObject({
      ok: false,
      error: "errors.forbidden",
    });
    expect(await periodOf(a)).toBe("week");
    as(a.managerId);
    expect(await setMeasurePeriodAction(undefined, form({ org: a.slug, period: "year" }))).toMatchObject({
      ok: false,
      fieldErrors: { period: ["validation.invalid"] },
    });
    expect(await setMeasurePeriodAction(undefined, form({ org: a.slug, period: "month" }))).toMatchObject({ ok: true });
    expect(await periodOf(a)).toBe("month");
    expect(await periodOf(b)).toBe("week");
    expect(await setMeasurePeriodAction(undefined, form({ org: a.slug, period: "week" }))).toMatchObject({ ok: true });
  });
});

describe("a goal's period and a custom metric's kind in the goal form", () => {
  const goalForm = (overrides: Record<string, string>) =>
    form({
      org: a.slug,
      title: "Flere bryllupskaker",
      description: "",
      channelId: website.channelId,
      metricId: "custom",
      customMetricName: "Kakebestillinger",
      unit: "count",
      direction: "increase",
      baselineValue: "20",
      baselineDate: isoIn(0),
      targetValue: "26",
      startDate: isoIn(0),
      deadline: isoIn(180),
      intent: "draft",
      objectiveId: "",
      ownerId: "",
      ...overrides,
    });

  it("stores the chosen period and kind, and refuses values that are neither", async () => {
    as(a.ownerId);
    const refused = await createGoalAction(undefined, goalForm({ measurePeriod: "day", customMetricKind: "average" }));
    expect(refused).toMatchObject({
      ok: false,
      fieldErrors: { measurePeriod: ["validation.invalid"], customMetricKind: ["validation.invalid"] },
    });
    // Saved, the action redirects to the goal (thrown as NEXT_REDIRECT).
    await createGoalAction(undefined, goalForm({ measurePeriod: "month", customMetricKind: "total" })).catch((e: unknown) => e);
    const [row] = await getDb()
      .select({ period: goals.measurePeriod, kind: metrics.kind })
      .from(goals)
      .innerJoin(metrics, eq(metrics.id, goals.metricId))
      .where(and(eq(goals.orgId, a.org.id), eq(goals.title, "Flere bryllupskaker")));
    expect(row).toEqual({ period: "month", kind: "total" });
  });
});

describe("a goal on 90 daily GA4-like rows", () => {
  it("tracks the last complete week's sum (or month's), not yesterday's row", async () => {
    const db = getDb();
    // 3 Sep – 1 Dec 2026: 200 visits on weekdays, 300 on Saturdays and Sundays.
    const rows = Array.from({ length: 90 }, (_, i) => {
      const date = addDays("2026-09-03", i)!;
      const weekend = [0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay());
      return { orgId: b.org.id, ...website, date, value: weekend ? 300 : 200 };
    });
    await db.insert(kpiSnapshots).values(rows);
    const [goal] = await db
      .insert(goals)
      .values({
        orgId: b.org.id,
        title: "Flere besøk",
        ...website,
        unit: "count",
        direction: "increase",
        baselineValue: 1200,
        targetValue: 2000,
        startDate: "2026-09-01",
        deadline: "2027-03-01",
        status: "active",
      })
      .returning();
    const ctx = { orgId: b.org.id, userId: b.ownerId, role: "owner" as const };

    // 23–29 Nov: 5 × 200 + 2 × 300 = 1 600, halfway from 1 200 to 2 000; the latest row (200) would be −125 %.
    const weekly = (await dashboardData(ctx, "2026-12-02")).goals.find((g) => g.id === goal!.id)!;
    // The chart: one point per complete week on its Monday, and this week so far (Mon + Tue = 400) apart, as partial.
    const chart = await goalChartData(ctx, goal!.id, "all", "2026-12-02");
    expect(chart).toMatchObject({ period: "week", kind: "total", partial: { date: "2026-11-30", value: 400 } });
    expect(chart.measurements.at(-1)).toEqual({ date: "2026-11-23", value: 1600 });
    // "All" starts at the goal's start (1 Sep): the first point is the first week starting after it; 12 complete weeks to 23 Nov.
    expect(chart.measurements[0]).toEqual({ date: "2026-09-07", value: 1600 });
    expect(chart.measurements).toHaveLength(12);
    expect(weekly).toMatchObject({
      latestValue: 1600,
      period: "week",
      currentPeriod: { start: "2026-11-23", end: "2026-11-29", partial: false },
    });
    expect(weekly.insight?.progress).toBeCloseTo(0.5, 10);

    // Per month: November has 30 days, 9 of them Saturdays or Sundays: 21 × 200 + 9 × 300 = 6 900.
    await db.update(goals).set({ measurePeriod: "month" }).where(eq(goals.id, goal!.id));
    const monthly = (await dashboardData(ctx, "2026-12-02")).goals.find((g) => g.id === goal!.id)!;
    expect(monthly).toMatchObject({ latestValue: 6900, period: "month", currentPeriod: { start: "2026-11-01", end: "2026-11-30" } });

    // The goal form's history (its "use latest" baseline and live realism) reads the same periods.
    expect((await metricHistory(ctx, website, null, "2026-12-02")).at(-1)).toEqual({ date: "2026-11-23", value: 1600 });
    expect((await metricHistory(ctx, website, "month", "2026-12-02")).at(-1)).toEqual({ date: "2026-11-01", value: 6900 });
    expect(await metricHistory({ orgId: a.org.id, userId: a.ownerId, role: "owner" }, website, null, "2026-12-02")).toEqual([]);
  });
});

describe("the bulk grid", () => {
  it("stores a week column's value as the week's and a day column's as the day's; a correction may change which", async () => {
    as(a.memberId);
    const save = (every: string, date: string, value: number) =>
      recordBulkAction(
        undefined,
        form({ org: a.slug, channelId: website.channelId, every, cells: JSON.stringify([{ metricId: website.metricId, date, value }]) }),
      );
    const covers = async (date: string) =>
      (
        await getDb()
          .select({ covers: kpiSnapshots.covers })
          .from(kpiSnapshots)
          .where(and(eq(kpiSnapshots.orgId, a.org.id), eq(kpiSnapshots.metricId, website.metricId), eq(kpiSnapshots.date, date)))
      )[0]?.covers;
    expect(await save("week", "2026-11-16", 1400)).toMatchObject({ ok: true, data: { created: 1 } });
    expect(await save("day", "2026-11-24", 210)).toMatchObject({ ok: true, data: { created: 1 } });
    expect([await covers("2026-11-16"), await covers("2026-11-24")]).toEqual(["week", "day"]);
    // The same value typed again in the month view: the value stays, what it covers changes.
    expect(await save("month", "2026-11-16", 1400)).toMatchObject({ ok: true, data: { corrected: 1 } });
    expect(await covers("2026-11-16")).toBe("month");
    expect(await save("year", "2026-11-16", 1400)).toMatchObject({ ok: false, fieldErrors: { every: ["validation.invalid"] } });
  });
});
