import { and, eq, isNotNull, isNull } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { queryCount } from "@/db/query-counter";
import { auditEvents, benchmarks, channels, goals, kpiSnapshots, metrics } from "@/db/schema/index";
import type { GoalDraft } from "@/lib/domain/goal-types";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { makeTeam, unique } from "@/test/fixtures";
import { benchmarkComparison, benchmarkTable, metricsWithoutBenchmark, resetBenchmark, updateBenchmark } from "./benchmarks";
import { channelCatalog } from "./catalog";
import type { TenantContext } from "../context";
import { evaluateGoal } from "@/lib/data/goals";

type Team = Awaited<ReturnType<typeof makeTeam>>;
let a: Team;
let b: Team;
const today = "2026-11-26";
const owner = (t: Team): TenantContext => ({ orgId: t.org.id, userId: t.ownerId, role: "owner" });
const manager = (t: Team): TenantContext => ({ orgId: t.org.id, userId: t.managerId, role: "manager" });
const ids = { facebook: "", followers: "", engagement: "", instagram: "", igFollowers: "" };
const thirty = { upliftPct: 30, typicalGoalNb: "Mer engasjement", typicalGoalEn: "More engagement", source: "Egne tall fra 2025" };

const snapshot = (t: Team, channelId: string, metricId: string, date: string, value: number) => ({
  orgId: t.org.id,
  channelId,
  metricId,
  date,
  value,
});
const goal = (t: Team, status: "active" | "draft", baselineValue: number, targetValue: number, startDate: string, deadline: string) => ({
  orgId: t.org.id,
  title: unique("Mål"),
  channelId: ids.facebook,
  metricId: ids.followers,
  unit: "count" as const,
  direction: "increase" as const,
  baselineValue,
  targetValue,
  startDate,
  deadline,
  status,
});

beforeAll(async () => {
  [a, b] = await Promise.all([makeTeam(), makeTeam()]);
  const catalog = await channelCatalog(owner(a));
  const fb = catalog.find((c) => c.key === "facebook")!;
  const ig = catalog.find((c) => c.key === "instagram")!;
  Object.assign(ids, {
    facebook: fb.id,
    followers: fb.metrics.find((m) => m.key === "followers")!.id,
    engagement: fb.metrics.find((m) => m.key === "engagement")!.id,
    instagram: ig.id,
    igFollowers: ig.metrics.find((m) => m.key === "followers")!.id,
  });
  await getDb()
    .insert(kpiSnapshots)
    .values([
      // Followers on a straight line from 1000 to 1150 over the six months before today (92 + 92 days): +15 %.
      snapshot(a, ids.facebook, ids.followers, "2026-05-26", 1000),
      snapshot(a, ids.facebook, ids.followers, "2026-08-26", 1075),
      snapshot(a, ids.facebook, ids.followers, "2026-11-26", 1150),
      // Older than the window: left out, or the uplift would not be 15 %.
      snapshot(a, ids.facebook, ids.followers, "2025-11-01", 500),
      // A non-main metric does not count.
      snapshot(a, ids.facebook, ids.engagement, "2026-06-01", 10),
      snapshot(a, ids.instagram, ids.igFollowers, "2026-11-01", 2000),
      // The other organization's numbers never mix in.
      snapshot(b, ids.facebook, ids.followers, "2026-06-01", 10),
      snapshot(b, ids.facebook, ids.followers, "2026-11-01", 90),
    ]);
  await getDb()
    .insert(goals)
    .values([
      // Facebook followers 400 → 450 in 3 months: 1.125² − 1 over six.
      goal(a, "active", 400, 450, "2026-11-01", "2027-02-01"),
      goal(a, "active", 100, 115, "2026-11-01", "2027-05-01"),
      goal(a, "draft", 100, 500, "2026-11-01", "2027-05-01"),
    ]);
});

