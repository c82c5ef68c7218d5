import { and, desc, eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { type AuditEvent, auditEvents } from "@/db/schema";
import { createApiToken } from "@/lib/data/team";
import { channelCatalog } from "@/lib/data/benchmarks";
import { addDays } from "@/lib/domain/dates";
import { todayIn } from "@/lib/format";
import { addActiveGoals, form, makeTeam } from "@/test/fixtures";

// Changes to goals, measurements and meetings, each through its real entry
// point (server actions, the CSV import route, the ingestion API): each is
// recorded once, by who did it, with counts rather than one event per row.
const session = vi.hoisted(() => ({ claims: null as { uid: string; sv: number } | null }));
vi.mock("@/lib/auth/session", async () => (await import("@/test/session-rows")).claimsDouble(() => session.claims));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const goalActions = await import("../goals/actions");
const measurementActions = await import("../measurements/actions");
const reviewActions = { ...(await import("../reviews/actions")), ...(await import("../reviews/action-item-actions")) };
const importRoute = await import("@/app/api/orgs/[org]/measurements/import/route");
const ingestRoute = await import("@/app/api/v1/measurements/route");

type Team = Awaited<ReturnType<typeof makeTeam>>;
let a: Team;
let b: Team;
let web: { channelId: string; visits: string; conversion: string };
const today = todayIn("Europe/Oslo");
const day = (n: number) => addDays(today, -n)!;
const as = (userId: string | null) => {
  session.claims = userId ? { uid: userId, sv: 1 } : null;
};
const events = (orgId: string, action: string): Promise<AuditEvent[]> =>
  getDb()
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.orgId, orgId), eq(auditEvents.action, action)))
    .orderBy(desc(auditEvents.id));
/** The id an action redirected to (it ends with redirect()). */
const redirectedTo = (error: unknown, pattern: RegExp) => pattern.exec(String((error as { digest?: string }).digest ?? ""))?.[1];

beforeAll(async () => {
  [a, b] = await Promise.all([makeTeam(), makeTeam()]);
  const site = (await channelCatalog({ orgId: a.org.id, userId: a.ownerId, role: "owner" })).find((c) => c.key === "website")!;
  web = {
    channelId: site.id,
    visits: site.metrics.find((m) => m.key === "organic_visits")!.id,
    conversion: site.metrics.find((m) => m.key === "conversion_rate")!.id,
  };
});
beforeEach(() => as(null));

describe("goal events", () => {
  it("created, edited, status changed and deleted, each once, by the person who did it", async () => {
    as(a.managerId);
    const fields = {
      org: a.slug,
      title: "Flere besøk fra søk",
      description: "",
      channelId: web.channelId,
      metricId: web.visits,
      unit: "count",
      direction: "increase",
      baselineValue: "100",
      baselineDate: today,
      targetValue: "130",
      startDate: today,
      deadline: addDays(today, 180)!,
      objectiveId: "",
      ownerId: "",
      priority: "medium",
      intent: "draft",
    };
    const id = redirectedTo(
      await goalActions.createGoalAction(undefined, form(fields)).catch((e: unknown) => e),
      /\/goals\/([0-9a-f-]{36})/,
    )!;
    expect((await events(a.org.id, "goal.created"))[0]).toMatchObject({
      actorId: a.managerId,
      targetType: "goal",
      targetId: id,
      data: { status: "draft" },
    });
    await goalActions
      .updateGoalAction(undefined, form({ ...fields, id, version: "1", targetValue: "140", reason: "Mer realistisk" }))
      .catch((e: unknown) => e);
    expect(await events(a.org.id, "goal.updated")).toMatchObject([{ actorId: a.managerId, targetId: id }]);
    // A stale save is refused and leaves no event.
    expect(await goalActions.updateGoalAction(undefined, form({ ...fields, id, version: "1", targetValue: "150" }))).toMatchObject({
      error: "goals.errors.stale",
    });
    expect(await events(a.org.id, "goal.updated")).toHaveLength(1);
    expect(await goalActions.changeGoalStatusAction(undefined, form({ org: a.slug, id, version: "2", status: "archived" }))).toMatchObject({
      ok: true,
    });
    expect((await events(a.org.id, "goal.status_changed"))[0]).toMatchObject({ targetId: id, data: { from: "draft", to: "archived" } });
    expect(await goalActions.changeGoalStatusAction(undefined, form({ org: a.slug, id, version: "3", status: "draft" }))).toMatchObject({
      ok: true,
    });
    await goalActions.deleteDraftGoalAction(undefined, form({ org: a.slug, id, version: "4" })).catch((e: unknown) => e);
    expect((await events(a.org.id, "goal.deleted"))[0]).toMatchObject({
      actorId: a.managerId,
      targetId: id,
      data: { title: "Flere besøk fra søk" },
    });
  });
});

