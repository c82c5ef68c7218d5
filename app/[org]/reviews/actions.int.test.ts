import { and, eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { actionItems, goalRevisions, goals, organizations, reviewItems, reviewMeetings, reviewNotes } from "@/db/schema";
import { meetingActivity } from "@/lib/data/reviews";
import { meetingAgenda } from "@/lib/data/reviews";
import { addActiveGoals, form, makeTeam } from "@/test/fixtures";

const session = vi.hoisted(() => ({ claims: null as { uid: string; sv: number } | null }));
vi.mock("@/lib/auth/session", async () => (await import("@/test/session-rows")).claimsDouble(() => session.claims));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const actions = { ...(await import("./actions")), ...(await import("./action-item-actions")) };

type Team = Awaited<ReturnType<typeof makeTeam>>;
let a: Team;
let b: Team;
let goalIds: string[];
const today = new Date().toISOString().slice(0, 10);
const isoIn = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const ctxOf = (t: Team) => ({ orgId: t.org.id, userId: t.ownerId, role: "owner" as const });

const as = (userId: string | null) => {
  session.claims = userId ? { uid: userId, sv: 1 } : null;
};

/** The id a redirecting action sent the browser to. */
function redirectedId(error: unknown, pattern: RegExp): string {
  const digest = String((error as { digest?: string }).digest ?? "");
  const id = pattern.exec(digest)?.[1];
  if (!id) throw new Error(`no redirect: ${JSON.stringify(error)}`);
  return id;
}

async function schedule(team: Team, title = "Månedsmøte", date = isoIn(2)): Promise<string> {
  as(team.managerId);
  const error = await actions
    .scheduleMeetingAction(undefined, form({ org: team.slug, title, scheduledFor: date, attendeeIds: team.memberId }))
    .catch((e: unknown) => e);
  return redirectedId(error, /\/reviews\/([0-9a-f-]{36})/);
}

async function close(team: Team, id: string) {
  as(team.managerId);
  const error = await actions.closeMeetingAction(undefined, form({ org: team.slug, id })).catch((e: unknown) => e);
  expect(redirectedId(error, /\/reviews\/([0-9a-f-]{36})\/minutes/)).toBe(id);
}

const rows = async (table: typeof reviewMeetings | typeof reviewNotes | typeof actionItems | typeof reviewItems, orgId: string) =>
  (await getDb().select().from(table).where(eq(table.orgId, orgId))).length;

beforeAll(async () => {
  [a, b] = await Promise.all([makeTeam(), makeTeam()]);
  // Increase goals only, so a lower target stays a valid adjustment.
  goalIds = (await addActiveGoals(a, 6)).filter((g) => g.direction === "increase").map((g) => g.id);
});
beforeEach(() => as(null));

describe("scheduling and roles", () => {
  it("a member can neither schedule nor close a meeting, and nothing is written", async () => {
    const id = await schedule(a);
    const before = await rows(reviewMeetings, a.org.id);
    as(a.memberId);
    const scheduled = await actions.scheduleMeetingAction(undefined, form({ org: a.slug, title: "Mitt møte", scheduledFor: isoIn(3) }));
    expect(scheduled).toMatchObject({ ok: false, error: "errors.forbidden" });
    const closed = await actions.closeMeetingAction(undefined, form({ org: a.slug, id }));
    expect(closed).toMatchObject({ ok: false, error: "errors.forbidden" });
    expect(await rows(reviewMeetings, a.org.id)).toBe(before);
    const [meeting] = await getDb().select().from(reviewMeetings).where(eq(reviewMeetings.id, id));
    expect(meeting!.status).toBe("scheduled");
  });

  it("scheduling sets the organization's next review date and refuses attendees from elsewhere", async () => {
    const team = await makeTeam();
    await schedule(team, "Desembermøtet", isoIn(5));
    const [org] = await getDb().select().from(organizations).where(eq(organizations.id, team.org.id));
    expect(org!.nextReviewOn).toBe(isoIn(5));
    as(team.managerId);
    const foreign = await actions.scheduleMeetingAction(
      undefined,
      form({ org: team.slug, title: "X", scheduledFor: isoIn(6), attendeeIds: b.memberId }),
    );
    expect(foreign).toMatchObject({ ok: false, fieldErrors: { attendeeIds: ["reviews.errors.notMember"] } });
    const bad = await actions.scheduleMeetingAction(undefined, form({ org: team.slug, title: "", scheduledFor: "2026-02-30" }));
    expect(bad).toMatchObject({ ok: false, fieldErrors: { title: ["validation.required"], scheduledFor: ["validation.date"] } });
  });

  it("another organization's meeting answers exactly like one that does not exist", async () => {
    const id = await schedule(a);
    as(b.ownerId);
    const foreign = await actions.addNoteAction(undefined, form({ org: b.slug, meetingId: id, body: "Hei" }));
    const missing = await actions.addNoteAction(
      undefined,
      form({ org: b.slug, meetingId: "00000000-0000-4000-8000-000000000000", body: "Hei" }),
    );
    const withoutEcho = (r: unknown) => ({ ...(r as object), values: undefined });
    expect(withoutEcho(foreign)).toEqual(withoutEcho(missing));
    expect(foreign).toMatchObject({ ok: false, error: "errors.notFound" });
    const closing = await actions.closeMeetingAction(undefined, form({ org: b.slug, id }));
    expect(closing).toMatchObject({ ok: false, error: "errors.notFound" });
    expect(await rows(reviewNotes, a.org.id)).toBe(0);
  });
});

describe("in the meeting", () => {
  it("an adjustment writes a revision linked to the meeting; without a reason it is refused", async () => {
    const id = await schedule(a);
    const goalId = goalIds[0]!;
    as(a.managerId);
    const noReason = await actions.decideGoalAction(
      undefined,
      form({ org: a.slug, meetingId: id, goalId, assessment: "at_risk", decision: "adjust", targetValue: "120" }),
    );
    expect(noReason).toMatchObject({ ok: false, fieldErrors: { reason: ["reviews.errors.reasonRequired"] } });
    expect((await getDb().select().from(goalRevisions).where(eq(goalRevisions.goalId, goalId))).length).toBe(0);

    const done = await actions.decideGoalAction(
      undefined,
      form({
        org: a.slug,
        meetingId: id,
        goalId,
        assessment: "at_risk",
        decision: "adjust",
        targetValue: "120",
        deadline: isoIn(200),
        reason: "Sesongen kom sent",
      }),
    );
    expect(done, JSON.stringify(done)).toMatchObject({ ok: true });
    const [goal] = await getDb().select().from(goals).where(eq(goals.id, goalId));
    expect(goal).toMatchObject({ targetValue: 120, deadline: isoIn(200), version: 2 });
    const [revision] = await getDb().select().from(goalRevisions).where(eq(goalRevisions.goalId, goalId));
    expect(revision).toMatchObject({ meetingId: id, reason: "Sesongen kom sent", changedBy: a.managerId });
    expect(revision!.changes).toMatchObject({ targetValue: { from: 130, to: 120 }, deadline: { from: "2027-02-26", to: isoIn(200) } });
    const [item] = await getDb()
      .select()
      .from(reviewItems)
      .where(and(eq(reviewItems.meetingId, id), eq(reviewItems.goalId, goalId)));
    expect(item).toMatchObject({ assessment: "at_risk", decision: "adjust", decidedBy: a.managerId });
  });

  it("closing a goal in the meeting follows the goal's status table, and a refused close writes nothing", async () => {
    const team = await makeTeam();
    const [archived, active] = (await addActiveGoals(team, 2)).map((g) => g.id) as [string, string];
    await getDb().update(goals).set({ status: "archived" }).where(eq(goals.id, archived));
    const id = await schedule(team);
    as(team.managerId);
    const decide = (goalId: string, decision: string) =>
      actions.decideGoalAction(
        undefined,
        form({ org: team.slug, meetingId: id, goalId, assessment: "on_track", decision, reason: "Avsluttet i møtet" }),
      );
    const snapshot = async () => ({
      goals: await getDb().select().from(goals).where(eq(goals.orgId, team.org.id)).orderBy(goals.id),
      revisions: await getDb().select().from(goalRevisions).where(eq(goalRevisions.orgId, team.org.id)),
      items: await rows(reviewItems, team.org.id),
    });

    const before = await snapshot();
    expect(await decide(archived, "close_achieved")).toMatchObject({ ok: false, error: "reviews.errors.goalNotActive" });
    expect(await snapshot()).toEqual(before);

    expect(await decide(active, "close_missed")).toMatchObject({ ok: true });
    const [closed] = await getDb().select().from(goals).where(eq(goals.id, active));
    expect(closed).toMatchObject({ status: "missed", version: 2 });
    const afterClose = await snapshot();
    expect(afterClose.revisions.map((r) => r.changes)).toEqual([{ status: { from: "active", to: "missed" } }]);
    // Missed is not swapped for achieved, not even by the meeting that closed it.
    expect(await decide(active, "close_achieved")).toMatchObject({ ok: false, error: "reviews.errors.goalNotActive" });
    expect(await snapshot()).toEqual(afterClose);
  });

  it("a member cannot decide, but adds notes and action items", async () => {
    const id = await schedule(a);
    as(a.memberId);
    const decided = await actions.decideGoalAction(
      undefined,
      form({ org: a.slug, meetingId: id, goalId: goalIds[1]!, assessment: "on_track", decision: "keep" }),
    );
    expect(decided).toMatchObject({ ok: false, error: "errors.forbidden" });
    expect(
      await actions.addNoteAction(
        undefined,
        form({ org: a.slug, meetingId: id, goalId: goalIds[1]!, body: "Flere bestillinger etter påske" }),
      ),
    ).toMatchObject({ ok: true });
    const item = await actions.addActionItemAction(
      undefined,
      form({ org: a.slug, meetingId: id, goalId: goalIds[1]!, title: "Lag tre Reels", ownerId: a.memberId, dueOn: isoIn(10) }),
    );
    expect(item).toMatchObject({ ok: true });
    const activity = await meetingActivity(ctxOf(a), id);
    expect(activity.notes.map((n) => n.body)).toEqual(["Flere bestillinger etter påske"]);
    expect(activity.actionItems.some((i) => i.title === "Lag tre Reels" && i.ownerName === "member test")).toBe(true);
  });

  it("two notes saved at the same moment both survive", async () => {
    const id = await schedule(a);
    const saves = await Promise.all(
      ["Leder: flere bilder av kakene", "Ansatt: kundene spør etter glutenfritt"].map(async (body, i) => {
        const user = i ? a.memberId : a.managerId;
        session.claims = { uid: user, sv: 1 };
        return actions.addNoteAction(undefined, form({ org: a.slug, meetingId: id, goalId: goalIds[0]!, body }));
      }),
    );
    expect(saves.every((s) => s?.ok)).toBe(true);
    const notes = (await meetingActivity(ctxOf(a), id)).notes.map((n) => n.body).sort();
    expect(notes).toEqual(["Ansatt: kundene spør etter glutenfritt", "Leder: flere bilder av kakene"]);
  });

  it("only the owner or author of an action item, or a manager, ticks it off", async () => {
    const id = await schedule(a);
    as(a.managerId);
    const created = await actions.addActionItemAction(
      undefined,
      form({ org: a.slug, meetingId: id, title: "Bestill foto", ownerId: a.managerId }),
    );
    const itemId = (created as { ok: true; data: { id: string } }).data.id;
    const stranger = await makeTeam();
    as(stranger.ownerId);
    expect(await actions.setActionItemDoneAction(undefined, form({ org: stranger.slug, id: itemId, done: "true" }))).toMatchObject({
      error: "errors.notFound",
    });
    as(a.memberId);
    expect(await actions.setActionItemDoneAction(undefined, form({ org: a.slug, id: itemId, done: "true" }))).toMatchObject({
      error: "errors.forbidden",
    });
    as(a.managerId);
    expect(await actions.setActionItemDoneAction(undefined, form({ org: a.slug, id: itemId, done: "true" }))).toMatchObject({ ok: true });
    const [row] = await getDb().select().from(actionItems).where(eq(actionItems.id, itemId));
    expect(row!.doneAt).not.toBeNull();
  });
});

describe("closing", () => {
  it("locks the notes and decisions, keeps snapshots and carries unfinished action items to the next agenda", async () => {
    const team = await makeTeam();
    const ids = (await addActiveGoals(team, 2)).map((g) => g.id);
    const first = await schedule(team, "Oktober", isoIn(1));
    as(team.memberId);
    const open = await actions.addActionItemAction(
      undefined,
      form({ org: team.slug, meetingId: first, goalId: ids[0]!, title: "Svar på alle anmeldelser", ownerId: team.memberId }),
    );
    const finished = await actions.addActionItemAction(
      undefined,
      form({ org: team.slug, meetingId: first, goalId: ids[1]!, title: "Oppdater åpningstider", ownerId: team.memberId }),
    );
    const finishedId = (finished as { ok: true; data: { id: string } }).data.id;
    expect(open).toMatchObject({ ok: true });
    await actions.setActionItemDoneAction(undefined, form({ org: team.slug, id: finishedId, done: "true" }));
    await close(team, first);

    as(team.memberId);
    const late = await actions.addNoteAction(undefined, form({ org: team.slug, meetingId: first, body: "For sent" }));
    expect(late).toMatchObject({ ok: false, error: "reviews.errors.closed" });
    as(team.managerId);
    const lateDecision = await actions.decideGoalAction(
      undefined,
      form({ org: team.slug, meetingId: first, goalId: ids[0]!, assessment: "on_track", decision: "keep" }),
    );
    expect(lateDecision).toMatchObject({ ok: false, error: "reviews.errors.closed" });
    expect(await rows(reviewNotes, team.org.id)).toBe(0);

    const snapshots = await getDb().select().from(reviewItems).where(eq(reviewItems.meetingId, first));
    expect(snapshots).toHaveLength(2);
    expect(snapshots[0]!.snapshot).toMatchObject({ latestValue: 110, targetValue: 130 });

    const second = await schedule(team, "November", isoIn(30));
    const activity = await meetingActivity(ctxOf(team), second);
    expect(activity.actionItems.map((i) => i.title)).toEqual(["Svar på alle anmeldelser"]);
    const agenda = await meetingAgenda(ctxOf(team), { id: second, scheduledFor: isoIn(30) }, today);
    expect(agenda.previous?.id).toBe(first);
    expect(agenda.goals.every((g) => g.since?.latestValue === 110)).toBe(true);
    const [org] = await getDb().select().from(organizations).where(eq(organizations.id, team.org.id));
    expect(org!.nextReviewOn).toBe(isoIn(30));
  });
});
