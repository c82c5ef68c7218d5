import { eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { goalRevisions, goals } from "@/db/schema";
import { channelCatalog } from "@/lib/data/benchmarks";
import { createObjective } from "@/lib/data/goals";
import { form, makeTeam } from "@/test/fixtures";

const session = vi.hoisted(() => ({ claims: null as { uid: string; sv: number } | null }));
vi.mock("@/lib/auth/session", async () => (await import("@/test/session-rows")).claimsDouble(() => session.claims));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const { changeGoalStatusAction, createGoalAction, deleteDraftGoalAction, updateGoalAction } = await import("./actions");

type Team = Awaited<ReturnType<typeof makeTeam>>;
let a: Team;
let b: Team;
let facebook: { channelId: string; metricId: string };
let objectiveId: string;

const as = (userId: string | null) => {
  session.claims = userId ? { uid: userId, sv: 1 } : null;
};
const ctxOf = (t: Team) => ({ orgId: t.org.id, userId: t.ownerId, role: "owner" as const });
const isoIn = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

function goalForm(team: Team, overrides: Record<string, string> = {}) {
  return form({
    org: team.slug,
    title: "25 % mer engasjement på Facebook",
    description: "Flere innlegg med bilder av kakene",
    channelId: facebook.channelId,
    metricId: facebook.metricId,
    unit: "count",
    direction: "increase",
    baselineValue: "400",
    baselineDate: isoIn(0),
    targetValue: "460",
    startDate: isoIn(0),
    deadline: isoIn(180),
    objectiveId,
    ownerId: team.memberId,
    priority: "high",
    intent: "active",
    ...overrides,
  });
}

/** The id a successful create redirected to: the action ends with redirect(). */
async function create(team: Team, overrides: Record<string, string> = {}): Promise<string> {
  as(team.ownerId);
  const error = await createGoalAction(undefined, goalForm(team, overrides)).catch((e: unknown) => e);
  const digest = String((error as { digest?: string }).digest ?? "");
  const id = /\/goals\/([0-9a-f-]{36})/.exec(digest)?.[1];
  if (!id) throw new Error(`no redirect to the new goal: ${JSON.stringify(error)}`);
  return id;
}

const versionOf = async (id: string) => (await getDb().select({ v: goals.version }).from(goals).where(eq(goals.id, id)))[0]!.v;

beforeAll(async () => {
  a = await makeTeam();
  b = await makeTeam();
  const fb = (await channelCatalog(ctxOf(a))).find((c) => c.key === "facebook")!;
  facebook = { channelId: fb.id, metricId: fb.metrics.find((m) => m.key === "engagement")!.id };
  objectiveId = (await createObjective(ctxOf(a), { title: "Flere bryllupskaker", description: "" })).id;
});
beforeEach(() => as(null));

describe("goal actions", () => {
  it("lets an owner create an active SMART goal assigned to a member", async () => {
    const id = await create(a);
    const [row] = await getDb().select().from(goals).where(eq(goals.id, id));
    expect(row).toMatchObject({ orgId: a.org.id, status: "active", ownerId: a.memberId, targetValue: 460, version: 1 });
  });

  it("refuses a member who creates, edits, archives or deletes a goal directly, and nothing changes", async () => {
    const id = await create(a, { intent: "draft" });
    const before = await getDb().select().from(goals).where(eq(goals.orgId, a.org.id));
    as(a.memberId);
    const version = String(await versionOf(id));
    const results = [
      await createGoalAction(undefined, goalForm(a)),
      await updateGoalAction(undefined, goalForm(a, { id, version, ownerId: a.memberId, targetValue: "999" })),
      await changeGoalStatusAction(undefined, form({ org: a.slug, id, version, status: "archived" })),
      await deleteDraftGoalAction(undefined, form({ org: a.slug, id, version })),
    ];
    for (const result of results) expect(result).toMatchObject({ ok: false, error: "errors.forbidden" });
    expect(await getDb().select().from(goals).where(eq(goals.orgId, a.org.id))).toEqual(before);
  });

  it("refuses an owner who assigns a goal to a person of another organization", async () => {
    as(a.ownerId);
    const count = await getDb().$count(goals, eq(goals.orgId, a.org.id));
    const result = await createGoalAction(undefined, goalForm(a, { ownerId: b.memberId }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { ownerId: ["goals.errors.ownerNotMember"] } });
    expect(await getDb().$count(goals, eq(goals.orgId, a.org.id))).toBe(count);
  });

  it("answers another organization's goal id like a missing one", async () => {
    const id = await create(a, { intent: "draft" });
    as(b.ownerId);
    const foreign = await changeGoalStatusAction(undefined, form({ org: b.slug, id, version: "1", status: "archived" }));
    const missing = await changeGoalStatusAction(
      undefined,
      form({ org: b.slug, id: crypto.randomUUID(), version: "1", status: "archived" }),
    );
    expect(foreign).toMatchObject({ ok: false, error: "errors.notFound" });
    expect(missing).toMatchObject({ ok: false, error: "errors.notFound" });
  });

  it("writes a revision for each edit of target, deadline or owner, and refuses a stale version", async () => {
    const id = await create(a);
    as(a.managerId);
    const edit = (version: number, overrides: Record<string, string>) =>
      updateGoalAction(undefined, goalForm(a, { id, version: String(version), reason: "Justert etter møtet", ...overrides })).catch(
        (e: unknown) => e,
      );
    await edit(1, { targetValue: "480" });
    expect(await versionOf(id)).toBe(2);
    // A second person still holding version 1 is refused, and nothing of theirs is written.
    const stale = await edit(1, { targetValue: "500" });
    expect(stale).toMatchObject({ ok: false, error: "goals.errors.stale" });
    await edit(2, { targetValue: "480", deadline: isoIn(200), ownerId: a.ownerId });
    const revisions = await getDb().select().from(goalRevisions).where(eq(goalRevisions.goalId, id)).orderBy(goalRevisions.createdAt);
    expect(revisions.map((r) => r.changes)).toEqual([
      { targetValue: { from: 460, to: 480 } },
      { deadline: { from: isoIn(180), to: isoIn(200) }, ownerId: { from: a.memberId, to: a.ownerId } },
    ]);
    expect(revisions.every((r) => r.changedBy === a.managerId && r.reason === "Justert etter møtet")).toBe(true);
    const [row] = await getDb().select().from(goals).where(eq(goals.id, id));
    expect(row).toMatchObject({ targetValue: 480, ownerId: a.ownerId, version: 3 });
  });

  it("keeps a goal that is not SMART as a draft, refuses to activate it, and deletes only drafts", async () => {
    as(a.ownerId);
    const notSmart = await createGoalAction(undefined, goalForm(a, { objectiveId: "", deadline: "" }));
    expect(notSmart).toMatchObject({ ok: false, error: "goals.errors.notSmart" });
    const id = await create(a, { objectiveId: "", deadline: "", intent: "draft" });
    expect(await changeGoalStatusAction(undefined, form({ org: a.slug, id, version: "1", status: "active" }))).toMatchObject({
      ok: false,
      error: "goals.errors.notSmart",
    });
    const active = await create(a);
    expect(await deleteDraftGoalAction(undefined, form({ org: a.slug, id: active, version: "1" }))).toMatchObject({
      ok: false,
      error: "goals.errors.onlyDrafts",
    });
    expect(await changeGoalStatusAction(undefined, form({ org: a.slug, id: active, version: "1", status: "archived" }))).toMatchObject({
      ok: true,
    });
    const [revision] = await getDb().select().from(goalRevisions).where(eq(goalRevisions.goalId, active));
    expect(revision!.changes).toEqual({ status: { from: "active", to: "archived" } });
  });

  it("shows bad input next to its field and writes nothing", async () => {
    as(a.ownerId);
    const result = await createGoalAction(
      undefined,
      goalForm(a, { title: "", baselineValue: "mange", deadline: "31.02.2026", channelId: "x" }),
    );
    expect(result).toMatchObject({
      ok: false,
      error: "errors.validation",
      fieldErrors: {
        title: ["validation.required"],
        baselineValue: ["validation.number"],
        deadline: ["validation.date"],
        channelId: ["goals.errors.chooseChannel"],
      },
    });
  });

  it("reads a decimal comma as Norwegian forms send it", async () => {
    const id = await create(a, { baselineValue: "2,5", targetValue: "3,1", unit: "percent" });
    const [row] = await getDb().select().from(goals).where(eq(goals.id, id));
    expect(row).toMatchObject({ baselineValue: 2.5, targetValue: 3.1 });
  });
});

describe("goal status as a state machine", () => {
  const statusOf = async (id: string) => (await getDb().select({ status: goals.status }).from(goals).where(eq(goals.id, id)))[0]!.status;
  const revisionsOf = (id: string) =>
    getDb().select().from(goalRevisions).where(eq(goalRevisions.goalId, id)).orderBy(goalRevisions.createdAt);
  /** Moves the goal as a manager calling the action directly, with the version they just read. */
  const move = async (id: string, status: string) =>
    changeGoalStatusAction(undefined, form({ org: a.slug, id, version: String(await versionOf(id)), status, reason: `til ${status}` }));
  const everything = async (id: string) => ({
    goal: (await getDb().select().from(goals).where(eq(goals.id, id)))[0],
    revisions: await revisionsOf(id),
  });

  it("refuses a never-checked draft straight to achieved, and nothing is written", async () => {
    const id = await create(a, { objectiveId: "", deadline: "", intent: "draft" });
    as(a.managerId);
    const before = await everything(id);
    for (const status of ["achieved", "missed"])
      expect(await move(id, status)).toMatchObject({ ok: false, error: "goals.errors.transition" });
    expect(await everything(id)).toEqual(before);
  });

  it("refuses an archived goal back to achieved or active, and nothing is written", async () => {
    const id = await create(a);
    as(a.managerId);
    expect(await move(id, "archived")).toMatchObject({ ok: true });
    const before = await everything(id);
    expect(before.goal).toMatchObject({ status: "archived", version: 2 });
    for (const status of ["achieved", "missed", "active"])
      expect(await move(id, status)).toMatchObject({ ok: false, error: "goals.errors.transition" });
    expect(await everything(id)).toEqual(before);
  });

  it("asks why a goal is achieved or missed: without a reason nothing is written, with one it is the revision's", async () => {
    const id = await create(a);
    as(a.managerId);
    const before = await everything(id);
    for (const status of ["achieved", "missed"]) {
      const result = await changeGoalStatusAction(undefined, form({ org: a.slug, id, version: "1", status, reason: "   " }));
      expect(result).toMatchObject({ ok: false, fieldErrors: { reason: ["goals.errors.reasonRequired"] } });
    }
    expect(await everything(id)).toEqual(before);
    const reason = "Julekampanjen ga 1 200 nye følgere";
    expect(await changeGoalStatusAction(undefined, form({ org: a.slug, id, version: "1", status: "achieved", reason }))).toMatchObject({
      ok: true,
    });
    const revisions = await revisionsOf(id);
    expect(revisions).toHaveLength(1);
    expect(revisions[0]!.reason).toBe(reason);
  });

  it("refuses an active goal back to draft and a missed one swapped for achieved", async () => {
    const id = await create(a);
    as(a.managerId);
    expect(await move(id, "draft")).toMatchObject({ ok: false, error: "goals.errors.transition" });
    expect(await move(id, "missed")).toMatchObject({ ok: true });
    expect(await move(id, "achieved")).toMatchObject({ ok: false, error: "goals.errors.transition" });
    expect(await statusOf(id)).toBe("missed");
  });

  it("lets only one of two changes sent at the same moment through", async () => {
    const id = await create(a);
    as(a.managerId);
    const both = await Promise.all(
      ["achieved", "missed"].map((status) =>
        changeGoalStatusAction(undefined, form({ org: a.slug, id, version: "1", status, reason: "samtidig" })),
      ),
    );
    expect(both.filter((r) => r?.ok)).toHaveLength(1);
    expect(both.filter((r) => r && !r.ok)).toMatchObject([{ error: "goals.errors.stale" }]);
    expect(await revisionsOf(id)).toHaveLength(1);
    expect(await versionOf(id)).toBe(2);
  });

  it("allows every transition of the table, each kept as a revision", async () => {
    // Together these walk all ten allowed steps (draft → archived: the audit test parks a draft).
    const walks = [
      ["achieved", "draft", "active", "missed", "archived", "draft"],
      ["archived"],
      ["achieved", "archived"],
      ["missed", "draft", "archived"],
    ];
    for (const walk of walks) {
      const id = await create(a);
      as(a.managerId);
      let from = "active";
      for (const to of walk) {
        expect(await move(id, to), `${from} → ${to}`).toMatchObject({ ok: true });
        expect(await statusOf(id)).toBe(to);
        from = to;
      }
      const revisions = await revisionsOf(id);
      expect(revisions.map((r) => r.changes.status?.to)).toEqual(walk);
    }
  });
});
