import { randomBytes } from "node:crypto";
import { desc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { channels, goals, invitations, kpiSnapshots, memberships, metrics, notifications, type Role, users } from "@/db/schema/index";
import { hashPassword } from "@/lib/auth/password";
import { createApiToken } from "@/lib/data/team";
import { addCustomMetric } from "@/lib/data/benchmarks";
import { updateBenchmark } from "@/lib/data/benchmarks";
import type { TenantContext } from "@/lib/data/context";
import { recordMeasurements } from "@/lib/data/measurements";
import { createObjective } from "@/lib/data/goals";
import { addActionItem, addNote } from "@/lib/data/reviews";
import { closeMeeting } from "@/lib/data/reviews";
import { decideGoal } from "@/lib/data/reviews";
import { scheduleMeeting, startMeeting } from "@/lib/data/reviews";
import { createInvitation } from "@/lib/data/team";
import { insertUser } from "@/lib/data/accounts";
import { addDays } from "@/lib/domain/dates";
import { todayIn } from "@/lib/format";
import { makeTeam, unique } from "@/test/fixtures";
import { seedImport } from "./imports-world";

/**
 * One organization with a record of every kind a request can name by id,
 * each carrying the organization's distinctive marker in its text, so a
 * response that leaks any of it can be recognised.
 */
export type Side = {
  slug: string;
  orgId: string;
  /** In every title, note, name and token name of this organization. */
  marker: string;
  /** Strings that must never reach anyone outside the organization. */
  secrets: string[];
  ownerId: string;
  managerId: string;
  memberId: string;
  objectiveId: string;
  goalId: string;
  draftGoalId: string;
  /** The organization's own channel and metric (catalogue rows with its org_id). */
  channelId: string;
  channelKey: string;
  metricId: string;
  metricKey: string;
  scheduledMeetingId: string;
  openMeetingId: string;
  closedMeetingId: string;
  noteId: string;
  actionItemId: string;
  notificationId: string;
  tokenId: string;
  token: string;
  invitationId: string;
  invitationToken: string;
  importId: string;
  presetId: string;
  /** One recorded value (kpi_snapshots.id, a number, as the URL writes it). */
  measurementId: string;
};

export const today = todayIn("Europe/Oslo");
/**
 * Meetings and due dates this far ahead, measurements recent: nothing here is
 * due for the reminders job, which another test file runs over every
 * organization of the shared PostgreSQL database (lib/data/notifications/reminders.int.test.ts,
 * up to ten days after 26 Nov 2026) and which would otherwise add notifications
 * to these organizations in the middle of a test.
 */
export const SOON_ENOUGH = 45;
export const daysFrom = (n: number) => addDays(today, n)!;
export const ctxOf = (side: Pick<Side, "orgId" | "ownerId">, userId = side.ownerId, role: Role = "owner"): TenantContext => ({
  orgId: side.orgId,
  userId,
  role,
});

export async function seedSide(label: string, extra = ""): Promise<Side> {
  const marker = `${label}${randomBytes(5).toString("hex").toUpperCase()}`;
  const text = (what: string) => `${what} ${marker}${extra}`;
  const team = await makeTeam(text("Org"));
  const db = getDb();
  const owner = { orgId: team.org.id, userId: team.ownerId, role: "owner" as const };
  const manager = { ...owner, userId: team.managerId, role: "manager" as const };
  for (const [id, role] of [
    [team.ownerId, "Eier"],
    [team.managerId, "Leder"],
    [team.memberId, "Ansatt"],
  ] as const) {
    await db
      .update(users)
      .set({ name: text(role) })
      .where(eq(users.id, id));
  }

  const channelKey = `own_${marker.toLowerCase()}`;
  const [channel] = await db
    .insert(channels)
    .values({ orgId: team.org.id, key: channelKey, nameNb: text("Kanal"), nameEn: text("Channel") })
    .returning();
  const metricId = await addCustomMetric(db, owner, {
    channelId: channel!.id,
    name: `Tall ${marker}`,
    unit: "count",
    direction: "increase",
    // A count over a period: it can also be the channel's result (money, issue 17).
    kind: "total",
  });
  const [metric] = await db.select({ key: metrics.key }).from(metrics).where(eq(metrics.id, metricId));
  const metricKey = metric!.key;
  await updateBenchmark(manager, metricId, {
    upliftPct: 12,
    typicalGoalNb: text("Mål"),
    typicalGoalEn: text("Goal"),
    source: text("Kilde"),
  });
  await recordMeasurements(
    owner,
    [-90, -60, -30, -1].map((d, i) => ({ channelId: channel!.id, metricId, date: daysFrom(d), value: 100 + i * 10, note: text("Måling") })),
    {
      source: "manual",
      today,
    },
  );

  const [measurement] = await db
    .select({ id: kpiSnapshots.id })
    .from(kpiSnapshots)
    .where(eq(kpiSnapshots.orgId, team.org.id))
    .orderBy(desc(kpiSnapshots.date))
    .limit(1);

  const objective = await createObjective(owner, { title: text("Formål"), description: text("Beskrivelse") });
  const goal = {
    orgId: team.org.id,
    channelId: channel!.id,
    metricId,
    unit: "count" as const,
    direction: "increase" as const,
    baselineValue: 100,
    baselineDate: daysFrom(-90),
    targetValue: 200,
    startDate: daysFrom(-90),
    deadline: daysFrom(120),
    objectiveId: objective.id,
    ownerId: team.memberId,
  };
  const [active] = await db
    .insert(goals)
    .values({ ...goal, title: text("Mål"), description: text("Om målet"), status: "active" })
    .returning();
  const [draft] = await db
    .insert(goals)
    .values({ ...goal, title: text("Utkast"), status: "draft" })
    .returning();

  const meeting = (title: string, attendeeIds = [team.memberId]) =>
    scheduleMeeting(manager, { title: text(title), scheduledFor: daysFrom(SOON_ENOUGH), attendeeIds });
  const scheduledMeetingId = await meeting("Planlagt");
  const openMeetingId = await meeting("Åpent møte");
  await startMeeting(manager, openMeetingId);
  const noteId = await addNote(owner, openMeetingId, active!.id, text("Notat"));
  const actionItemId = await addActionItem(owner, {
    meetingId: openMeetingId,
    goalId: active!.id,
    title: text("Oppgave"),
    ownerId: team.memberId,
    dueOn: daysFrom(SOON_ENOUGH),
  });
  await decideGoal(manager, openMeetingId, { goalId: active!.id, assessment: "on_track", decision: "keep", reason: "" }, today);
  const closedMeetingId = await meeting("Lukket møte", [team.memberId, team.managerId]);
  await startMeeting(manager, closedMeetingId);
  await addNote(owner, closedMeetingId, null, text("Referatnotat"));
  await addActionItem(owner, { meetingId: closedMeetingId, goalId: null, title: text("Referatoppgave"), ownerId: null, dueOn: null });
  await decideGoal(manager, closedMeetingId, { goalId: active!.id, assessment: "at_risk", decision: "keep", reason: "" }, today);
  await closeMeeting(manager, closedMeetingId, today);

  const [notification] = await db
    .insert(notifications)
    .values({
      orgId: team.org.id,
      userId: team.memberId,
      kind: "stale_goal",
      data: { goalId: active!.id, title: text("Varsel"), lastMeasuredOn: daysFrom(-40), days: 40 },
      dedupeKey: unique("n"),
    })
    .returning();
  await db.insert(notifications).values({
    orgId: team.org.id,
    userId: team.memberId,
    kind: "action_overdue",
    data: { itemId: actionItemId, title: text("Forfalt"), dueOn: daysFrom(-2) },
    dedupeKey: unique("n"),
  });

  const { token, id: tokenId } = await createApiToken(manager, text("Token"));
  const { token: invitationToken } = await createInvitation(owner, { role: "member", email: `${marker.toLowerCase()}@test.no`, days: 7 });
  const [invitation] = await db.select({ id: invitations.id }).from(invitations).where(eq(invitations.orgId, team.org.id));

  const { importId, presetId } = await seedImport({
    orgId: team.org.id,
    ownerId: team.ownerId,
    managerId: team.managerId,
    marker,
    channelId: channel!.id,
    channelKey,
    metricKey,
  });

  return {
    slug: team.slug,
    orgId: team.org.id,
    marker,
    secrets: [marker, token, token.slice(0, 10), invitationToken],
    ownerId: team.ownerId,
    managerId: team.managerId,
    memberId: team.memberId,
    objectiveId: objective.id,
    goalId: active!.id,
    draftGoalId: draft!.id,
    channelId: channel!.id,
    channelKey,
    metricId,
    metricKey,
    scheduledMeetingId,
    openMeetingId,
    closedMeetingId,
    noteId,
    actionItemId,
    notificationId: notification!.id,
    tokenId,
    token,
    invitationId: invitation!.id,
    invitationToken,
    importId,
    presetId,
    measurementId: String(measurement!.id),
  };
}

/** A person with a membership of `role` in the side's organization (a fresh target for one write). */
export async function addPerson(side: Pick<Side, "orgId" | "marker">, role: Role): Promise<string> {
  const user = await insertUser(getDb(), {
    email: `${unique(role)}@test.no`,
    name: `${role} ${side.marker}`,
    passwordHash: null,
    emailVerified: true,
  });
  await getDb().insert(memberships).values({ orgId: side.orgId, userId: user.id, role });
  return user.id;
}

/** A signed-up person who belongs to no organization of the test. */
export async function outsider(password?: string): Promise<string> {
  const passwordHash = password ? await hashPassword(password) : null;
  const user = await insertUser(getDb(), { email: `${unique("ute")}@test.no`, name: "Utenfor", passwordHash, emailVerified: true });
  return user.id;
}

/** A goal form's fields for the security tests: a valid goal in the given organization's series. */
export const goalFormFields = (
  slug: string,
  ids: { channelId: string; metricId: string; objectiveId: string; memberId: string },
  title: string,
) => ({
  org: slug,
  title,
  description: "",
  channelId: ids.channelId,
  metricId: ids.metricId,
  unit: "count",
  direction: "increase",
  baselineValue: "100",
  baselineDate: daysFrom(-10),
  targetValue: "150",
  startDate: today,
  deadline: daysFrom(180),
  objectiveId: ids.objectiveId,
  ownerId: ids.memberId,
  priority: "medium",
});
