import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { goalMilestones, goals } from "@/db/schema";
import { addActiveGoals, form, makeTeam } from "@/test/fixtures";

const session = vi.hoisted(() => ({ claims: null as { uid: string; sv: number } | null }));
vi.mock("@/lib/auth/session", async () => (await import("@/test/session-rows")).claimsDouble(() => session.claims));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const { setGoalPathAction } = await import("./actions");

type Team = Awaited<ReturnType<typeof makeTeam>>;
let a: Team;
let goalId: string;
const as = (userId: string) => {
  session.claims = { uid: userId, sv: 1 };
};
const milestonesOf = () =>
  getDb().select({ date: goalMilestones.date, value: goalMilestones.value }).from(goalMilestones).where(eq(goalMilestones.goalId, goalId));

beforeAll(async () => {
  a = await makeTeam();
  // 100 → 130 from 26 Aug 2026 to 26 Feb 2027.
  goalId = (await addActiveGoals(a, 1, "2026-11-26"))[0]!.id;
});

describe("setGoalPathAction", () => {
  it("answers next to the form's own row, skipping empty rows, and saves nothing", async () => {
    as(a.managerId);
    const answer = await setGoalPathAction(
      undefined,
      form({
        org: a.slug,
        id: goalId,
        version: "1",
        pathKind: "milestones",
        "milestones.0.date": "",
        "milestones.0.value": "",
        "milestones.1.date": "2026-12-31",
        "milestones.1.value": "140",
        "milestones.2.date": "2027-01-31",
        "milestones.2.value": "",
      }),
    );
    expect(answer).toMatchObject({
      ok: false,
      fieldErrors: { "milestones.2.value": ["validation.required"] },
    });
    const pastTarget = await setGoalPathAction(
      undefined,
      form({
        org: a.slug,
        id: goalId,
        version: "1",
        pathKind: "milestones",
        "milestones.1.date": "2026-12-31",
        "milestones.1.value": "140",
      }),
    );
    expect(pastTarget).toMatchObject({ ok: false, fieldErrors: { "milestones.1.value": ["goals.path.errors.pastTarget"] } });
    expect(await milestonesOf()).toEqual([]);
  });

  it("saves the milestones in either number format, and a member may not", async () => {
    as(a.memberId);
    const fields = {
      org: a.slug,
      id: goalId,
      version: "1",
      pathKind: "milestones",
      "milestones.0.date": "2026-12-31",
      "milestones.0.value": "112,5",
    };
    expect(await setGoalPathAction(undefined, form(fields))).toMatchObject({ ok: false, error: "errors.forbidden" });
    as(a.managerId);
    expect(await setGoalPathAction(undefined, form(fields))).toEqual({ ok: true, data: undefined });
    expect(await milestonesOf()).toEqual([{ date: "2026-12-31", value: 112.5 }]);
    const [row] = await getDb().select({ pathKind: goals.pathKind, version: goals.version }).from(goals).where(eq(goals.id, goalId));
    expect(row).toEqual({ pathKind: "milestones", version: 2 });
  });
});
