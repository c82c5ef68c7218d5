import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { auditEvents } from "@/db/schema/index";
import { makeTeam } from "@/test/fixtures";
import { AUDIT_PAGE_SIZE, type AuditFilters, listAuditEvents, parseCursor } from "./audit-log";
import { changeRole } from "@/lib/data/team";

type Team = Awaited<ReturnType<typeof makeTeam>>;
let a: Team;
let b: Team;
const owner = (t: Team) => ({ orgId: t.org.id, userId: t.ownerId, role: "owner" as const });
const OSLO = { timeZone: "Europe/Oslo" };
const list = (t: Team, filters: AuditFilters = {}) => listAuditEvents(owner(t), filters, OSLO);

beforeAll(async () => {
  [a, b] = await Promise.all([makeTeam(), makeTeam()]);
  const at = (iso: string) => new Date(iso);
  // Events at chosen moments; 00:30 in Oslo on 2 March is still 1 March in UTC.
  await getDb()
    .insert(auditEvents)
    .values([
      {
        orgId: a.org.id,
        actorId: a.managerId,
        action: "goal.updated",
        targetType: "goal",
        targetId: crypto.randomUUID(),
        createdAt: at("2026-03-01T23:30:00Z"),
      },
      {
        orgId: a.org.id,
        actorId: a.memberId,
        action: "measurements.recorded",
        data: { created: 2, corrected: 0, source: "manual" },
        createdAt: at("2026-03-02T10:00:00Z"),
      },
      {
        orgId: a.org.id,
        actorId: a.memberId,
        action: "review.note_added",
        targetType: "review_meeting",
        targetId: crypto.randomUUID(),
        createdAt: at("2026-03-03T10:00:00Z"),
      },
      {
        orgId: a.org.id,
        actorId: null,
        action: "auth.login_failed",
        targetType: "user",
        targetId: a.memberId,
        data: { ip: "203.0.113.9" },
        createdAt: at("2026-03-04T10:00:00Z"),
      },
      { orgId: b.org.id, actorId: b.ownerId, action: "goal.updated", createdAt: at("2026-03-02T10:00:00Z") },
    ]);
  // And one through the real data function, now.
  await changeRole(owner(a), a.memberId, "manager");
});

describe("the audit log loader", () => {
  it("lists the organization's events newest first, with who did it and to whom", async () => {
    const { events } = await list(a);
    const mine = events.filter((e) => e.createdAt.getUTCFullYear() === 2026 && e.createdAt.getUTCMonth() === 2);
    expect(mine.map((e) => e.action)).toEqual(["auth.login_failed", "review.note_added", "measurements.recorded", "goal.updated"]);
    const role = events.find((e) => e.action === "member.role_changed")!;
    expect(role).toMatchObject({ actorName: "Eier Test", targetName: "member test", data: { from: "member", to: "manager" } });
    expect(events.find((e) => e.action === "auth.login_failed")).toMatchObject({ actorName: null, targetName: "member test" });
  });

  it("filters by kind", async () => {
    expect((await list(a, { kind: "security" })).events.map((e) => e.action).sort()).toEqual(
      expect.arrayContaining(["auth.login_failed", "member.role_changed", "organization.created"]),
    );
    expect(
      (await list(a, { kind: "security" })).events.every((e) => /^(auth|invitation|member|api_token|organization)\./.test(e.action)),
    ).toBe(true);
    expect((await list(a, { kind: "goals" })).events.map((e) => e.action)).toEqual(["goal.updated"]);
    expect((await list(a, { kind: "measurements" })).events.map((e) => e.action)).toEqual(["measurements.recorded"]);
    expect((await list(a, { kind: "meetings" })).events.map((e) => e.action)).toEqual(["review.note_added"]);
  });

  it("filters by person: what they did and what was done to them", async () => {
    const actions = (await list(a, { personId: a.memberId })).events.map((e) => e.action);
    expect(actions).toEqual(["member.role_changed", "auth.login_failed", "review.note_added", "measurements.recorded"]);
    expect((await list(a, { personId: a.managerId })).events.map((e) => e.action)).toEqual(["goal.updated"]);
  });

  it("filters by days in the organization's time zone, both ends included", async () => {
    const days = async (from?: string, to?: string) => (await list(a, { from, to })).events.map((e) => e.action);
    // 23:30 UTC on 1 March is 2 March in Oslo.
    expect(await days("2026-03-02", "2026-03-02")).toEqual(["measurements.recorded", "goal.updated"]);
    expect(await days("2026-03-03", "2026-03-04")).toEqual(["auth.login_failed", "review.note_added"]);
    expect(await days(undefined, "2026-03-01")).toEqual([]);
    expect((await list(a, { kind: "measurements", from: "2026-03-03" })).events).toEqual([]);
  });

  it("never shows another organization's events, not even filtered by its people", async () => {
    const ids = new Set((await list(b)).events.map((e) => e.id));
    expect((await list(a)).events.some((e) => ids.has(e.id))).toBe(false);
    expect((await list(a, { personId: b.ownerId })).events).toEqual([]);
  });

  it("pages 50 at a time with cursors, older and back to newer, none lost or repeated (ties on the same moment too)", async () => {
    const t = await makeTeam();
    const base = Date.UTC(2026, 0, 1);
    // 120 events, pairs sharing one timestamp, so the id breaks ties.
    await getDb()
      .insert(auditEvents)
      .values(
        Array.from({ length: 120 }, (_, i) => ({
          orgId: t.org.id,
          actorId: t.ownerId,
          action: "goal.updated",
          data: { n: i },
          createdAt: new Date(base + Math.floor(i / 2) * 1000),
        })),
      );
    const ctx = owner(t);
    const pages = [await listAuditEvents(ctx, { kind: "goals" }, OSLO)];
    while (pages.at(-1)!.older)
      pages.push(await listAuditEvents(ctx, { kind: "goals" }, { ...OSLO, cursor: parseCursor("before", pages.at(-1)!.older!)! }));
    expect(pages.map((p) => p.events.length)).toEqual([AUDIT_PAGE_SIZE, AUDIT_PAGE_SIZE, 20]);
    const order = pages.flatMap((p) => p.events.map((e) => (e.data as { n: number }).n));
    expect(order).toEqual(Array.from({ length: 120 }, (_, i) => 119 - i));
    expect(pages[0]!.newer).toBeNull();
    const back = await listAuditEvents(ctx, { kind: "goals" }, { ...OSLO, cursor: parseCursor("after", pages[2]!.newer!)! });
    expect(back.events.map((e) => e.id)).toEqual(pages[1]!.events.map((e) => e.id));
    const first = await listAuditEvents(ctx, { kind: "goals" }, { ...OSLO, cursor: parseCursor("after", back.newer!)! });
    expect(first.events.map((e) => e.id)).toEqual(pages[0]!.events.map((e) => e.id));
    expect(first.newer).toBeNull();
  });
});
