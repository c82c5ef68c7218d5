import { and, eq, isNull } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { channels, notifications } from "@/db/schema/index";
import { getGoal, listGoals } from "@/lib/data/goals";
import { addNote, closeMeeting, meetingAgenda, meetingMinutes, scheduleMeeting, startMeeting } from "@/lib/data/reviews";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { listNotifications, unreadCount } from "@/lib/data/notifications";
import { addActiveGoals, addCostPerResultGoal, makeTeam } from "@/test/fixtures";
import { addChartNote, chartNoteFromReview, chartNotesBetween, deleteChartNote, updateChartNote } from "./chart-notes";
import { confidenceHistory, recordConfidence } from "./confidence";

type Team = Awaited<ReturnType<typeof makeTeam>>;
const today = "2026-11-26";
const as = (t: Team, who: "owner" | "manager" | "member") => ({
  orgId: t.org.id,
  userId: who === "owner" ? t.ownerId : who === "manager" ? t.managerId : t.memberId,
  role: who,
});
// What the action passes: the owner's and managers' roles hold confidence.recordAny.
// Money seen by owners and managers, the organizations' default.
const managers = { anyGoal: true, notifyRoles: ["owner", "manager"] as const, moneyRoles: ["owner", "manager"] as const };
const ownerOnly = { anyGoal: false, notifyRoles: ["owner", "manager"] as const, moneyRoles: ["owner", "manager"] as const };

let a: Team;
let b: Team;
/** A's goal owned by its member, and B's goal. */
let goalId: string;
let otherGoalId: string;
let channelId: string;
beforeAll(async () => {
  [a, b] = await Promise.all([makeTeam(), makeTeam()]);
  // addActiveGoals gives the first goal to the manager and the second to the member.
  const [[, memberGoal], [bGoal]] = await Promise.all([addActiveGoals(a, 2, today), addActiveGoals(b, 1, today)]);
  goalId = memberGoal!.id;
  otherGoalId = bGoal!.id;
  channelId = (await getGoal(as(a, "owner"), goalId)).channelId;
});

const dropNotices = (t: Team) =>
  getDb()
    .select({ userId: notifications.userId, data: notifications.data })
    .from(notifications)
    .where(and(eq(notifications.orgId, t.org.id), eq(notifications.kind, "confidence_drop")));

describe("a drop on a money goal", () => {
  it("is told only to the notified roles that see money, and a notification on it is not shown to someone who does not", async () => {
    const t = await makeTeam();
    const costGoal = await addCostPerResultGoal(t);
    // Only owners see money here: the manager is not told (for them the goal does not exist).
    const ownersSeeMoney = { anyGoal: false, notifyRoles: ["owner", "manager"] as const, moneyRoles: ["owner"] as const };
    await recordConfidence(as(t, "member"), { goalId: costGoal, level: "high", comment: "" }, ownersSeeMoney);
    await recordConfidence(as(t, "member"), { goalId: costGoal, level: "low", comment: "" }, ownersSeeMoney);
    expect((await dropNotices(t)).map((n) => n.userId)).toEqual([t.ownerId]);

    // Told when managers saw money; then the owners narrowed it: the manager's list and count leave it out.
    await recordConfidence(as(t, "member"), { goalId: costGoal, level: "high", comment: "" }, ownerOnly);
    await recordConfidence(as(t, "member"), { goalId: costGoal, level: "low", comment: "" }, ownerOnly);
    expect((await dropNotices(t)).filter((n) => n.userId === t.managerId)).toHaveLength(1);
    const manager = { ...as(t, "manager"), hideMoney: false };
    expect((await listNotifications(manager)).filter((n) => n.reminder.kind === "confidence_drop")).toHaveLength(1);
    const unread = await unreadCount(manager);
    const hidden = { ...manager, hideMoney: true };
    expect((await listNotifications(hidden)).filter((n) => n.reminder.kind === "confidence_drop")).toEqual([]);
    expect(await unreadCount(hidden)).toBe(unread - 1);
  });
});

