import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { actionItems, goals, notifications, reviewMeetings } from "@/db/schema";
import { channelCatalog } from "@/lib/data/benchmarks";
import { getGoal } from "@/lib/data/goals";
import { addDays, addMonths } from "@/lib/domain/dates";
import { todayIn } from "@/lib/format";
import { form, makeTeam } from "@/test/fixtures";

// Issue 19 point 5: a baseline not after today, a meeting not in the past, an action item not due before its meeting.
const session = vi.hoisted(() => ({ claims: null as { uid: string; sv: number } | null }));
vi.mock("@/lib/auth/session", async () => (await import("@/test/session-rows")).claimsDouble(() => session.claims));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const goalActions = await import("../goals/actions");
const reviewActions = await import("./actions");

type Team = Awaited<ReturnType<typeof makeTeam>>;
let a: Team;
let today: string;
let facebook: { channelId: string; metricId: string };
const as = (userId: string) => (session.claims = { uid: userId, sv: 1 });
const ctxOf = (t: Team) => ({ orgId: t.org.id, userId: t.ownerId, role: "owner" as const });
const count = async (table: typeof goals | typeof reviewMeetings | typeof actionItems | typeof notifications) =>
  (await getDb().select().from(table).where(eq(table.orgId, a.org.id))).length;
const digestOf = (e: unknown) => String((e as { digest?: string }).digest ?? "");

function goalForm(overrides: Record<string, string> = {}) {
  return form({
    org: a.slug,
    title: "Flere følgere",
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

async function schedule(scheduledFor: string) {
  as(a.managerId);
  return reviewActions.scheduleMeetingAction(undefined, form({ org: a.slug, title: "Månedsmøte", scheduledFor })).catch((e: unknown) => e);
}

beforeAll(async () => {
  a = await makeTeam();
  today = todayIn(a.org.timeZone);
  const fb = (await channelCatalog(ctxOf(a))).find((c) => c.key === "facebook")!;
  facebook = { channelId: fb.id, metricId: fb.metrics.find((m) => m.key === "followers")!.id };
});

describe("a goal's baseline date cannot be after today", () => {
  it("creating a goal with tomorrow's baseline is refused next to the field and nothing is written; today is saved", async () => {
    as(a.ownerId);
    const before = await count(goals);
    const refused = await goalActions.createGoalAction(undefined, goalForm({ baselineDate: addDays(today, 1)! }));
    expect(refused).toMatchObject({ ok: false, fieldErrors: { baselineDate: ["goals.errors.baselineInFuture"] } });
    expect(await count(goals)).toBe(before);
    const saved = await goalActions.createGoalAction(undefined, goalForm()).catch((e: unknown) => e);
    expect(digestOf(saved)).toContain("/goals/");
    expect(await count(goals)).toBe(before + 1);
  });

  it("an edit that moves the baseline into the future is refused and the goal is unchanged", async () => {
    as(a.ownerId);
    const [row] = await getDb()
      .insert(goals)
      .values({ orgId: a.org.id, title: "Redigeres", ...facebook, unit: "count", direction: "increase", baselineDate: today })
      .returning();
    const refused = await goalActions.updateGoalAction(
      undefined,
      goalForm({ id: row!.id, version: "1", baselineDate: addDays(today, 30)! }),
    );
    expect(refused).toMatchObject({ ok: false, fieldErrors: { baselineDate: ["goals.errors.baselineInFuture"] } });
    const after = await getGoal(ctxOf(a), row!.id);
    expect([after.baselineDate, after.version]).toEqual([today, 1]);
  });
});

describe("a review meeting cannot be planned in the past", () => {
  it("yesterday is refused next to the date and nothing is written; today is planned", async () => {
    const before = await count(reviewMeetings);
    const refused = await schedule(addDays(today, -1)!);
    expect(refused).toMatchObject({ ok: false, fieldErrors: { scheduledFor: ["reviews.errors.meetingInPast"] } });
    expect(await count(reviewMeetings)).toBe(before);
    expect(digestOf(await schedule(today))).toMatch(/\/reviews\/[0-9a-f-]{36}/);
    expect(await count(reviewMeetings)).toBe(before + 1);
  });
});

describe("an action item cannot be due before its meeting", () => {
  it("a due date the day before the meeting is refused next to the field, with no item and no notification; the meeting's day is saved", async () => {
    const meetingDay = addDays(today, 5)!;
    const meetingId = /\/reviews\/([0-9a-f-]{36})/.exec(digestOf(await schedule(meetingDay)))![1]!;
    const item = (dueOn: string) =>
      reviewActions.addActionItemAction(undefined, form({ org: a.slug, meetingId, title: "Bestille esker", ownerId: a.memberId, dueOn }));
    const [items, sent] = [await count(actionItems), await count(notifications)];
    const refused = await item(addDays(meetingDay, -1)!);
    expect(refused).toMatchObject({ ok: false, fieldErrors: { dueOn: ["reviews.errors.dueBeforeMeeting"] } });
    expect([await count(actionItems), await count(notifications)]).toEqual([items, sent]);
    expect(await item(meetingDay)).toMatchObject({ ok: true });
    expect([await count(actionItems), await count(notifications)]).toEqual([items + 1, sent + 1]);
  });
});
