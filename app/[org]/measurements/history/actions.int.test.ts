import { and, eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { auditEvents, kpiSnapshots } from "@/db/schema";
import { channelCatalog } from "@/lib/data/benchmarks";
import { ingestMeasurements, listMeasurements, measurementWithHistory } from "@/lib/data/measurements";
import { form, makeTeam } from "@/test/fixtures";

const session = vi.hoisted(() => ({ claims: null as { uid: string; sv: number } | null }));
vi.mock("@/lib/auth/session", async () => (await import("@/test/session-rows")).claimsDouble(() => session.claims));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const { recordBulkAction, recordMeasurementAction } = await import("../actions");
const { correctMeasurementAction, deleteMeasurementAction } = await import("./actions");

type Team = Awaited<ReturnType<typeof makeTeam>>;
let a: Team;
let b: Team;
let ig: { channelId: string; followers: string; engagement: string };
const as = (userId: string | null) => {
  session.claims = userId ? { uid: userId, sv: 1 } : null;
};
const ctxOf = (t: Team, userId = t.ownerId) => ({ orgId: t.org.id, userId, role: "owner" as const });
let day = 0;
/** A value recorded through the quick entry by `userId`, on a day of its own; its id. */
async function recorded(userId: string, value = 1200): Promise<number> {
  as(userId);
  const date = `2026-10-${String(++day).padStart(2, "0")}`;
  const result = await recordMeasurementAction(
    undefined,
    form({ org: a.slug, channelId: ig.channelId, metricId: ig.followers, date, value: String(value) }),
  );
  expect(result).toMatchObject({ ok: true });
  const [row] = await getDb()
    .select({ id: kpiSnapshots.id })
    .from(kpiSnapshots)
    .where(and(eq(kpiSnapshots.orgId, a.org.id), eq(kpiSnapshots.metricId, ig.followers), eq(kpiSnapshots.date, date)));
  return row!.id;
}
const valueOf = async (id: number) =>
  (await getDb().select({ value: kpiSnapshots.value }).from(kpiSnapshots).where(eq(kpiSnapshots.id, id)))[0]?.value;
const correct = (org: string, id: number, value: string) => correctMeasurementAction(undefined, form({ org, id: String(id), value }));

beforeAll(async () => {
  [a, b] = await Promise.all([makeTeam(), makeTeam()]);
  const channel = (await channelCatalog(ctxOf(a))).find((c) => c.key === "instagram")!;
  ig = {
    channelId: channel.id,
    followers: channel.metrics.find((m) => m.key === "followers")!.id,
    engagement: channel.metrics.find((m) => m.key === "engagement")!.id,
  };
});
beforeEach(() => as(null));

describe("correcting and deleting a recorded value", () => {
  it("lets a member correct their own value, keeps the old one in its history and writes the audit log", async () => {
    const id = await recorded(a.memberId, 1200);
    as(a.memberId);
    expect(await correct(a.slug, id, "1250")).toEqual({ ok: true, data: { created: 0, corrected: 1, unchanged: 0 } });
    expect(await valueOf(id)).toBe(1250);
    const shown = await measurementWithHistory(ctxOf(a), id);
    expect(shown).toMatchObject({ value: 1250, source: "manual", recordedBy: a.memberId });
    expect(shown!.earlier).toMatchObject([
      { change: "corrected", value: 1200, recordedByName: "member test", replacedByName: "member test" },
    ]);
    const [event] = await getDb()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.orgId, a.org.id), eq(auditEvents.action, "measurements.corrected")));
    expect(event).toMatchObject({ actorId: a.memberId, data: { corrected: 1, channelId: ig.channelId, metricId: ig.followers } });
  });

  it("refuses a member another person's value, and lets a manager correct it", async () => {
    const id = await recorded(a.ownerId, 900);
    as(a.memberId);
    expect(await correct(a.slug, id, "950")).toMatchObject({ ok: false, error: "errors.forbidden" });
    expect(await deleteMeasurementAction(undefined, { org: a.slug, id })).toMatchObject({ ok: false, error: "errors.forbidden" });
    expect(await valueOf(id)).toBe(900);
    as(a.managerId);
    expect(await correct(a.slug, id, "950")).toMatchObject({ ok: true });
    expect(await valueOf(id)).toBe(950);
  });

  it("answers another organization's value exactly like a value that does not exist", async () => {
    const id = await recorded(a.memberId, 300);
    as(b.ownerId);
    const foreign = await correct(b.slug, id, "1");
    const missing = await correct(b.slug, 9_000_000_000, "1");
    expect(foreign).toMatchObject({ ok: false, error: "errors.notFound" });
    expect({ ...foreign, values: {} }).toEqual({ ...missing, values: {} });
    expect(await deleteMeasurementAction(undefined, { org: b.slug, id })).toEqual(
      await deleteMeasurementAction(undefined, { org: b.slug, id: 9_000_000_000 }),
    );
    // A's slug from B's owner: the organization itself is missing.
    expect(await correct(a.slug, id, "1")).toMatchObject({ ok: false, error: "errors.notFound" });
    expect(await valueOf(id)).toBe(300);
    expect(await measurementWithHistory(ctxOf(b), id)).toBeNull();
  });

  it("checks a correction by the same rules as recording: half a follower is refused next to the field", async () => {
    const id = await recorded(a.memberId, 400);
    as(a.memberId);
    expect(await correct(a.slug, id, "400,5")).toMatchObject({ ok: false, fieldErrors: { value: ["measurements.errors.notWhole"] } });
    expect(await correct(a.slug, id, "-4")).toMatchObject({ ok: false, fieldErrors: { value: ["measurements.errors.negative"] } });
    expect(await valueOf(id)).toBe(400);
  });

  it("deletes a value, keeps it in the history of its date and logs it", async () => {
    const id = await recorded(a.memberId, 500);
    const [{ date }] = (await getDb().select({ date: kpiSnapshots.date }).from(kpiSnapshots).where(eq(kpiSnapshots.id, id))) as [
      { date: string },
    ];
    as(a.memberId);
    expect(await deleteMeasurementAction(undefined, { org: a.slug, id })).toEqual({ ok: true, data: { id } });
    expect(await valueOf(id)).toBeUndefined();
    const [event] = await getDb()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.orgId, a.org.id), eq(auditEvents.action, "measurements.deleted")));
    expect(event).toMatchObject({ actorId: a.memberId, data: { value: 500, metricId: ig.followers, from: date } });
    // The same date recorded again lists the deleted value among its earlier ones.
    await recordMeasurementAction(undefined, form({ org: a.slug, channelId: ig.channelId, metricId: ig.followers, date, value: "510" }));
    const [again] = await getDb()
      .select({ id: kpiSnapshots.id })
      .from(kpiSnapshots)
      .where(and(eq(kpiSnapshots.orgId, a.org.id), eq(kpiSnapshots.metricId, ig.followers), eq(kpiSnapshots.date, date)));
    const row = await measurementWithHistory(ctxOf(a), again!.id);
    expect(row).toMatchObject({ value: 510 });
    expect(row!.earlier).toMatchObject([{ change: "deleted", value: 500, replacedByName: "member test" }]);
  });
});

