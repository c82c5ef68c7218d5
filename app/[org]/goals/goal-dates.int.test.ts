import { eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { benchmarks, goals } from "@/db/schema";
import { channelCatalog } from "@/lib/data/benchmarks";
import { evaluateGoal } from "@/lib/data/goals";
import { goalChartData } from "@/lib/data/goals";
import { goalInsights } from "@/lib/data/goals";
import { getGoal, listGoals } from "@/lib/data/goals";
import { recordMeasurements } from "@/lib/data/measurements";
import { addMonths } from "@/lib/domain/dates";
import { MAX_CHART_POINTS } from "@/lib/domain/goal-paths";
import { expectedProgress } from "@/lib/domain/progress";
import { form, makeTeam } from "@/test/fixtures";

// Issue 15: a deadline of 9999-12-31 made the chart loop for 43 s and end in a 500.
const session = vi.hoisted(() => ({ claims: null as { uid: string; sv: number } | null }));
vi.mock("@/lib/auth/session", async () => (await import("@/test/session-rows")).claimsDouble(() => session.claims));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const { createGoalAction, updateGoalAction } = await import("./actions");

type Team = Awaited<ReturnType<typeof makeTeam>>;
let a: Team;
let facebook: { channelId: string; metricId: string };
const today = new Date().toISOString().slice(0, 10);
const ctxOf = (t: Team) => ({ orgId: t.org.id, userId: t.ownerId, role: "owner" as const });
const goalCount = async () => (await getDb().select({ id: goals.id }).from(goals).where(eq(goals.orgId, a.org.id))).length;

function goalForm(overrides: Record<string, string> = {}) {
  return form({
    org: a.slug,
    title: "Flere følgere på Facebook",
    description: "",
    ...facebook,
    unit: "count",
    direction: "increase",
    baselineValue: "400",
    baselineDate: today,
    targetValue: "460",
    startDate: today,
    deadline: addMonths(today, 6)!,
    objectiveId: "",
    ownerId: "",
    priority: "medium",
    intent: "draft",
    ...overrides,
  });
}

beforeAll(async () => {
  a = await makeTeam();
  const fb = (await channelCatalog(ctxOf(a))).find((c) => c.key === "facebook")!;
  facebook = { channelId: fb.id, metricId: fb.metrics.find((m) => m.key === "followers")!.id };
  // A benchmark of the organization's own, so the chart draws the benchmark path the attack went through.
  await getDb()
    .insert(benchmarks)
    .values({ orgId: a.org.id, ...facebook, upliftPct: 15, typicalGoalNb: "Egen", typicalGoalEn: "Own", source: "Test" });
});
beforeEach(() => {
  session.claims = { uid: a.ownerId, sv: 1 };
});

describe("a goal's dates are bounded in every write", () => {
  it.each([
    ["the attacker's deadline 9999-12-31", { deadline: "9999-12-31" }, { deadline: ["validation.dateRange"] }],
    ["a start in 1999", { startDate: "1999-06-01" }, { startDate: ["validation.dateRange"] }],
    ["a baseline date in 2101", { baselineDate: "2101-01-01" }, { baselineDate: ["validation.dateRange"] }],
  ])("a draft with %s is refused with the field's message, and nothing is written", async (_name, overrides, fieldErrors) => {
    const before = await goalCount();
    const result = await createGoalAction(undefined, goalForm(overrides));
    expect(result).toMatchObject({ ok: false, fieldErrors });
    expect(await goalCount()).toBe(before);
  });

  it("a deadline more than 10 years after the start is refused next to the deadline; exactly 10 years is saved", async () => {
    const before = await goalCount();
    const tooFar = await createGoalAction(undefined, goalForm({ startDate: "2026-01-01", deadline: "2036-01-02" }));
    expect(tooFar).toMatchObject({ ok: false, fieldErrors: { deadline: ["goals.errors.deadlineTooFar"] } });
    expect(await goalCount()).toBe(before);
    const saved = await createGoalAction(undefined, goalForm({ startDate: "2026-01-01", deadline: "2036-01-01" })).catch((e: unknown) => e);
    expect(String((saved as { digest?: string }).digest)).toContain("/goals/");
    expect(await goalCount()).toBe(before + 1);
  });

  it("an edit that moves the deadline past 10 years is refused and the goal is unchanged", async () => {
    const [row] = await getDb()
      .insert(goals)
      .values({
        orgId: a.org.id,
        title: "Redigeres",
        ...facebook,
        unit: "count",
        direction: "increase",
        startDate: "2026-01-01",
        deadline: "2026-07-01",
      })
      .returning();
    const result = await updateGoalAction(
      undefined,
      goalForm({ id: row!.id, version: "1", startDate: "2026-01-01", deadline: "2099-01-01" }),
    );
    expect(result).toMatchObject({ ok: false, fieldErrors: { deadline: ["goals.errors.deadlineTooFar"] } });
    expect((await getGoal(ctxOf(a), row!.id)).deadline).toBe("2026-07-01");
  });

  it("a title with a lone UTF-16 surrogate is refused with a field message, not a 500, and nothing is written", async () => {
    const before = await goalCount();
    // FormData turns a lone surrogate into U+FFFD; a direct call with JSON arguments carries it as is.
    const result = await createGoalAction(undefined, { ...Object.fromEntries(goalForm().entries()), title: "Kaker \uD800" });
    expect(result).toMatchObject({ ok: false, fieldErrors: { title: ["validation.malformedText"] } });
    expect(await goalCount()).toBe(before);
  });
});

describe("a goal written before the bounds (start 2000-01-01, deadline 9999-12-31)", () => {
  it("its chart and page loaders return at once with at most MAX_CHART_POINTS points a line", async () => {
    const [row] = await getDb()
      .insert(goals)
      .values({
        orgId: a.org.id,
        title: "Evig mål",
        ...facebook,
        unit: "count",
        direction: "increase",
        baselineValue: 100,
        baselineDate: "2000-01-01",
        targetValue: 200,
        startDate: "2000-01-01",
        deadline: "9999-12-31",
        status: "active",
      })
      .returning({ id: goals.id });
    const ctx = ctxOf(a);
    await recordMeasurements(
      ctx,
      [addMonths(today, -2)!, addMonths(today, -1)!].map((date, i) => ({ ...facebook, date, value: 100 + i })),
      { source: "manual", today },
    );
    const started = performance.now();
    const chart = await goalChartData(ctx, row!.id, "all", today);
    const goal = await getGoal(ctx, row!.id);
    await evaluateGoal(ctx, goal, { today, isNew: false });
    await goalInsights(ctx, await listGoals(ctx), { today, memberCount: 3 });
    expectedProgress(goal.startDate!, goal.deadline!, today);
    // Generous: the bug took 43 s; this is about never looping, not about speed.
    expect(performance.now() - started).toBeLessThan(2000);
    for (const line of [chart.measurements, chart.target, chart.benchmark ?? [], chart.forecast ?? []])
      expect(line.length).toBeLessThanOrEqual(MAX_CHART_POINTS);
    expect(chart.to).toBe(today);
    expect(chart.measurements).toHaveLength(2);
  });
});