describe("benchmarkComparison", () => {
  it("puts each metric's benchmark beside its actual uplift and its active targets", async () => {
    const rows = await benchmarkComparison(owner(a), today);
    const fb = rows.find((r) => r.metricId === ids.followers)!;
    expect(fb).toMatchObject({
      channelKey: "facebook",
      metricNb: "Følgere",
      metricEn: "Followers",
      upliftPct: 15,
      typicalGoalNb: "Flere følgere og mer engasjement",
      overridden: false,
      hasDefault: true,
      actualReason: null,
      activeGoals: 2,
    });
    expect(fb.source).toMatch(/Kildeartikkelen/);
    expect(fb.actual6m).toBeCloseTo(0.15, 10);
    expect(fb.targets6m).toBeCloseTo((1.125 ** 2 - 1 + 0.15) / 2, 10);
    // The article's figure is Facebook's main metric's only: engagement has none.
    expect(rows.some((r) => r.metricId === ids.engagement)).toBe(false);
    expect(rows.filter((r) => r.channelKey === "facebook")).toHaveLength(1);

    const ig = rows.find((r) => r.metricId === ids.igFollowers)!;
    expect(ig).toMatchObject({ upliftPct: 10, actual6m: null, actualReason: "tooFewPoints", targets6m: null, activeGoals: 0 });
    const yt = rows.find((r) => r.channelKey === "youtube")!;
    expect(yt).toMatchObject({ upliftPct: 12, actual6m: null, actualReason: "noData" });
    // The same metrics, in the same order, as the table the realism check reads.
    expect(rows.map((r) => r.metricId)).toEqual((await benchmarkTable(owner(a))).map((r) => r.metricId));
  });

  it("reads in three queries however many channels and series there are", async () => {
    const before = queryCount();
    await benchmarkComparison(owner(a), today);
    expect(queryCount() - before).toBe(3);
  });

  it("shows another organization only its own numbers", async () => {
    const fb = (await benchmarkComparison(owner(b), today)).find((r) => r.metricId === ids.followers)!;
    expect(fb).toMatchObject({ activeGoals: 0, targets6m: null });
    // 10 → 90 in five months, compounded to six.
    expect(fb.actual6m).toBeGreaterThan(8);
  });
});

