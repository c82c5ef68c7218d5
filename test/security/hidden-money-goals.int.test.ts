import { randomUUID } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import {
  actionItems,
  channels,
  goalConfidences,
  goalMilestones,
  goals,
  metrics,
  organizations,
  reviewItems,
  reviewNotes,
  users,
} from "@/db/schema";
import { recordMeasurements } from "@/lib/data/measurements";
import { addActionItem, addNote, meetingActivity, meetingMinutes, scheduleMeeting, startMeeting } from "@/lib/data/reviews";
import { tenantFrom } from "@/lib/auth/current";
import { addDays } from "@/lib/domain/dates";
import { todayIn } from "@/lib/format";
import { form, makeTeam } from "@/test/fixtures";

/**
 * A goal on a derived figure (cost per result, ROAS, ROI) is money. When the
 * owners keep money to themselves, a manager still holds goal.write and
 * review.run, but for them such a goal does not exist: every write naming it
 * answers exactly as an id that does not exist, and writes nothing
 * (docs/DOMAIN-RULES.md, "Who sees money"). The owner, who sees money, may.
 */
const session = vi.hoisted(() => ({ claims: null as { uid: string; sv: number } | null }));
vi.mock("@/lib/auth/session", async () => (await import("@/test/session-rows")).claimsDouble(() => session.claims));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const goalActions = await import("@/app/[org]/goals/actions");
const confidenceActions = await import("@/app/[org]/goals/[id]/actions");
const reviewActions = await import("@/app/[org]/reviews/actions");

type Team = Awaited<ReturnType<typeof makeTeam>>;
let a: Team;
let ads: { channelId: string; costPerResult: string; clicks: string };
let hidden: string;
let hiddenDraft: string;
let meetingId: string;
const today = todayIn("Europe/Oslo");
const as = (userId: string) => {
  session.claims = { uid: userId, sv: 1 };
};

async function derivedGoal(status: "active" | "draft"): Promise<string> {
  const [row] = await getDb()
    .insert(goals)
    .values({
      orgId: a.org.id,
      title: `Billigere leads (${status})`,
      channelId: ads.channelId,
      metricId: ads.costPerResult,
      unit: "nok",
      direction: "decrease",
      baselineValue: 180,
      baselineDate: addDays(today, -60)!,
      targetValue: 120,
      startDate: addDays(today, -60)!,
      deadline: addDays(today, 150)!,
      ownerId: a.managerId,
      status,
    })
    .returning({ id: goals.id });
  return row!.id;
}

beforeAll(async () => {
  a = await makeTeam();
  await getDb().update(organizations).set({ moneyVisibility: "owners" }).where(eq(organizations.id, a.org.id));
  const rows = await getDb()
    .select({ id: metrics.id, key: metrics.key, channelId: metrics.channelId })
    .from(metrics)
    .innerJoin(channels, eq(channels.id, metrics.channelId))
    .where(and(eq(channels.key, "google_ads"), isNull(metrics.orgId)));
  const key = (k: string) => rows.find((r) => r.key === k)!;
  ads = { channelId: key("clicks").channelId, costPerResult: key("cost_per_result").id, clicks: key("clicks").id };
  // Spend and conversions in three past weeks: the cost per result has a history to leak.
  const owner = { orgId: a.org.id, userId: a.ownerId, role: "owner" as const };
  const days = [-40, -30, -20].map((n) => addDays(today, n)!);
  await recordMeasurements(
    owner,
    days.flatMap((date) => [
      { channelId: ads.channelId, metricId: key("spend").id, date, value: 600 },
      { channelId: ads.channelId, metricId: key("conversions").id, date, value: 4 },
    ]),
    { source: "manual", today },
  );
  [hidden, hiddenDraft] = [await derivedGoal("active"), await derivedGoal("draft")];
  const ctx = { orgId: a.org.id, userId: a.ownerId, role: "owner" as const };
  meetingId = await scheduleMeeting(ctx, { title: "Desember", scheduledFor: today, attendeeIds: [] });
  await startMeeting(ctx, meetingId);
});

/**
 * The manager's answer for the hidden goal, and for an id that does not exist:
 * the same refusal (the form's values it echoes differ only by the id sent).
 */
async function sameAsMissing(call: (goalId: string) => Promise<unknown>, goalId = hidden): Promise<unknown> {
  as(a.managerId);
  const missing = randomUUID();
  const [forHidden, forMissing] = [await call(goalId), await call(missing)];
  expect(JSON.stringify(forHidden).replaceAll(goalId, "ID")).toBe(JSON.stringify(forMissing).replaceAll(missing, "ID"));
  return forHidden;
}

