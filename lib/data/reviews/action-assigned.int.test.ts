import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { users } from "@/db/schema/index";
import { lastRemindersRun, listNotifications, runReminders, unreadCount } from "@/lib/data/notifications";
import { makeTeam } from "@/test/fixtures";
import { mailsTo } from "@/test/mail-folder";
import { addActionItem } from "./review-activity";
import { scheduleMeeting, startMeeting } from "./reviews";

// Mails land as .eml files in this folder (SMTP_URL unset).
const mailDir = mkdtempSync(path.join(os.tmpdir(), "maalbar-assigned-"));
process.env.MAALBAR_MAIL_DIR = mailDir;
process.env.APP_URL = "https://maalbar.test";
delete process.env.SMTP_URL;
afterAll(() => rmSync(mailDir, { recursive: true, force: true }));

type Team = Awaited<ReturnType<typeof makeTeam>>;
let team: Team;
let meetingId: string;
const as = (userId: string, role: "owner" | "manager" | "member") => ({ orgId: team.org.id, userId, role });

beforeAll(async () => {
  team = await makeTeam();
  meetingId = await scheduleMeeting(as(team.managerId, "manager"), { title: "Desembermøtet", scheduledFor: "2030-12-01", attendeeIds: [] });
  await startMeeting(as(team.managerId, "manager"), meetingId);
});

describe("an action item assigned to someone", () => {
  it("gives them a notification at once, before any reminders job runs", async () => {
    const member = as(team.memberId, "member");
    expect(await unreadCount(member)).toBe(0);
    const id = await addActionItem(as(team.managerId, "manager"), {
      meetingId,
      goalId: null,
      title: "Bestille nye esker",
      ownerId: team.memberId,
      dueOn: "2030-12-10",
    });
    expect(await unreadCount(member)).toBe(1);
    const [n] = await listNotifications(member);
    expect(n!.reminder).toEqual({ kind: "action_assigned", itemId: id, title: "Bestille nye esker", dueOn: "2030-12-10" });
    // Nobody else was told.
    expect(await unreadCount(as(team.managerId, "manager"))).toBe(0);
    expect(await unreadCount(as(team.ownerId, "owner"))).toBe(0);
  });

  it("tells nobody when people write an item for themselves or for no one", async () => {
    await addActionItem(as(team.ownerId, "owner"), { meetingId, goalId: null, title: "Min egen", ownerId: team.ownerId, dueOn: null });
    await addActionItem(as(team.ownerId, "owner"), { meetingId, goalId: null, title: "Ingen sin", ownerId: null, dueOn: null });
    expect(await unreadCount(as(team.ownerId, "owner"))).toBe(0);
    expect(await unreadCount(as(team.memberId, "member"))).toBe(1);
  });

  it("writes neither the item nor a notification when the owner is not in the team", async () => {
    const outsider = await makeTeam();
    await expect(
      addActionItem(as(team.managerId, "manager"), {
        meetingId,
        goalId: null,
        title: "Feil person",
        ownerId: outsider.memberId,
        dueOn: null,
      }),
    ).rejects.toThrow();
    expect(await unreadCount({ orgId: team.org.id, userId: outsider.memberId, role: "member" })).toBe(0);
  });

  it("is e-mailed once by the next reminders run, whose time is kept for owners to see", async () => {
    const [member] = await getDb().select({ email: users.email }).from(users).where(eq(users.id, team.memberId));
    const started = Date.now();
    await runReminders();
    await runReminders();
    const mails = mailsTo(mailDir, member!.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toContain("Bestille nye esker");
    const last = await lastRemindersRun();
    // The database's clock, on this machine: within a few seconds of the run.
    expect(last!.getTime()).toBeGreaterThanOrEqual(started - 5000);
    expect(last!.getTime()).toBeLessThanOrEqual(Date.now() + 5000);
  });
});