describe("recordConfidence", () => {
  it("keeps the owner's check-ins as history, tells the managers (not the one who recorded it) of a drop, and the goal reads the newest", async () => {
    await recordConfidence(as(a, "member"), { goalId, level: "high", comment: "God start" }, ownerOnly);
    expect(await dropNotices(a)).toEqual([]);
    const drop = await recordConfidence(as(a, "member"), { goalId, level: "low", comment: "  Få svar  " }, ownerOnly);
    expect(drop.dropped).toBe(true);
    const notices = await dropNotices(a);
    expect(notices.map((n) => n.userId).sort()).toEqual([a.ownerId, a.managerId].sort());
    expect(notices[0]!.data).toMatchObject({ goalId, from: "high", to: "low", by: "member test" });
    // A rise tells no one.
    expect((await recordConfidence(as(a, "member"), { goalId, level: "medium", comment: "" }, ownerOnly)).dropped).toBe(false);
    expect(await dropNotices(a)).toHaveLength(2);

    const history = await confidenceHistory(as(a, "owner"), goalId);
    expect(history.map((h) => [h.level, h.comment])).toEqual([
      ["medium", ""],
      ["low", "Få svar"],
      ["high", "God start"],
    ]);
    const goal = (await listGoals(as(a, "owner"))).find((g) => g.id === goalId)!;
    expect(goal.confidence).toMatchObject({ level: "medium", comment: "" });
    // A manager dropping it is told to the owner only: the one who recorded it knows.
    await recordConfidence(as(a, "manager"), { goalId, level: "low", comment: "" }, managers);
    expect((await dropNotices(a)).map((n) => n.userId).filter((u) => u === a.ownerId)).toHaveLength(2);
    expect((await dropNotices(a)).map((n) => n.userId).filter((u) => u === a.managerId)).toHaveLength(1);
  });

  it("refuses someone who neither owns the goal nor may record on any, and answers another organization's goal as missing", async () => {
    const [managerGoal] = (await listGoals(as(a, "owner"))).filter((g) => g.ownerId === a.managerId);
    await expect(recordConfidence(as(a, "member"), { goalId: managerGoal!.id, level: "low", comment: "" }, ownerOnly)).rejects.toThrow(
      ForbiddenError,
    );
    await expect(recordConfidence(as(a, "owner"), { goalId: otherGoalId, level: "low", comment: "" }, managers)).rejects.toThrow(
      NotFoundError,
    );
    expect(await confidenceHistory(as(a, "owner"), otherGoalId)).toEqual([]);
  });

  it("links a check-in to an open meeting only", async () => {
    const meetingId = await scheduleMeeting(as(a, "manager"), { title: "Før start", scheduledFor: "2026-12-01", attendeeIds: [] });
    await expect(recordConfidence(as(a, "member"), { goalId, level: "high", comment: "", meetingId }, ownerOnly)).rejects.toThrow(
      ConflictError,
    );
    await startMeeting(as(a, "manager"), meetingId);
    await recordConfidence(as(a, "member"), { goalId, level: "high", comment: "", meetingId }, ownerOnly);
    expect((await confidenceHistory(as(a, "owner"), goalId))[0]!.meetingId).toBe(meetingId);
  });
});

