import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { actionItems, goals, reviewMeetings } from "@/db/schema/index";
import { addActiveGoals, addCostPerResultGoal, makeTeam } from "@/test/fixtures";
import { dashboardData } from "./dashboard";

type Team = Awaited<ReturnType<typeof makeTeam>>;
const today = "2026-11-26";

/**
 * "Mine oppgaver" on the dashboard: the person's own open action items from
 * every meeting, overdue first, read whether or not the reminders job ever ran.
 */
let team: Team;
let other: Team;
let goalTitle: string;
const ids: Record<string, string> = {};

async function item(t: Team, key: string, values: Partial<typeof actionItems.$inferInsert>): Promise<void> {
  const [row] = await getDb()
    .insert(actionItems)
    .values({ orgId: t.org.id, title: key, ownerId: t.memberId, ...values })
    .returning({ id: actionItems.id });
  ids[key] = row!.id;
}

beforeAll(async () => {
  [team, other] = await Promise.all([makeTeam(), makeTeam()]);
  await addActiveGoals(team, 1, today);
  const [goal] = await getDb().select({ id: goals.id, title: goals.title }).from(goals).where(eq(goals.orgId, team.org.id));
  goalTitle = goal!.title;
  const meetings = await getDb()
    .insert(reviewMeetings)
    .values([
      { orgId: team.org.id, title: "Oktobermøtet", scheduledFor: "2026-10-10", status: "closed" },
      { orgId: team.org.id, title: "Novembermøtet", scheduledFor: "2026-11-10" },
    ])
    .returning({ id: reviewMeetings.id });
  const [october, november] = meetings.map((m) => m.id);
  // The member's: written in this order so that the order read back is the rule's, not the insert's.
  await item(team, "no date", { meetingId: november, createdAt: new Date("2026-11-10T10:00:00Z") });
  await item(team, "due later", { meetingId: november, dueOn: "2026-12-05", goalId: goal!.id });
  await item(team, "due today", { meetingId: november, dueOn: today });
  await item(team, "overdue from October", { meetingId: october, dueOn: "2026-10-20" });
  await item(team, "overdue", { meetingId: november, dueOn: "2026-11-25" });
  // Not the member's open items: done, someone else's, unassigned, another organization's.
  await item(team, "done", { meetingId: november, dueOn: "2026-11-01", doneAt: new Date("2026-11-02T10:00:00Z") });
  await item(team, "the manager's", { meetingId: november, dueOn: "2026-11-01", ownerId: team.managerId });
  await item(team, "nobody's", { meetingId: november, dueOn: "2026-11-01", ownerId: null });
  await item(other, "another organization's", { dueOn: "2026-11-01", ownerId: other.memberId });
});

describe("dashboardData's tasks", () => {
  it("lists the person's own open items from every meeting, overdue first, with the meeting and goal they came from", async () => {
    const data = await dashboardData({ orgId: team.org.id, userId: team.memberId, role: "member" }, today);
    expect(data.myTasks.map((t) => t.title)).toEqual(["overdue from October", "overdue", "due today", "due later", "no date"]);
    expect(data.openTasks).toBe(5);
    expect(data.myTasks[0]).toMatchObject({ id: ids["overdue from October"], meetingTitle: "Oktobermøtet", dueOn: "2026-10-20" });
    expect(data.myTasks[3]).toMatchObject({ goalTitle, meetingTitle: "Novembermøtet" });
    expect(data.myTasks[4]).toMatchObject({ dueOn: null, goalId: null, goalTitle: null });
  });

  it("shows the manager only the manager's item, and another organization's member nothing of this one", async () => {
    const manager = await dashboardData({ orgId: team.org.id, userId: team.managerId, role: "manager" }, today);
    expect(manager.myTasks.map((t) => t.title)).toEqual(["the manager's"]);
    const outsider = await dashboardData({ orgId: other.org.id, userId: other.memberId, role: "member" }, today);
    expect(outsider.myTasks.map((t) => t.title)).toEqual(["another organization's"]);
    // The member of this team asking inside the other organization reads nothing of theirs.
    const wrongOrg = await dashboardData({ orgId: other.org.id, userId: team.memberId, role: "member" }, today);
    expect(wrongOrg.myTasks).toEqual([]);
    expect(wrongOrg.openTasks).toBe(0);
  });

  it("keeps a task on a money goal the person's own, without naming the goal to someone who does not see money", async () => {
    const t = await makeTeam();
    const costGoal = await addCostPerResultGoal(t, "Billigere leads fra Google");
    await item(t, "check the ad texts", { dueOn: "2026-12-01", goalId: costGoal });
    const member = { orgId: t.org.id, userId: t.memberId, role: "member" as const };
    const seen = await dashboardData({ ...member, hideMoney: false }, today);
    expect(seen.myTasks).toEqual([
      expect.objectContaining({ title: "check the ad texts", goalId: costGoal, goalTitle: "Billigere leads fra Google" }),
    ]);
    const hidden = await dashboardData({ ...member, hideMoney: true }, today);
    expect(hidden.myTasks).toEqual([expect.objectContaining({ title: "check the ad texts", goalId: null, goalTitle: null })]);
  });
});
