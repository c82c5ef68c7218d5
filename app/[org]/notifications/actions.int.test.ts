import { eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { memberships, notifications, users } from "@/db/schema";
import { form, makeTeam } from "@/test/fixtures";

// The signed session cookie is the only thing not real here: which person is
// calling. Membership and role are then read from the real database.
const session = vi.hoisted(() => ({ claims: null as { uid: string; sv: number } | null }));
vi.mock("@/lib/auth/session", async () => (await import("@/test/session-rows")).claimsDouble(() => session.claims));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const { markNotificationsRead, setReminderEmails } = await import("./actions");

type Team = Awaited<ReturnType<typeof makeTeam>>;
let a: Team;
let b: Team;

const as = (userId: string | null) => {
  session.claims = userId ? { uid: userId, sv: 1 } : null;
};

let seq = 0;
async function notify(t: Team, userId: string): Promise<string> {
  const [row] = await getDb()
    .insert(notifications)
    .values({
      orgId: t.org.id,
      userId,
      kind: "action_overdue",
      data: { itemId: crypto.randomUUID(), title: "Nye bilder", dueOn: "2026-11-20" },
      dedupeKey: `test:${++seq}`,
    })
    .returning({ id: notifications.id });
  return row!.id;
}

const readState = async (id: string) => {
  const [row] = await getDb().select({ readAt: notifications.readAt }).from(notifications).where(eq(notifications.id, id));
  return row!.readAt;
};
const emailSetting = async (userId: string) => {
  const [row] = await getDb().select({ on: users.emailReminders }).from(users).where(eq(users.id, userId));
  return row!.on;
};

beforeAll(async () => {
  a = await makeTeam();
  b = await makeTeam();
});
beforeEach(() => as(null));

describe("markNotificationsRead", () => {
  it("refuses anonymous callers and other organizations' people, and changes nothing", async () => {
    const id = await notify(a, a.memberId);
    as(null);
    expect(await markNotificationsRead(undefined, form({ org: a.slug, id }))).toMatchObject({ ok: false, error: "errors.unauthenticated" });
    as(b.ownerId);
    expect(await markNotificationsRead(undefined, form({ org: a.slug, id }))).toMatchObject({ ok: false, error: "errors.notFound" });
    expect(await markNotificationsRead(undefined, form({ org: a.slug, id: "all" }))).toMatchObject({ ok: false, error: "errors.notFound" });
    expect(await readState(id)).toBeNull();
  });

  it("marks the caller's own notification read", async () => {
    const id = await notify(a, a.memberId);
    as(a.memberId);
    expect(await markNotificationsRead(undefined, form({ org: a.slug, id }))).toEqual({ ok: true, data: { marked: 1 } });
    expect(await readState(id)).toBeInstanceOf(Date);
  });

  it("answers a teammate's or another organization's notification like one that doesn't exist", async () => {
    const teammates = await notify(a, a.managerId);
    const foreign = await notify(b, b.ownerId);
    // Even the owner cannot mark someone else's notification.
    as(a.ownerId);
    expect(await markNotificationsRead(undefined, form({ org: a.slug, id: teammates }))).toMatchObject({
      ok: false,
      error: "errors.notFound",
    });
    expect(await markNotificationsRead(undefined, form({ org: a.slug, id: foreign }))).toMatchObject({
      ok: false,
      error: "errors.notFound",
    });
    expect(await markNotificationsRead(undefined, form({ org: a.slug, id: crypto.randomUUID() }))).toMatchObject({
      ok: false,
      error: "errors.notFound",
    });
    expect(await readState(teammates)).toBeNull();
    expect(await readState(foreign)).toBeNull();
  });

  it("marks all of the caller's notifications in this organization, and no one else's", async () => {
    const c = await makeTeam();
    const mine = [await notify(c, c.managerId), await notify(c, c.managerId)];
    const theirs = await notify(c, c.memberId);
    // C's manager is a member of B too; B's notifications stay unread.
    await getDb().insert(memberships).values({ orgId: b.org.id, userId: c.managerId, role: "member" });
    const inB = await notify(b, c.managerId);
    as(c.managerId);
    expect(await markNotificationsRead(undefined, form({ org: c.slug, id: "all" }))).toEqual({ ok: true, data: { marked: 2 } });
    for (const id of mine) expect(await readState(id)).toBeInstanceOf(Date);
    expect(await readState(theirs)).toBeNull();
    expect(await readState(inB)).toBeNull();
    // Nothing left to mark.
    expect(await markNotificationsRead(undefined, form({ org: c.slug, id: "all" }))).toEqual({ ok: true, data: { marked: 0 } });
  });

  it("rejects an id that is neither a uuid nor all", async () => {
    as(a.memberId);
    expect(await markNotificationsRead(undefined, form({ org: a.slug, id: "1 or 1=1" }))).toMatchObject({
      ok: false,
      error: "errors.validation",
      fieldErrors: { id: ["validation.invalid"] },
    });
  });
});

describe("setReminderEmails", () => {
  it("turns the caller's own e-mail reminders off and on again", async () => {
    as(a.memberId);
    expect(await setReminderEmails(undefined, form({ org: a.slug, on: "false" }))).toEqual({ ok: true, data: { on: false } });
    expect(await emailSetting(a.memberId)).toBe(false);
    // Nobody else's setting moved.
    expect(await emailSetting(a.ownerId)).toBe(true);
    expect(await setReminderEmails(undefined, { org: a.slug, on: true })).toEqual({ ok: true, data: { on: true } });
    expect(await emailSetting(a.memberId)).toBe(true);
  });

  it("refuses bad input and callers outside the organization", async () => {
    as(a.memberId);
    expect(await setReminderEmails(undefined, form({ org: a.slug, on: "maybe" }))).toMatchObject({ ok: false, error: "errors.validation" });
    as(b.memberId);
    expect(await setReminderEmails(undefined, form({ org: a.slug, on: "false" }))).toMatchObject({ ok: false, error: "errors.notFound" });
    expect(await emailSetting(b.memberId)).toBe(true);
    as(null);
    expect(await setReminderEmails(undefined, form({ org: a.slug, on: "false" }))).toMatchObject({
      ok: false,
      error: "errors.unauthenticated",
    });
  });
});
