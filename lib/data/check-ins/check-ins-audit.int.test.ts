import { and, asc, eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { auditEvents } from "@/db/schema/index";
import { listAuditEvents } from "@/lib/data/audit";
import { getGoal } from "@/lib/data/goals";
import { addNote, scheduleMeeting, startMeeting } from "@/lib/data/reviews";
import { ForbiddenError, ValidationError } from "@/lib/errors";
import { addActiveGoals, makeTeam } from "@/test/fixtures";
import { addChartNote, chartNoteFromReview, deleteChartNote, updateChartNote } from "./chart-notes";
import { recordConfidence } from "./confidence";

/**
 * Confidence check-ins and campaign notes are writes like any other: each is
 * one audit event by the person who made it, in the same transaction (a
 * refused write leaves none), and the owners' audit log lists them as goals' events.
 */
type Team = Awaited<ReturnType<typeof makeTeam>>;
const today = "2026-11-26";
const as = (t: Team, who: "owner" | "manager" | "member") => ({
  orgId: t.org.id,
  userId: who === "owner" ? t.ownerId : who === "manager" ? t.managerId : t.memberId,
  role: who,
});
const ownerOnly = { anyGoal: false, notifyRoles: ["owner", "manager"] as const, moneyRoles: ["owner", "manager"] as const };

let a: Team;
let goalId: string;
let channelId: string;
beforeAll(async () => {
  a = await makeTeam();
  // The second goal is the member's.
  goalId = (await addActiveGoals(a, 2, today))[1]!.id;
  channelId = (await getGoal(as(a, "owner"), goalId)).channelId;
});

const eventsOf = (actions: string[]) =>
  getDb()
    .select({
      action: auditEvents.action,
      actorId: auditEvents.actorId,
      targetType: auditEvents.targetType,
      targetId: auditEvents.targetId,
      data: auditEvents.data,
    })
    .from(auditEvents)
    .where(and(eq(auditEvents.orgId, a.org.id), inArray(auditEvents.action, actions)))
    .orderBy(asc(auditEvents.id));

describe("audit events of check-ins and campaign notes", () => {
  it("a confidence check-in is one event on the goal, with the level before and after; a refused one leaves none", async () => {
    await recordConfidence(as(a, "member"), { goalId, level: "high", comment: "" }, ownerOnly);
    await recordConfidence(as(a, "member"), { goalId, level: "low", comment: "Få bestillinger" }, ownerOnly);
    const managerGoal = (await addActiveGoals(a, 1, today))[0]!.id;
    await expect(recordConfidence(as(a, "member"), { goalId: managerGoal, level: "low", comment: "" }, ownerOnly)).rejects.toThrow(
      ForbiddenError,
    );
    expect(await eventsOf(["confidence.recorded"])).toEqual([
      {
        action: "confidence.recorded",
        actorId: a.memberId,
        targetType: "goal",
        targetId: goalId,
        data: { level: "high", from: null, meetingId: null },
      },
      {
        action: "confidence.recorded",
        actorId: a.memberId,
        targetType: "goal",
        targetId: goalId,
        data: { level: "low", from: "high", meetingId: null },
      },
    ]);
  });

  it("a campaign note added, edited, made from a review note and deleted: one event each, keeping the note's words", async () => {
    const id = await addChartNote(as(a, "member"), channelId, { body: " Morsdagskampanje startet ", startsOn: "2026-11-02", endsOn: null });
    await expect(addChartNote(as(a, "member"), channelId, { body: "", startsOn: "2026-11-02", endsOn: null })).rejects.toThrow(
      ValidationError,
    );
    await expect(
      updateChartNote(as(a, "manager"), id, { body: "Nei", startsOn: "2026-11-02", endsOn: null }, { anyNote: false }),
    ).rejects.toThrow(ForbiddenError);
    await updateChartNote(as(a, "manager"), id, { body: "Nyhetsbrev sendt", startsOn: "2026-11-03", endsOn: null }, { anyNote: true });
    await deleteChartNote(as(a, "member"), id, { anyNote: false });
    const meetingId = await scheduleMeeting(as(a, "manager"), { title: "November", scheduledFor: "2026-11-20", attendeeIds: [] });
    await startMeeting(as(a, "manager"), meetingId);
    const reviewNoteId = await addNote(as(a, "owner"), meetingId, goalId, "Julemarked på torget");
    const fromReview = await chartNoteFromReview(as(a, "owner"), reviewNoteId, channelId);

    expect(await eventsOf(["chart_note.created", "chart_note.updated", "chart_note.deleted"])).toEqual([
      {
        action: "chart_note.created",
        actorId: a.memberId,
        targetType: "chart_note",
        targetId: id,
        data: { body: "Morsdagskampanje startet", channelId, startsOn: "2026-11-02" },
      },
      {
        action: "chart_note.updated",
        actorId: a.managerId,
        targetType: "chart_note",
        targetId: id,
        data: { body: "Nyhetsbrev sendt", channelId, startsOn: "2026-11-03", from: "Morsdagskampanje startet" },
      },
      {
        action: "chart_note.deleted",
        actorId: a.memberId,
        targetType: "chart_note",
        targetId: id,
        data: { body: "Nyhetsbrev sendt", channelId, startsOn: "2026-11-03" },
      },
      {
        action: "chart_note.created",
        actorId: a.ownerId,
        targetType: "chart_note",
        targetId: fromReview,
        data: { body: "Julemarked på torget", channelId, startsOn: "2026-11-20", reviewNoteId },
      },
    ]);
  });

  it("the owners' log lists them under goals", async () => {
    const page = await listAuditEvents(as(a, "owner"), { kind: "goals" }, { timeZone: "Europe/Oslo" });
    const actions = page.events.map((e) => e.action);
    expect(actions.filter((x) => x === "confidence.recorded")).toHaveLength(2);
    expect(actions.filter((x) => x.startsWith("chart_note."))).toHaveLength(4);
  });
});
