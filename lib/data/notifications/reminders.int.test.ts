import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { queryCount } from "@/db/query-counter";
import { actionItems, goals, kpiSnapshots, memberships, metrics, notifications, organizations, users } from "@/db/schema/index";
import { addDays } from "@/lib/domain/dates";
import { NotFoundError } from "@/lib/errors";
import type { Mailer } from "@/lib/mail/mailer";
import { makeTeam } from "@/test/fixtures";
import { type Mail, parseEml } from "@/test/mail-folder";
import { listNotifications, markRead, setEmailReminders, unreadCount } from "./notifications";
import { collectReminders, runReminders } from "./reminders";

// Mails land as .eml files in this folder (SMTP_URL unset); links point at APP_URL.
const mailDir = mkdtempSync(path.join(os.tmpdir(), "maalbar-reminders-"));
process.env.MAALBAR_MAIL_DIR = mailDir;
process.env.APP_URL = "https://maalbar.test";
delete process.env.SMTP_URL;
afterAll(() => rmSync(mailDir, { recursive: true, force: true }));

// 11:00 in Oslo on 26 November 2026. `now` decides what is due; everything below is relative to it.
const NOW = new Date("2026-11-26T10:00:00Z");
const TODAY = "2026-11-26";
const day = (n: number) => addDays(TODAY, n)!;
const later = (days: number) => new Date(NOW.getTime() + days * 86_400_000);

type Team = Awaited<ReturnType<typeof makeTeam>>;
type Series = { channelId: string; metricId: string; unit: "count" | "percent" | "nok" | "ratio"; direction: "increase" | "decrease" };
let series: Series[];

beforeAll(async () => {
  series = await getDb()
    .select({ channelId: metrics.channelId, metricId: metrics.id, unit: metrics.unit, direction: metrics.direction })
    .from(metrics)
    .where(isNull(metrics.orgId))
    .limit(10);
});

/** A team with no review scheduled, whatever sign-up may set: each test decides. */
async function freshTeam(): Promise<Team> {
  const t = await makeTeam();
  await reviewOn(t, null);
  return t;
}

const people = (t: Team) => [t.ownerId, t.managerId, t.memberId];

async function emailsOf(t: Team): Promise<Map<string, string>> {
  const rows = await getDb()
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(inArray(users.id, people(t)));
  return new Map(rows.map((r) => [r.email, r.id]));
}

async function addGoal(t: Team, i: number, change: Partial<typeof goals.$inferInsert> = {}): Promise<string> {
  const s = series[i]!;
  const [row] = await getDb()
    .insert(goals)
    .values({
      orgId: t.org.id,
      title: `Mål ${i}`,
      ...s,
      baselineValue: 100,
      targetValue: 130,
      startDate: day(-120),
      deadline: day(60),
      status: "active",
      ...change,
    })
    .returning({ id: goals.id });
  return row!.id;
}

async function measure(t: Team, i: number, date: string): Promise<void> {
  const s = series[i]!;
  await getDb().insert(kpiSnapshots).values({ orgId: t.org.id, channelId: s.channelId, metricId: s.metricId, date, value: 110 });
}

async function addItem(t: Team, change: Partial<typeof actionItems.$inferInsert>): Promise<string> {
  const [row] = await getDb()
    .insert(actionItems)
    .values({ orgId: t.org.id, title: "Nye bilder av kakene", ownerId: t.ownerId, dueOn: day(-1), ...change })
    .returning({ id: actionItems.id });
  return row!.id;
}

const reviewOn = (t: Team, date: string | null) =>
  getDb().update(organizations).set({ nextReviewOn: date }).where(eq(organizations.id, t.org.id));

async function rowsOf(t: Team) {
  return getDb()
    .select({
      id: notifications.id,
      userId: notifications.userId,
      kind: notifications.kind,
      dedupeKey: notifications.dedupeKey,
      data: notifications.data,
      emailedAt: notifications.emailedAt,
      readAt: notifications.readAt,
    })
    .from(notifications)
    .where(eq(notifications.orgId, t.org.id));
}