describe("measurement events", () => {
  it("a value recorded, then corrected: one event each, with counts and the series", async () => {
    as(a.memberId);
    const entry = { org: a.slug, channelId: web.channelId, metricId: web.conversion, date: day(3) };
    expect(await measurementActions.recordMeasurementAction(undefined, form({ ...entry, value: "2,5" }))).toMatchObject({ ok: true });
    expect((await events(a.org.id, "measurements.recorded"))[0]).toMatchObject({
      actorId: a.memberId,
      data: { source: "manual", created: 1, corrected: 0, channelId: web.channelId, metricId: web.conversion, from: day(3), to: day(3) },
    });
    expect(await measurementActions.recordMeasurementAction(undefined, form({ ...entry, value: "2,7" }))).toMatchObject({ ok: true });
    expect(await events(a.org.id, "measurements.corrected")).toMatchObject([{ actorId: a.memberId, data: { created: 0, corrected: 1 } }]);
    // The same value again changes nothing, and records nothing.
    await measurementActions.recordMeasurementAction(undefined, form({ ...entry, value: "2,7" }));
    expect(await events(a.org.id, "measurements.corrected")).toHaveLength(1);
  });

  it("a bulk save of many values is one event, not one per value", async () => {
    as(a.managerId);
    const before = (await events(a.org.id, "measurements.recorded")).length;
    const cells = [10, 11, 12, 13].map((n) => ({ metricId: web.visits, date: day(n), value: 100 + n }));
    expect(
      await measurementActions.recordBulkAction(undefined, form({ org: a.slug, channelId: web.channelId, cells: JSON.stringify(cells) })),
    ).toMatchObject({ ok: true });
    const recorded = await events(a.org.id, "measurements.recorded");
    expect(recorded).toHaveLength(before + 1);
    expect(recorded[0]).toMatchObject({ actorId: a.managerId, data: { created: 4, series: 1, from: day(13), to: day(10) } });
  });

  it("a CSV import is one event with its counts; a failed import leaves none", async () => {
    as(a.ownerId);
    const post = (csv: string) =>
      importRoute.POST(
        new Request(`http://localhost/api/orgs/${a.slug}/measurements/import?mode=commit`, {
          method: "POST",
          body: csv,
          duplex: "half",
        } as RequestInit),
        { params: Promise.resolve({ org: a.slug }) },
      );
    const dates = [20, 21, 22].map((n) => day(n).split("-").reverse().join("."));
    const ok = await post(
      [
        "dato;kanal;måltall;verdi",
        ...dates.map((d, i) => `${d};website;organic_visits;${200 + i}`),
        `${day(10).split("-").reverse().join(".")};website;organic_visits;999`,
      ].join("\n"),
    );
    expect(await ok.text()).toContain('"type":"done"');
    expect(await events(a.org.id, "measurements.imported")).toMatchObject([
      { actorId: a.ownerId, data: { source: "csv", rows: 4, created: 3, corrected: 1, unchanged: 0 } },
    ]);
    const bad = await post(
      ["dato;kanal;måltall;verdi", `${dates[0]};website;organic_visits;1`, "31.02.2026;website;organic_visits;2"].join("\n"),
    );
    expect(await bad.text()).toContain('"type":"error"');
    expect(await events(a.org.id, "measurements.imported")).toHaveLength(1);
  });

  it("an API batch is one event in the name of the token's creator", async () => {
    const { token } = await createApiToken({ orgId: b.org.id, userId: b.managerId, role: "manager" }, "Nettbutikk");
    const items = [30, 31].map((n) => ({ channel: "website", metric: "organic_visits", date: day(n), value: n }));
    const res = await ingestRoute.POST(
      new Request("http://localhost/api/v1/measurements", {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: JSON.stringify(items),
      }),
    );
    expect(res.status).toBe(201);
    expect(await events(b.org.id, "measurements.recorded")).toMatchObject([{ actorId: b.managerId, data: { source: "api", created: 2 } }]);
  });
});