describe("updateBenchmark and resetBenchmark", () => {
  const draft: GoalDraft = {
    title: "Mer engasjement på Facebook",
    channelId: null,
    metricId: null,
    unit: "count",
    direction: "increase",
    baselineValue: 400,
    targetValue: 450,
    startDate: "2026-11-26",
    deadline: "2027-02-26",
    objectiveId: null,
  };
  // Facebook engagement +12.5 % in 3 months: a flow with no history of its own in the window.
  const verdict = async (t: Team) =>
    (await evaluateGoal(owner(t), { ...draft, channelId: ids.facebook, metricId: ids.engagement }, { today, isNew: true })).realism?.level;
  const rowOf = async (t: Team, metricId: string) => (await benchmarkTable(owner(t))).find((r) => r.metricId === metricId);
  const auditOf = (t: Team, action: string) =>
    getDb().$count(auditEvents, and(eq(auditEvents.orgId, t.org.id), eq(auditEvents.action, action)));

  it("gives a metric without a default a benchmark of the organization's own, and the realism verdict follows it", async () => {
    // Facebook's 15 % is its followers' figure: engagement is not judged by it.
    expect(await verdict(a)).toBe("unknown");
    await updateBenchmark(manager(a), ids.engagement, thirty);
    expect(await rowOf(a, ids.engagement)).toMatchObject({ ...thirty, channelId: ids.facebook, overridden: true, hasDefault: false });
    // +12.5 % beside 30 % a half year.
    expect(await verdict(a)).toBe("typical");
    expect(await auditOf(a, "benchmark.updated")).toBe(1);

    // Organization B is untouched.
    expect(await rowOf(b, ids.engagement)).toBeUndefined();
    expect(await verdict(b)).toBe("unknown");

    // A second edit updates the same row.
    await updateBenchmark(owner(a), ids.engagement, { ...thirty, upliftPct: 17.5 });
    expect(await rowOf(a, ids.engagement)).toMatchObject({ upliftPct: 17.5, overridden: true });
    expect(await getDb().$count(benchmarks, and(eq(benchmarks.orgId, a.org.id), eq(benchmarks.metricId, ids.engagement)))).toBe(1);
    // Removing it leaves the metric without a benchmark again.
    expect(await resetBenchmark(manager(a), ids.engagement)).toBe(true);
    expect(await rowOf(a, ids.engagement)).toBeUndefined();
    expect(await verdict(a)).toBe("unknown");
  });

  it("overrides a default for the organization only, and resets to it, once", async () => {
    await updateBenchmark(manager(a), ids.followers, thirty);
    expect(await rowOf(a, ids.followers)).toMatchObject({ ...thirty, overridden: true, hasDefault: true });
    expect(await rowOf(b, ids.followers)).toMatchObject({ upliftPct: 15, overridden: false });
    const [standard] = await getDb()
      .select()
      .from(benchmarks)
      .where(and(eq(benchmarks.metricId, ids.followers), isNull(benchmarks.orgId)));
    expect(standard!.upliftPct).toBe(15);

    expect(await resetBenchmark(manager(a), ids.followers)).toBe(true);
    expect(await rowOf(a, ids.followers)).toMatchObject({ upliftPct: 15, overridden: false });
    expect(await resetBenchmark(manager(a), ids.followers)).toBe(false);
    expect(await auditOf(a, "benchmark.reset")).toBe(2);
  });

  it("gives an organization's own metric a benchmark, which only it sees", async () => {
    const [own] = await getDb()
      .insert(channels)
      .values({ orgId: a.org.id, key: unique("messenger"), nameNb: "Messenger", nameEn: "Messenger" })
      .returning();
    const [chats] = await getDb()
      .insert(metrics)
      .values({ orgId: a.org.id, channelId: own!.id, key: "chats", nameNb: "Samtaler", nameEn: "Chats", unit: "count", kind: "total" })
      .returning();
    await updateBenchmark(owner(a), chats!.id, thirty);
    expect(await rowOf(a, chats!.id)).toMatchObject({ channelId: own!.id, overridden: true, hasDefault: false });
    // Another organization's metric answers like one that does not exist.
    await expect(updateBenchmark(owner(b), chats!.id, thirty)).rejects.toBeInstanceOf(NotFoundError);
    await expect(resetBenchmark(owner(b), chats!.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateBenchmark(owner(b), "00000000-0000-4000-8000-000000000000", thirty)).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateBenchmark(owner(b), "not-a-uuid", thirty)).rejects.toBeInstanceOf(NotFoundError);
    expect(await rowOf(b, chats!.id)).toBeUndefined();
  });

  it("offers the metrics without a benchmark, recorded ones only", async () => {
    const free = await metricsWithoutBenchmark(owner(a));
    const freeIds = free.map((m) => m.metricId);
    expect(freeIds).toContain(ids.engagement);
    expect(freeIds).not.toContain(ids.followers);
    // Cost per result, ROAS and ROI are computed, never recorded: they get no benchmark of their own.
    const derived = await getDb().select({ id: metrics.id }).from(metrics).where(isNotNull(metrics.derivation));
    expect(derived.length).toBeGreaterThan(0);
    expect(derived.some((d) => freeIds.includes(d.id))).toBe(false);
  });

  // Who may edit is the action's permission ("benchmark.write"): app/[org]/benchmarks/actions.int.test.ts.
  it("refuses out-of-range or missing values, writing nothing", async () => {
    const error = await updateBenchmark(owner(a), ids.followers, {
      ...thirty,
      upliftPct: 1000.5,
      typicalGoalEn: " ",
      source: "x".repeat(301),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors).toEqual({
      upliftPct: ["benchmarks.errors.upliftRange"],
      typicalGoalEn: ["validation.required"],
      source: ["validation.tooLong"],
    });
    await expect(updateBenchmark(owner(a), ids.followers, { ...thirty, upliftPct: -100.01 })).rejects.toBeInstanceOf(ValidationError);
    expect((await rowOf(a, ids.followers))!.overridden).toBe(false);
    // The bounds themselves are allowed.
    await updateBenchmark(owner(a), ids.followers, { ...thirty, upliftPct: -100 });
    await updateBenchmark(owner(a), ids.followers, { ...thirty, upliftPct: 1000 });
    expect((await rowOf(a, ids.followers))!.upliftPct).toBe(1000);
    await resetBenchmark(owner(a), ids.followers);
  });
});
