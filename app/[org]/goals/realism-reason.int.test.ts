import { eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { goals } from "@/db/schema";
import { channelCatalog } from "@/lib/data/benchmarks";
import { createObjective } from "@/lib/data/goals";
import { form, makeTeam } from "@/test/fixtures";

const session = vi.hoisted(() => ({ claims: null as { uid: string; sv: number } | null }));
vi.mock("@/lib/auth/session", async () => (await import("@/test/session-rows")).claimsDouble(() => session.claims));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const { changeGoalStatusAction, createGoalAction, updateGoalAction } = await import("./actions");

type Team = Awaited<ReturnType<typeof makeTeam>>;
let a: Team;
let followers: { channelId: string; metricId: string };
let objectiveId: string;

const isoIn = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const REASON = "Vi åpner en ny butikk på Grünerløkka i mars";

// Facebook followers, no history: judged against the article's 15 % a half year.
// 400 → 1000 in six months is +150 %, ten times it: unrealistic. 400 → 440 (+10 %) is typical.
function goalForm(overrides: Record<string, string> = {}) {
  return form({
    org: a.slug,
    title: "Flere følgere på Facebook",
    ...followers,
    unit: "count",
    direction: "increase",
    baselineValue: "400",
    baselineDate: isoIn(0),
    targetValue: "1000",
    startDate: isoIn(0),
    deadline: isoIn(183),
    objectiveId,
    ownerId: a.memberId,
    priority: "high",
    intent: "active",
    ...overrides,
  });
}

async function create(overrides: Record<string, string> = {}): Promise<string> {
  const error = await createGoalAction(undefined, goalForm(overrides)).catch((e: unknown) => e);
  const id = /\/goals\/([0-9a-f-]{36})/.exec(String((error as { digest?: string }).digest ?? ""))?.[1];
  if (!id) throw new Error(`no redirect to the new goal: ${JSON.stringify(error)}`);
  return id;
}
const rowOf = async (id: string) => (await getDb().select().from(goals).where(eq(goals.id, id)))[0]!;
const count = () => getDb().$count(goals, eq(goals.orgId, a.org.id));

beforeAll(async () => {
  a = await makeTeam();
  const fb = (await channelCatalog({ orgId: a.org.id, userId: a.ownerId, role: "owner" })).find((c) => c.key === "facebook")!;
  followers = { channelId: fb.id, metricId: fb.metrics.find((m) => m.key === "followers")!.id };
  objectiveId = (await createObjective({ orgId: a.org.id, userId: a.ownerId, role: "owner" }, { title: "Flere kunder", description: "" }))
    .id;
});
beforeEach(() => {
  session.claims = { uid: a.managerId, sv: 1 };
});

describe("an unrealistic target is activated with a written reason, not blocked", () => {
  it("asks for the reason next to its field when created active, writes nothing, then activates with it", async () => {
    const before = await count();
    for (const realismReason of ["", "   "]) {
      expect(await createGoalAction(undefined, goalForm({ realismReason }))).toMatchObject({
        ok: false,
        error: "goals.errors.realismReasonRequired",
        fieldErrors: { realismReason: ["goals.errors.realismReasonRequired"] },
      });
    }
    expect(await count()).toBe(before);
    const id = await create({ realismReason: `  ${REASON} ` });
    expect(await rowOf(id)).toMatchObject({ status: "active", realismReason: REASON });
  });

  it("asks for it when a draft is activated, and keeps it with the goal", async () => {
    const id = await create({ intent: "draft" });
    expect((await rowOf(id)).realismReason).toBeNull();
    const activate = (realismReason?: string) =>
      changeGoalStatusAction(
        undefined,
        form({ org: a.slug, id, version: "1", status: "active", ...(realismReason ? { realismReason } : {}) }),
      );
    expect(await activate()).toMatchObject({ ok: false, fieldErrors: { realismReason: ["goals.errors.realismReasonRequired"] } });
    expect(await rowOf(id)).toMatchObject({ status: "draft", version: 1 });
    expect(await activate(REASON)).toMatchObject({ ok: true });
    expect(await rowOf(id)).toMatchObject({ status: "active", realismReason: REASON });
  });

  it("keeps no reason for a realistic target, even one sent along", async () => {
    const id = await create({ targetValue: "440", realismReason: "Ikke nødvendig" });
    expect(await rowOf(id)).toMatchObject({ status: "active", realismReason: null });
  });

  it("asks again when an active goal is edited to an unrealistic target, and keeps the reason across later edits", async () => {
    const id = await create({ targetValue: "440" });
    const edit = (version: number, overrides: Record<string, string>) =>
      updateGoalAction(undefined, goalForm({ id, version: String(version), reason: "Justert", ...overrides })).catch((e: unknown) => e);
    expect(await edit(1, { targetValue: "1000" })).toMatchObject({ ok: false, fieldErrors: { realismReason: [expect.any(String)] } });
    expect(await rowOf(id)).toMatchObject({ targetValue: 440, version: 1 });
    await edit(1, { targetValue: "1000", realismReason: REASON });
    expect(await rowOf(id)).toMatchObject({ targetValue: 1000, realismReason: REASON, version: 2 });
    // The form sends no reason this time: the goal keeps the one it has.
    await edit(2, { targetValue: "1100" });
    expect(await rowOf(id)).toMatchObject({ targetValue: 1100, realismReason: REASON, version: 3 });
  });
});