const goalFields = (id: string, metricId = ads.clicks) => ({
  org: a.slug,
  id,
  version: "1",
  title: "Flere klikk",
  description: "",
  channelId: ads.channelId,
  metricId,
  unit: "count",
  direction: "increase",
  baselineValue: "100",
  baselineDate: addDays(today, -10)!,
  targetValue: "130",
  startDate: addDays(today, -10)!,
  deadline: addDays(today, 150)!,
  objectiveId: "",
  ownerId: "",
  priority: "medium",
  reason: "",
  intent: "draft",
});
const notFound = { ok: false, error: "errors.notFound" };

describe("a goal on a derived figure, for a manager who does not see money", () => {
  it("cannot be edited, closed, deleted or given a path: each answers as a missing goal, and nothing changes", async () => {
    expect(await sameAsMissing((id) => goalActions.updateGoalAction(undefined, form(goalFields(id))))).toMatchObject(notFound);
    expect(
      await sameAsMissing((id) =>
        goalActions.changeGoalStatusAction(undefined, form({ org: a.slug, id, version: "1", status: "archived", reason: "" })),
      ),
    ).toMatchObject(notFound);
    expect(
      await sameAsMissing((id) => goalActions.deleteDraftGoalAction(undefined, form({ org: a.slug, id, version: "1" })), hiddenDraft),
    ).toMatchObject(notFound);
    const path = (id: string) => ({
      org: a.slug,
      id,
      version: "1",
      pathKind: "milestones",
      "milestones.0.date": addDays(today, 30)!,
      "milestones.0.value": "150",
    });
    expect(await sameAsMissing((id) => goalActions.setGoalPathAction(undefined, form(path(id))))).toMatchObject(notFound);

    const rows = await getDb().select({ id: goals.id, title: goals.title, status: goals.status, version: goals.version }).from(goals);
    expect(rows.filter((g) => g.id === hidden || g.id === hiddenDraft).sort((x, y) => x.title.localeCompare(y.title))).toEqual([
      { id: hidden, title: "Billigere leads (active)", status: "active", version: 1 },
      { id: hiddenDraft, title: "Billigere leads (draft)", status: "draft", version: 1 },
    ]);
    expect(await getDb().$count(goalMilestones, eq(goalMilestones.goalId, hidden))).toBe(0);

    // The owner sees money: the same path is saved, so the refusal above was about money, not the input.
    as(a.ownerId);
    expect(await goalActions.setGoalPathAction(undefined, form(path(hidden)))).toEqual({ ok: true, data: undefined });
  });

  it("cannot be decided on, noted, given an action item or a confidence in a meeting", async () => {
    const decide = (goalId: string) =>
      reviewActions.decideGoalAction(
        undefined,
        form({ org: a.slug, meetingId, goalId, assessment: "off_track", decision: "close_missed", reason: "For dyrt" }),
      );
    expect(await sameAsMissing(decide)).toMatchObject(notFound);
    const note = (goalId: string) =>
      reviewActions.addNoteAction(undefined, form({ org: a.slug, meetingId, goalId, body: "Leads koster 200 kr" }));
    expect(await sameAsMissing(note)).toMatchObject(notFound);
    const item = (goalId: string) =>
      reviewActions.addActionItemAction(
        undefined,
        form({ org: a.slug, meetingId, goalId, title: "Kutt budsjettet", ownerId: "", dueOn: "" }),
      );
    expect(await sameAsMissing(item)).toMatchObject(notFound);
    // The goal's owner is the manager, who also holds confidence.recordAny.
    const confidence = (goalId: string) =>
      confidenceActions.recordConfidenceAction(undefined, form({ org: a.slug, goalId, level: "low", comment: "", meetingId }));
    expect(await sameAsMissing(confidence)).toMatchObject(notFound);

    expect(await getDb().$count(reviewItems, eq(reviewItems.goalId, hidden))).toBe(0);
    expect(await getDb().$count(reviewNotes, eq(reviewNotes.goalId, hidden))).toBe(0);
    expect(await getDb().$count(actionItems, eq(actionItems.goalId, hidden))).toBe(0);
    expect(await getDb().$count(goalConfidences, eq(goalConfidences.goalId, hidden))).toBe(0);
    const [goal] = await getDb().select({ status: goals.status }).from(goals).where(eq(goals.id, hidden));
    expect(goal!.status).toBe("active");
  });

  it("cannot be written onto a goal, nor its history read, through the derived metric's id", async () => {
    as(a.managerId);
    const create = (metricId: string) => goalActions.createGoalAction(undefined, form({ ...goalFields("", metricId), intent: "draft" }));
    const missing = randomUUID();
    const [forDerived, forMissing] = [await create(ads.costPerResult), await create(missing)];
    expect(JSON.stringify(forDerived).replaceAll(ads.costPerResult, "ID")).toBe(JSON.stringify(forMissing).replaceAll(missing, "ID"));
    expect(forDerived).toMatchObject({ ok: false, fieldErrors: { metricId: ["goals.errors.unknownMetric"] } });
    const edited = await goalActions.updateGoalAction(undefined, form({ ...goalFields((await visibleDraft())!, ads.costPerResult) }));
    expect(edited).toMatchObject({ ok: false, fieldErrors: { metricId: ["goals.errors.unknownMetric"] } });
    const history = (metricId: string) =>
      goalActions.metricHistoryAction(undefined, form({ org: a.slug, channelId: ads.channelId, metricId }));
    expect(await history(ads.costPerResult)).toEqual(await history(randomUUID()));
    expect(await history(ads.costPerResult)).toEqual({ ok: true, data: [] });
    // The owner reads it: 150 kr per conversion.
    as(a.ownerId);
    const owners = (await history(ads.costPerResult)) as { ok: true; data: { value: number }[] };
    expect(owners.data.map((p) => p.value)).toEqual([150, 150, 150]);
    expect(await getDb().$count(goals, and(eq(goals.orgId, a.org.id), eq(goals.metricId, ads.costPerResult)))).toBe(2);
  });
});