// --- reading the .eml files back ---------------------------------------------
/** The mails written so far to the people of `t` (other organizations' mails are in the folder too). */
async function mailsTo(t: Team): Promise<Array<Mail & { userId: string }>> {
  const emails = await emailsOf(t);
  if (!existsSync(mailDir)) return [];
  return readdirSync(mailDir)
    .filter((f) => f.endsWith(".eml"))
    .map((f) => parseEml(readFileSync(path.join(mailDir, f), "utf8"), f))
    .flatMap((m) => (emails.has(m.to) ? [{ ...m, userId: emails.get(m.to)! }] : []));
}

// -----------------------------------------------------------------------------

describe("collectReminders", () => {
  it("finds what is due in the same three queries however much there is", async () => {
    const t = await freshTeam();
    await reviewOn(t, day(1));
    for (let i = 0; i < 5; i++) await addGoal(t, i, { ownerId: t.memberId });
    for (let i = 0; i < 5; i++) await addItem(t, {});
    const before = queryCount();
    const due = await collectReminders(NOW);
    expect(queryCount() - before).toBe(3);
    expect(due.filter((d) => d.orgId === t.org.id)).toHaveLength(3 + 5 + 5);
  });
});

describe("runReminders", () => {
  let t: Team;
  let stale: string;
  let neverMeasured: string;
  let overdueItem: string;
  let other: Team;

  beforeAll(async () => {
    t = await freshTeam();
    other = await freshTeam();
    await reviewOn(t, day(2));
    // Measured 40 days ago: stale, for its owner (the member).
    stale = await addGoal(t, 0, { ownerId: t.memberId, title: "Bryllupskaker" });
    await measure(t, 0, day(-40));
    // Measured 5 days ago: fine.
    await addGoal(t, 1, { ownerId: t.managerId });
    await measure(t, 1, day(-5));
    // Never measured, started 45 days ago: stale, counted from the start.
    neverMeasured = await addGoal(t, 2, { ownerId: t.managerId, title: "Følgere på Instagram", startDate: day(-45) });
    // Never measured, no start date, created 35 days ago: stale, counted from creation.
    await addGoal(t, 3, { ownerId: t.ownerId, title: "Kunder i klubben", startDate: null, createdAt: later(-35) });
    // Not reminded: a draft, a goal without an owner, a goal only 10 days old (its last
    // measurement from before the start does not count), and an owner from another organization.
    await addGoal(t, 4, { ownerId: t.managerId, status: "draft", startDate: day(-90) });
    await addGoal(t, 5, { ownerId: null });
    await addGoal(t, 6, { ownerId: t.memberId, startDate: day(-10) });
    await measure(t, 6, day(-60));
    await addGoal(t, 7, { ownerId: other.memberId });
    overdueItem = await addItem(t, { ownerId: t.ownerId, dueOn: day(-1), title: "Nye bilder av kakene" });
    await addItem(t, { ownerId: t.ownerId, dueOn: day(-10), doneAt: later(-2) });
    await addItem(t, { ownerId: t.managerId, dueOn: TODAY });
    await addItem(t, { ownerId: t.memberId, dueOn: null });
    await addItem(t, { ownerId: other.ownerId, dueOn: day(-3) });
    await getDb().update(users).set({ locale: "en" }).where(eq(users.id, t.managerId));
  });

  it("creates each kind of reminder for the right person and nobody else", async () => {
    await runReminders({ now: NOW });
    const rows = await rowsOf(t);
    const got = rows
      .map((r) => ({ userId: r.userId, kind: r.kind, dedupeKey: r.dedupeKey, data: r.data }))
      .sort((a, b) => a.dedupeKey.localeCompare(b.dedupeKey));
    const expected = [
      {
        userId: t.ownerId,
        kind: "action_overdue",
        dedupeKey: `action-overdue:${overdueItem}:${day(-1)}`,
        data: { itemId: overdueItem, title: "Nye bilder av kakene", dueOn: day(-1) },
      },
      ...people(t).map((userId) => ({
        userId,
        kind: "review_due",
        dedupeKey: `review:${day(2)}:due:${userId}`,
        data: { nextReviewOn: day(2), days: 2 },
      })),
      {
        userId: t.memberId,
        kind: "stale_goal",
        dedupeKey: `stale-goal:${stale}:${day(-40)}`,
        data: { goalId: stale, title: "Bryllupskaker", lastMeasuredOn: day(-40), days: 40 },
      },
      {
        userId: t.managerId,
        kind: "stale_goal",
        dedupeKey: `stale-goal:${neverMeasured}:none`,
        data: { goalId: neverMeasured, title: "Følgere på Instagram", lastMeasuredOn: null, days: 45 },
      },
      {
        userId: t.ownerId,
        kind: "stale_goal",
        dedupeKey: expect.stringMatching(/^stale-goal:[0-9a-f-]{36}:none$/) as unknown as string,
        data: expect.objectContaining({ title: "Kunder i klubben", days: 35 }) as unknown,
      },
    ];
    expect(got).toHaveLength(7);
    expect(got).toEqual(expect.arrayContaining(expected));
    // Nobody in the other organization was reminded of this one's goals or items.
    expect(await rowsOf(other)).toEqual([]);
  });

  it("e-mails each reminder once, in the person's language, with a link to the item", async () => {
    const mails = await mailsTo(t);
    expect(mails).toHaveLength(7);
    const rows = await rowsOf(t);
    expect(rows.every((r) => r.emailedAt instanceof Date)).toBe(true);

    const ownerItem = mails.find((m) => m.userId === t.ownerId && m.text.includes("Oppgaven"));
    expect(ownerItem?.subject).toBe("Oppgaven «Nye bilder av kakene» har passert fristen");
    expect(ownerItem?.text).toContain("Hei Eier Test,");
    expect(ownerItem?.text).toContain("Oppgaven «Nye bilder av kakene» skulle vært ferdig 25. nov. 2026.");
    expect(ownerItem?.text).toContain(`Åpne i Målbar: https://maalbar.test/${t.slug}/reviews`);
    expect(ownerItem?.text).toContain(`https://maalbar.test/${t.slug}/notifications`);

    const memberGoal = mails.find((m) => m.userId === t.memberId && m.subject.startsWith("Målet"));
    expect(memberGoal?.text).toContain("Målet «Bryllupskaker» har ikke fått en måling på 40 dager.");
    expect(memberGoal?.text).toContain(`https://maalbar.test/${t.slug}/goals/${stale}`);

    // The manager chose English.
    const managerReview = mails.find((m) => m.userId === t.managerId && m.subject.includes("review"));
    expect(managerReview?.subject).toBe(`The next review in ${t.org.name} is coming up`);
    expect(managerReview?.text).toContain("The next review is in 2 days (28 Nov 2026).");
    const managerGoal = mails.find((m) => m.userId === t.managerId && m.subject.includes("goal"));
    expect(managerGoal?.text).toContain("The goal “Følgere på Instagram” has had no measurement yet, 45 days after its start.");
  });

  it("sends nothing again on the next runs the same day", async () => {
    const later1 = await runReminders({ now: new Date(NOW.getTime() + 3_600_000) });
    const later2 = await runReminders({ now: new Date(NOW.getTime() + 7_200_000) });
    expect(later1.failed + later2.failed).toBe(0);
    expect(await rowsOf(t)).toHaveLength(7);
    expect(await mailsTo(t)).toHaveLength(7);
  });
});