describe("campaign notes", () => {
  it("are added by anyone, edited and deleted by their author or with the permission, and never across organizations", async () => {
    const note = { body: "  Morsdagskampanje startet ", startsOn: "2026-11-02", endsOn: "2026-11-08" };
    const id = await addChartNote(as(a, "member"), channelId, note);
    expect((await chartNotesBetween(as(a, "owner"), { from: "2026-11-05", to: "2026-11-05" }))[0]).toMatchObject({
      id,
      body: "Morsdagskampanje startet",
      authorId: a.memberId,
    });
    await expect(addChartNote(as(a, "member"), channelId, { ...note, endsOn: "2026-11-01" })).rejects.toThrow(ValidationError);
    const edit = { body: "Nyhetsbrev sendt", startsOn: "2026-11-03", endsOn: null };
    await expect(updateChartNote(as(a, "manager"), id, edit, { anyNote: false })).rejects.toThrow(ForbiddenError);
    await updateChartNote(as(a, "manager"), id, edit, { anyNote: true });
    await updateChartNote(as(a, "member"), id, { ...edit, body: "Nyhetsbrev sendt til 800" }, { anyNote: false });
    // B's people and B's ids: missing, like ids that do not exist.
    await expect(updateChartNote(as(b, "owner"), id, edit, { anyNote: true })).rejects.toThrow(NotFoundError);
    await expect(deleteChartNote(as(b, "owner"), id, { anyNote: true })).rejects.toThrow(NotFoundError);
    const bChannel = await getDb().insert(channels).values({ orgId: b.org.id, key: "b_egen", nameNb: "Egen", nameEn: "Own" }).returning();
    await expect(addChartNote(as(a, "owner"), bChannel[0]!.id, edit)).rejects.toThrow(NotFoundError);
    expect(await chartNotesBetween(as(b, "owner"), { from: "2026-01-01", to: "2026-12-31" })).toEqual([]);

    const [catalogue] = await getDb().select({ id: channels.id }).from(channels).where(isNull(channels.orgId)).limit(1);
    await addChartNote(as(b, "member"), catalogue!.id, { body: "Bare hos B", startsOn: "2026-11-03", endsOn: null });
    expect((await chartNotesBetween(as(a, "owner"), { from: "2026-11-03", to: "2026-11-03" })).map((n) => n.body)).toEqual([
      "Nyhetsbrev sendt til 800",
    ]);
    await deleteChartNote(as(a, "member"), id, { anyNote: false });
    expect(await chartNotesBetween(as(a, "owner"), { from: "2026-01-01", to: "2026-12-31" })).toEqual([]);
  });

  it("come from a meeting's note dated the meeting's day, appear on the next agenda for the period and stay in the closed minutes", async () => {
    const owner = as(a, "owner");
    const meetingId = await scheduleMeeting(owner, { title: "November", scheduledFor: "2026-11-20", attendeeIds: [] });
    await startMeeting(owner, meetingId);
    const reviewNoteId = await addNote(owner, meetingId, goalId, "Julemarked på torget\nVi delte ut 300 smaksprøver");
    await expect(chartNoteFromReview(as(b, "owner"), reviewNoteId, channelId)).rejects.toThrow(NotFoundError);
    const id = await chartNoteFromReview(as(a, "member"), reviewNoteId, channelId);
    const [note] = await chartNotesBetween(owner, { from: "2026-11-20", to: "2026-11-20" });
    expect(note).toMatchObject({ id, body: "Julemarked på torget", startsOn: "2026-11-20", endsOn: null });

    // No earlier meeting: the agenda reads 90 days back to the meeting's day; the note before it is left out.
    await addChartNote(owner, channelId, { body: "For lenge siden", startsOn: "2026-08-01", endsOn: null });
    const agenda = await meetingAgenda(owner, { id: meetingId, scheduledFor: "2026-11-20" }, today);
    const onAgenda = agenda.goals.find((g) => g.id === goalId)!;
    expect(onAgenda.campaignNotes.map((n) => n.body)).toEqual(["Julemarked på torget"]);

    // The goal's owner says low while the numbers say on track: flagged for the meeting when they disagree.
    await recordConfidence(as(a, "member"), { goalId, level: "low", comment: "Usikker", meetingId }, ownerOnly);
    const after = (await meetingAgenda(owner, { id: meetingId, scheduledFor: "2026-11-20" }, today)).goals.find((g) => g.id === goalId)!;
    expect(after.confidence?.level).toBe("low");
    expect(after.confidenceFlag).toBe(after.pace === "on_track" ? "lowButOnTrack" : null);

    await closeMeeting(owner, meetingId, today);
    // Edited later, the closed minutes keep what the meeting read.
    await updateChartNote(owner, id, { body: "Endret etterpå", startsOn: "2026-11-20", endsOn: null }, { anyNote: true });
    const minutes = await meetingMinutes(owner, meetingId, today);
    const kept = minutes.goals.find((g) => g.goalId === goalId)!.snapshot;
    expect(kept.confidence).toEqual({ level: "low", comment: "Usikker" });
    expect(kept.campaignNotes).toEqual([{ body: "Julemarked på torget", startsOn: "2026-11-20", endsOn: null }]);
  });
});
