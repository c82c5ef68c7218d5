import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { goals, reviewNotes } from "@/db/schema";
import { addActiveGoals, form, makeTeam } from "@/test/fixtures";

// Issue 15: the review's "adjust" decision writes a goal's deadline too, and a note is free text.
const session = vi.hoisted(() => ({ claims: null as { uid: string; sv: number } | null }));
vi.mock("@/lib/auth/session", async () => (await import("@/test/session-rows")).claimsDouble(() => session.claims));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const actions = await import("./actions");

type Team = Awaited<ReturnType<typeof makeTeam>>;
let a: Team;
let goalId: string;
let meetingId: string;
const isoIn = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  a = await makeTeam();
  // Active increase goals starting 2026-08-26 (the fixture's dates).
  goalId = (await addActiveGoals(a, 2)).find((g) => g.direction === "increase")!.id;
  session.claims = { uid: a.managerId, sv: 1 };
  const redirected = await actions
    .scheduleMeetingAction(undefined, form({ org: a.slug, title: "Månedsmøte", scheduledFor: isoIn(2), attendeeIds: a.memberId }))
    .catch((e: unknown) => e);
  meetingId = /\/reviews\/([0-9a-f-]{36})/.exec(String((redirected as { digest?: string }).digest))![1]!;
});

const adjust = (deadline: string) =>
  actions.decideGoalAction(
    undefined,
    form({ org: a.slug, meetingId, goalId, assessment: "at_risk", decision: "adjust", deadline, reason: "Trenger mer tid" }),
  );

describe("a review adjustment keeps the goal's dates bounded", () => {
  it.each([
    ["the attacker's 9999-12-31", "9999-12-31", "validation.dateRange"],
    // The goal starts 2026-08-26: ten years is 2036-08-26.
    ["a day past ten years after the start", "2036-08-27", "goals.errors.deadlineTooFar"],
  ])("refuses %s next to the deadline, and the goal keeps its deadline", async (_name, deadline, message) => {
    expect(await adjust(deadline)).toMatchObject({ ok: false, fieldErrors: { deadline: [message] } });
    const [goal] = await getDb().select().from(goals).where(eq(goals.id, goalId));
    expect(goal).toMatchObject({ deadline: "2027-02-26", version: 1 });
  });

  it("accepts exactly ten years after the start", async () => {
    expect(await adjust("2036-08-26")).toMatchObject({ ok: true });
    const [goal] = await getDb().select().from(goals).where(eq(goals.id, goalId));
    expect(goal).toMatchObject({ deadline: "2036-08-26", version: 2 });
  });
});

describe("a note", () => {
  it("with a lone UTF-16 surrogate is refused with a field message, not a 500, and nothing is written", async () => {
    session.claims = { uid: a.memberId, sv: 1 };
    // FormData would turn "\uD800" into U+FFFD; an action called with JSON arguments carries it as is.
    const result = await actions.addNoteAction(undefined, { org: a.slug, meetingId, goalId, body: "Bra \uD800 måned" });
    expect(result).toMatchObject({ ok: false, fieldErrors: { body: ["validation.malformedText"] } });
    expect(await getDb().select().from(reviewNotes).where(eq(reviewNotes.meetingId, meetingId))).toHaveLength(0);
  });
});