describe("running twice, and twice at once", () => {
  it("creates and e-mails each reminder exactly once", async () => {
    const t = await freshTeam();
    await reviewOn(t, day(-2));
    await addItem(t, { ownerId: t.memberId, dueOn: day(-5) });
    await Promise.all([runReminders({ now: NOW }), runReminders({ now: NOW })]);
    await runReminders({ now: NOW });
    const rows = await rowsOf(t);
    expect(rows.map((r) => r.kind).sort()).toEqual(["action_overdue", "review_overdue", "review_overdue", "review_overdue"]);
    expect(new Set(rows.map((r) => r.dedupeKey)).size).toBe(4);
    const mails = await mailsTo(t);
    expect(mails).toHaveLength(4);
    expect(mails.filter((m) => m.userId === t.memberId)).toHaveLength(2);
  });

  it("reminds once before the review and once after it, not every hour", async () => {
    const t = await freshTeam();
    await reviewOn(t, day(3));
    await runReminders({ now: NOW });
    await runReminders({ now: later(1) });
    await runReminders({ now: later(4) });
    await runReminders({ now: later(10) });
    const rows = await rowsOf(t);
    expect(
      rows
        .filter((r) => r.userId === t.ownerId)
        .map((r) => r.dedupeKey)
        .sort(),
    ).toEqual([`review:${day(3)}:due:${t.ownerId}`, `review:${day(3)}:overdue:${t.ownerId}`]);
    expect(rows).toHaveLength(6);
    expect(rows.find((r) => r.userId === t.ownerId && r.kind === "review_due")?.data).toEqual({ nextReviewOn: day(3), days: 3 });
    expect(await mailsTo(t)).toHaveLength(6);
  });
});