describe("a meeting's notes and action items on a goal on a derived figure", () => {
  it("are not in the minutes or the live activity of someone who does not see money, and stay for the owner", async () => {
    const owner = { orgId: a.org.id, userId: a.ownerId, role: "owner" as const };
    await addNote(owner, meetingId, hidden, "Leads koster 210 kr nå");
    await addNote(owner, meetingId, null, "Godt møte");
    await addActionItem(owner, { meetingId, goalId: hidden, title: "Kutt Google-budsjettet til 3 000 kr", ownerId: null, dueOn: null });
    const memberCtx = await guardedCtx(a.memberId, "member");
    expect(memberCtx.hideMoney).toBe(true);

    const minutes = await meetingMinutes(memberCtx, meetingId, today);
    expect(minutes.goals.map((g) => g.goalId)).not.toContain(hidden);
    expect(minutes.generalNotes.map((n) => n.body)).toEqual(["Godt møte"]);
    expect(minutes.generalActionItems).toEqual([]);
    const activity = await meetingActivity(memberCtx, meetingId);
    expect(activity.notes.map((n) => n.body)).toEqual(["Godt møte"]);
    expect(activity.actionItems).toEqual([]);

    const ownerMinutes = await meetingMinutes(await guardedCtx(a.ownerId, "owner"), meetingId, today);
    expect(ownerMinutes.goals.find((g) => g.goalId === hidden)?.notes.map((n) => n.body)).toEqual(["Leads koster 210 kr nå"]);
    expect(ownerMinutes.goals.find((g) => g.goalId === hidden)?.actionItems.map((i) => i.title)).toEqual([
      "Kutt Google-budsjettet til 3 000 kr",
    ]);
  });
});

/** The context the guards make for this person (hideMoney read from the organization's choice). */
async function guardedCtx(userId: string, role: "owner" | "member") {
  const [org] = await getDb().select().from(organizations).where(eq(organizations.id, a.org.id));
  const [user] = await getDb().select().from(users).where(eq(users.id, userId));
  return tenantFrom(user!, { org: org!, role }).ctx;
}

/** A draft on clicks the manager may edit: the refusal above is about the derived metric only. */
async function visibleDraft(): Promise<string | undefined> {
  const [row] = await getDb()
    .insert(goals)
    .values({
      orgId: a.org.id,
      title: "Flere klikk (utkast)",
      channelId: ads.channelId,
      metricId: ads.clicks,
      unit: "count",
      direction: "increase",
      baselineValue: 100,
      targetValue: 130,
      status: "draft",
    })
    .returning({ id: goals.id });
  return row?.id;
}