describe("meeting events", () => {
  it("scheduled, started, a note, an action item ticked off, a decision, closed", async () => {
    const [goal] = await addActiveGoals(a, 1);
    as(a.managerId);
    const id = redirectedTo(
      await reviewActions
        .scheduleMeetingAction(undefined, form({ org: a.slug, title: "Novembermøtet", scheduledFor: today }))
        .catch((e: unknown) => e),
      /\/reviews\/([0-9a-f-]{36})/,
    )!;
    expect((await events(a.org.id, "review.scheduled"))[0]).toMatchObject({
      actorId: a.managerId,
      targetType: "review_meeting",
      targetId: id,
      data: { scheduledFor: today },
    });
    expect(await reviewActions.startMeetingAction(undefined, form({ org: a.slug, id }))).toMatchObject({ ok: true });
    expect((await events(a.org.id, "review.started"))[0]).toMatchObject({ targetId: id });
    as(a.memberId);
    expect(
      await reviewActions.addNoteAction(undefined, form({ org: a.slug, meetingId: id, goalId: goal!.id, body: "Flere bilder" })),
    ).toMatchObject({ ok: true });
    expect((await events(a.org.id, "review.note_added"))[0]).toMatchObject({
      actorId: a.memberId,
      targetId: id,
      data: { goalId: goal!.id },
    });
    const item = await reviewActions.addActionItemAction(
      undefined,
      form({ org: a.slug, meetingId: id, title: "Lag tre Reels", ownerId: a.memberId }),
    );
    const itemId = (item as { data: { id: string } }).data.id;
    expect((await events(a.org.id, "review.action_added"))[0]).toMatchObject({ targetType: "action_item", targetId: itemId });
    expect(await reviewActions.setActionItemDoneAction(undefined, form({ org: a.slug, id: itemId, done: "true" }))).toMatchObject({
      ok: true,
    });
    expect((await events(a.org.id, "review.action_done"))[0]).toMatchObject({ actorId: a.memberId, targetId: itemId });
    as(a.managerId);
    expect(
      await reviewActions.decideGoalAction(
        undefined,
        form({ org: a.slug, meetingId: id, goalId: goal!.id, assessment: "on_track", decision: "keep" }),
      ),
    ).toMatchObject({ ok: true });
    expect((await events(a.org.id, "review.decided"))[0]).toMatchObject({
      targetType: "goal",
      targetId: goal!.id,
      data: { meetingId: id, decision: "keep", assessment: "on_track" },
    });
    await reviewActions.closeMeetingAction(undefined, form({ org: a.slug, id })).catch((e: unknown) => e);
    expect((await events(a.org.id, "review.closed"))[0]).toMatchObject({ actorId: a.managerId, targetId: id, data: { goals: 1 } });
    // A note on the closed meeting is refused and leaves no event.
    const notes = (await events(a.org.id, "review.note_added")).length;
    expect(await reviewActions.addNoteAction(undefined, form({ org: a.slug, meetingId: id, body: "For sent" }))).toMatchObject({
      ok: false,
      error: "reviews.errors.closed",
    });
    expect(await events(a.org.id, "review.note_added")).toHaveLength(notes);
  });
});