describe("who gets e-mail", () => {
  it("a person with e-mail reminders off gets the notification in the app but no mail", async () => {
    const t = await freshTeam();
    await setEmailReminders(t.memberId, false);
    await reviewOn(t, day(-1));
    await runReminders({ now: NOW });
    const rows = await rowsOf(t);
    expect(rows.map((r) => r.userId).sort()).toEqual(people(t).sort());
    expect(rows.find((r) => r.userId === t.memberId)?.emailedAt).toBeNull();
    const mails = await mailsTo(t);
    expect(mails.map((m) => m.userId).sort()).toEqual([t.ownerId, t.managerId].sort());
    // Still nothing for them on the next run.
    await runReminders({ now: NOW });
    expect(await mailsTo(t)).toHaveLength(2);
  });

  it("a failed send is retried by a later run, within 24 hours, and then only once", async () => {
    const t = await freshTeam();
    const item = await addItem(t, { ownerId: t.managerId, dueOn: day(-2) });
    const broken: Mailer = { kind: "smtp", send: () => Promise.reject(new Error("SMTP is down")), close: () => {} };
    const first = await runReminders({ now: NOW, mailer: broken });
    expect(first.failed).toBeGreaterThanOrEqual(1);
    const [row] = await rowsOf(t);
    expect(row).toMatchObject({ dedupeKey: `action-overdue:${item}:${day(-2)}`, emailedAt: null });
    expect(await mailsTo(t)).toEqual([]);

    await runReminders({ now: NOW });
    await runReminders({ now: NOW });
    expect((await rowsOf(t))[0]!.emailedAt).toBeInstanceOf(Date);
    expect(await mailsTo(t)).toHaveLength(1);
  });

  it("stops sending when the mail server is unreachable, and leaves every mail for the next run", async () => {
    const t = await freshTeam();
    await addItem(t, { ownerId: t.ownerId, dueOn: day(-2) });
    await addItem(t, { ownerId: t.managerId, dueOn: day(-2) });
    const send = vi.fn(() => Promise.reject(Object.assign(new Error("connect ECONNREFUSED"), { code: "ESOCKET" })));
    const first = await runReminders({ now: NOW, mailer: { kind: "smtp", send, close: () => {} } });
    expect(send).toHaveBeenCalledTimes(1);
    expect(first.failed).toBeGreaterThanOrEqual(2);
    expect((await rowsOf(t)).map((r) => r.emailedAt)).toEqual([null, null]);
    await runReminders({ now: NOW });
    expect((await mailsTo(t)).map((m) => m.userId).sort()).toEqual([t.ownerId, t.managerId].sort());
  });

  it("gives up on a mail older than 24 hours, and never mails what was already read", async () => {
    const t = await freshTeam();
    await addItem(t, { ownerId: t.ownerId, dueOn: day(-2), title: "Gammelt" });
    await addItem(t, { ownerId: t.managerId, dueOn: day(-2), title: "Lest" });
    const broken: Mailer = { kind: "smtp", send: () => Promise.reject(new Error("SMTP is down")), close: () => {} };
    await runReminders({ now: NOW, mailer: broken });
    await getDb()
      .update(notifications)
      .set({ createdAt: sql`now() - interval '25 hours'` })
      .where(and(eq(notifications.orgId, t.org.id), eq(notifications.userId, t.ownerId)));
    await markRead({ orgId: t.org.id, userId: t.managerId, role: "manager" }, "all");
    await runReminders({ now: NOW });
    expect(await mailsTo(t)).toEqual([]);
    expect((await rowsOf(t)).every((r) => r.emailedAt === null)).toBe(true);
  });

  it("a member who left the organization gets nothing new", async () => {
    const t = await freshTeam();
    await addItem(t, { ownerId: t.memberId, dueOn: day(-2) });
    await getDb()
      .delete(memberships)
      .where(and(eq(memberships.orgId, t.org.id), eq(memberships.userId, t.memberId)));
    await runReminders({ now: NOW });
    expect(await rowsOf(t)).toEqual([]);
  });
});

