import { describe, expect, it } from "vitest";
import { makeTeam } from "@/test/fixtures";
import { addNote } from "./review-activity";
import { listMeetings, scheduleMeeting, startMeeting } from "./reviews";

describe("listMeetings", () => {
  it("counts each meeting's own attendees and notes, not another meeting's or organization's", async () => {
    const [team, other] = await Promise.all([makeTeam(), makeTeam()]);
    const ctx = { orgId: team.org.id, userId: team.ownerId, role: "owner" as const };
    const otherCtx = { orgId: other.org.id, userId: other.ownerId, role: "owner" as const };
    const busy = await scheduleMeeting(ctx, {
      title: "Oktober",
      scheduledFor: "2026-10-01",
      attendeeIds: [team.ownerId, team.managerId, team.memberId],
    });
    const quiet = await scheduleMeeting(ctx, { title: "November", scheduledFor: "2026-11-01", attendeeIds: [team.ownerId] });
    await startMeeting(ctx, busy);
    await addNote(ctx, busy, null, "Første notat");
    await addNote(ctx, busy, null, "Andre notat");
    const elsewhere = await scheduleMeeting(otherCtx, {
      title: "Andre",
      scheduledFor: "2026-10-01",
      attendeeIds: [other.ownerId, other.managerId],
    });
    await startMeeting(otherCtx, elsewhere);
    await addNote(otherCtx, elsewhere, null, "Ikke vårt");

    const meetings = await listMeetings(ctx);
    expect(meetings.map((m) => [m.title, m.attendeeCount, m.noteCount, m.decisionCount])).toEqual([
      ["November", 1, 0, 0],
      ["Oktober", 3, 2, 0],
    ]);
    expect(meetings.find((m) => m.id === quiet)?.attendeeCount).toBe(1);
  });
});