describe("the measurement history list", () => {
  it("names each value's source and filters by source, person and series, newest first, a page at a time", async () => {
    const t = await makeTeam();
    const owner = ctxOf(t);
    const channel = (await channelCatalog(owner)).find((c) => c.key === "instagram")!;
    const followers = channel.metrics.find((m) => m.key === "followers")!.id;
    as(t.memberId);
    const cells = Array.from({ length: 30 }, (_, i) => ({
      metricId: followers,
      date: `2026-09-${String(i + 1).padStart(2, "0")}`,
      value: 100 + i,
    }));
    expect(await recordBulkAction(undefined, form({ org: t.slug, channelId: channel.id, cells: JSON.stringify(cells) }))).toMatchObject({
      ok: true,
    });
    const api = await ingestMeasurements(
      owner,
      { channel: "instagram", metric: "followers", date: "2026-10-05", value: 140 },
      "2026-11-26",
      "Nettbutikken",
    );
    expect(api.ok).toBe(true);

    const first = await listMeasurements(owner, {});
    expect(first.total).toBe(31);
    expect(first.rows).toHaveLength(25);
    expect(first.rows[0]).toMatchObject({ date: "2026-10-05", source: "api", sourceDetail: "Nettbutikken", recordedByName: "Eier Test" });
    expect(first.rows[1]).toMatchObject({ date: "2026-09-30", source: "grid", sourceDetail: null, recordedBy: t.memberId });
    const second = await listMeasurements(owner, { page: 2 });
    expect(second.rows.map((r) => r.date)).toEqual(["2026-09-06", "2026-09-05", "2026-09-04", "2026-09-03", "2026-09-02", "2026-09-01"]);

    expect((await listMeasurements(owner, { source: "api" })).rows.map((r) => r.value)).toEqual([140]);
    expect((await listMeasurements(owner, { personId: t.memberId })).total).toBe(30);
    expect((await listMeasurements(owner, { from: "2026-09-10", to: "2026-09-12" })).rows.map((r) => r.value)).toEqual([111, 110, 109]);
    expect((await listMeasurements(owner, { metricId: ig.engagement })).total).toBe(0);
    // Another organization's history never shows here.
    expect((await listMeasurements(ctxOf(b), { personId: t.memberId })).total).toBe(0);
  });
});