describe("nothing is reminded that is not due", () => {
  it("a done action item, a recently measured goal and a review far ahead", async () => {
    const t = await freshTeam();
    await reviewOn(t, day(4));
    await addGoal(t, 0, { ownerId: t.memberId });
    await measure(t, 0, day(-29));
    await addItem(t, { ownerId: t.ownerId, dueOn: day(-20), doneAt: later(-1) });
    await runReminders({ now: NOW });
    expect(await rowsOf(t)).toEqual([]);
    // Two days on, the measurement is 31 days old: now the goal is reminded, keyed by that measurement.
    await runReminders({ now: later(2) });
    const [row] = await rowsOf(t).then((rows) => rows.filter((r) => r.kind === "stale_goal"));
    expect(row?.dedupeKey).toMatch(new RegExp(`:${day(-29)}$`));
  });
});

describe("a person's notifications", () => {
  it("lists only their own in this organization, newest first, and marks only those read", async () => {
    const a = await freshTeam();
    const b = await freshTeam();
    // A's owner is in B too, as a member.
    await getDb().insert(memberships).values({ orgId: b.org.id, userId: a.ownerId, role: "member" });
    await reviewOn(a, day(1));
    await reviewOn(b, day(-1));
    await addItem(a, { ownerId: a.ownerId, dueOn: day(-3) });
    await runReminders({ now: NOW });

    const ctxA = { orgId: a.org.id, userId: a.ownerId, role: "owner" as const };
    const ctxB = { orgId: b.org.id, userId: a.ownerId, role: "member" as const };
    const inA = await listNotifications(ctxA);
    expect(inA.map((n) => n.reminder.kind).sort()).toEqual(["action_overdue", "review_due"]);
    expect(inA.every((n, i) => i === 0 || n.createdAt <= inA[i - 1]!.createdAt)).toBe(true);
    const inB = await listNotifications(ctxB);
    expect(inB.map((n) => n.reminder)).toEqual([{ kind: "review_overdue", nextReviewOn: day(-1), days: -1 }]);
    expect(await unreadCount(ctxA)).toBe(2);

    // B's notification through A's context: not found, and nothing changes.
    await expect(markRead(ctxA, inB[0]!.id)).rejects.toBeInstanceOf(NotFoundError);
    // A teammate's notification: not found either.
    const [managers] = await getDb()
      .select({ id: notifications.id })
      .from(notifications)
      .where(and(eq(notifications.orgId, a.org.id), eq(notifications.userId, a.managerId)));
    await expect(markRead(ctxA, managers!.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await unreadCount(ctxB)).toBe(1);

    expect(await markRead(ctxA, inA[0]!.id)).toBe(1);
    expect(await unreadCount(ctxA)).toBe(1);
    expect(await markRead(ctxA, "all")).toBe(1);
    expect(await unreadCount(ctxA)).toBe(0);
    // Marking again is harmless.
    expect(await markRead(ctxA, inA[0]!.id)).toBe(1);
    expect(await unreadCount(ctxB)).toBe(1);
    expect((await rowsOf(a)).filter((r) => r.userId !== a.ownerId).every((r) => r.readAt === null)).toBe(true);
  });
});
