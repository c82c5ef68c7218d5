import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { auditEvents, goalMilestones, goals } from "@/db/schema/index";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { addActiveGoals, makeTeam } from "@/test/fixtures";
import { dashboardData } from "./dashboard";
import { goalChartData } from "./goal-chart";
import { setGoalPath } from "./goal-path";

type Team = Awaited<ReturnType<typeof makeTeam>>;
const today = "2026-11-26";
const manager = (t: Team) => ({ orgId: t.org.id, userId: t.managerId, role: "manager" as const });

let a: Team;
let b: Team;
let goalId: string;
beforeAll(async () => {
  [a, b] = await Promise.all([makeTeam(), makeTeam()]);
  // 100 → 130 from 26 Aug 2026 to 26 Feb 2027; 110 read in the week of 26 Oct (addActiveGoals).
  goalId = (await addActiveGoals(a, 1, today))[0]!.id;
});

async function dashboardGoal() {
  const data = await dashboardData(manager(a), today);
  return data.goals.find((g) => g.id === goalId)!;
}

async function stored() {
  const [goal] = await getDb().select({ pathKind: goals.pathKind, version: goals.version }).from(goals).where(eq(goals.id, goalId));
  const milestones = await getDb()
    .select({ date: goalMilestones.date, value: goalMilestones.value })
    .from(goalMilestones)
    .where(eq(goalMilestones.goalId, goalId));
  return { ...goal!, milestones };
}

describe("a goal's path", () => {
  it("is a straight line by default: a third of the way at half time is behind", async () => {
    const g = await dashboardGoal();
    expect(g.insight!.path).toEqual({ kind: "linear", fallback: null });
    expect([g.pace, g.insight!.verdict.reason.key]).toEqual(["at_risk", "behind.none"]);
  });

  it("follows the team's milestones once set: the status, expected progress, needed per week and the chart change", async () => {
    await setGoalPath(manager(a), goalId, 1, { kind: "milestones", milestones: [{ date: "2026-12-26", value: 115 }] });
    const g = await dashboardGoal();
    // 26 Aug (100) → 26 Dec (115) is 122 days; 26 Nov is 92 of them: 100 + 15 × 92 / 122 ≈ 111.3, 0.377 of the way.
    expect(g.expected).toBeCloseTo((15 * 92) / 122 / 30, 10);
    // 110 is 0.333 of the way: within 0.05 of the path.
    expect([g.pace, g.insight!.verdict.reason.key]).toEqual(["on_track", "onPath.none"]);
    // From the week of 26 Oct to the week of 21 Dec, 8 weeks: (115 − 110) / 8, by the milestone's date.
    expect(g.insight!.neededPerPeriod).toBeCloseTo(5 / 8, 10);
    expect(g.insight!.neededBy).toBe("2026-12-26");
    const chart = await goalChartData(manager(a), goalId, "all", today);
    expect(chart.path).toEqual({ kind: "milestones", fallback: null });
    expect(chart.target).toEqual([
      { date: "2026-08-26", value: 100 },
      { date: "2026-12-26", value: 115 },
      { date: "2027-02-26", value: 130 },
    ]);
    expect(await stored()).toEqual({ pathKind: "milestones", version: 2, milestones: [{ date: "2026-12-26", value: 115 }] });
    const [audit] = await getDb()
      .select({ data: auditEvents.data, actorId: auditEvents.actorId })
      .from(auditEvents)
      .where(and(eq(auditEvents.orgId, a.org.id), eq(auditEvents.action, "goal.path_set"), eq(auditEvents.targetId, goalId)));
    expect(audit).toMatchObject({ actorId: a.managerId, data: { from: "linear", to: "milestones" } });
  });

  it("refuses bad milestones with a message per field and writes nothing", async () => {
    const attempt = setGoalPath(manager(a), goalId, 2, {
      kind: "milestones",
      milestones: [
        { date: "2026-10-01", value: 140 },
        { date: "2027-03-01", value: 120 },
      ],
    });
    await expect(attempt).rejects.toBeInstanceOf(ValidationError);
    await expect(attempt).rejects.toMatchObject({
      fieldErrors: { "milestones.1.date": ["goals.path.errors.outsidePeriod"] },
    });
    const pastTarget = setGoalPath(manager(a), goalId, 2, { kind: "milestones", milestones: [{ date: "2026-10-01", value: 140 }] });
    await expect(pastTarget).rejects.toMatchObject({ fieldErrors: { "milestones.0.value": ["goals.path.errors.pastTarget"] } });
    await expect(setGoalPath(manager(a), goalId, 2, { kind: "milestones", milestones: [] })).rejects.toMatchObject({
      fieldErrors: { milestones: ["goals.path.errors.none"] },
    });
    expect(await stored()).toEqual({ pathKind: "milestones", version: 2, milestones: [{ date: "2026-12-26", value: 115 }] });
  });

  it("refuses a stale version, and another organization's goal as if it did not exist", async () => {
    await expect(setGoalPath(manager(a), goalId, 1, { kind: "linear", milestones: [] })).rejects.toBeInstanceOf(ConflictError);
    await expect(setGoalPath(manager(b), goalId, 2, { kind: "linear", milestones: [] })).rejects.toBeInstanceOf(NotFoundError);
    await expect(setGoalPath(manager(b), "not-an-id", 2, { kind: "linear", milestones: [] })).rejects.toBeInstanceOf(NotFoundError);
    expect((await stored()).version).toBe(2);
  });

  it("falls back to a straight line, saying why, when seasonal has no year of history; its milestones go", async () => {
    await setGoalPath(manager(a), goalId, 2, { kind: "seasonal", milestones: [{ date: "2026-12-26", value: 115 }] });
    expect(await stored()).toEqual({ pathKind: "seasonal", version: 3, milestones: [] });
    const g = await dashboardGoal();
    expect(g.insight!.path).toEqual({ kind: "linear", fallback: "noYear" });
    expect(g.pace).toBe("at_risk");
  });
});
