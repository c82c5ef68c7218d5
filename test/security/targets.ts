import { createHash, randomUUID } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { actionItems, channels, goals, invitations, kpiSnapshots, memberships } from "@/db/schema/index";
import { createApiToken, createOrganizationWithOwner } from "@/lib/data/team";
import { createObjective } from "@/lib/data/goals";
import { scheduleMeeting, startMeeting } from "@/lib/data/reviews";
import { createInvitation } from "@/lib/data/team";
import { commitFileImport, savePreset } from "@/lib/data/imports";
import { addOneOffCost, setBudget } from "@/lib/data/money";
import { addChartNote } from "@/lib/data/check-ins";
import { createOwnChannel } from "@/lib/data/benchmarks";
import { importSheet } from "./imports-world";
import { ctxOf, daysFrom, type Side, SOON_ENOUGH, today } from "./world";

/**
 * Fresh records in an organization, one per matrix entry, so the call that
 * must succeed (the control) never spends a record another entry needs.
 */
export async function freshGoal(side: Side, status: "draft" | "active"): Promise<string> {
  const [row] = await getDb()
    .insert(goals)
    .values({
      orgId: side.orgId,
      title: `Nytt mål ${side.marker}`,
      channelId: side.channelId,
      metricId: side.metricId,
      unit: "count",
      direction: "increase",
      baselineValue: 100,
      baselineDate: daysFrom(-90),
      targetValue: 200,
      startDate: daysFrom(-90),
      deadline: daysFrom(120),
      objectiveId: side.objectiveId,
      ownerId: side.memberId,
      status,
    })
    .returning({ id: goals.id });
  return row!.id;
}

export async function freshObjective(side: Side): Promise<string> {
  return (await createObjective(ctxOf(side), { title: `Formål ${randomUUID().slice(0, 6)} ${side.marker}`, description: "" })).id;
}

export async function freshMeeting(side: Side, status: "scheduled" | "open"): Promise<string> {
  const ctx = ctxOf(side);
  const id = await scheduleMeeting(ctx, { title: `Møte ${side.marker}`, scheduledFor: daysFrom(SOON_ENOUGH + 1), attendeeIds: [] });
  if (status === "open") await startMeeting(ctx, id);
  return id;
}

export async function freshActionItem(side: Side): Promise<string> {
  const [row] = await getDb()
    .insert(actionItems)
    .values({
      orgId: side.orgId,
      meetingId: side.openMeetingId,
      title: `Oppgave ${side.marker}`,
      ownerId: side.memberId,
      createdBy: side.ownerId,
    })
    .returning({ id: actionItems.id });
  return row!.id;
}

export async function freshToken(side: Side): Promise<string> {
  return (await createApiToken(ctxOf(side), `Token ${side.marker}`)).id;
}

export async function freshInvitation(side: Side): Promise<{ id: string; token: string }> {
  const { token } = await createInvitation(ctxOf(side), { role: "member", days: 7 });
  const hash = createHash("sha256").update(token).digest("hex");
  const [row] = await getDb().select({ id: invitations.id }).from(invitations).where(eq(invitations.tokenHash, hash));
  return { id: row!.id, token };
}

/** An open invitation to an address, never mailed yet (so the pace of mails allows sending it now). */
export async function freshMailedInvitation(side: Side): Promise<string> {
  const [row] = await getDb()
    .insert(invitations)
    .values({
      orgId: side.orgId,
      tokenHash: createHash("sha256").update(randomUUID()).digest("hex"),
      email: `${side.marker.toLowerCase()}-${randomUUID().slice(0, 8)}@test.no`,
      role: "member",
      expiresAt: new Date(Date.now() + 7 * 86_400_000),
      createdBy: side.ownerId,
    })
    .returning({ id: invitations.id });
  return row!.id;
}

export async function freshImport(side: Side): Promise<string> {
  const { grid, mapping } = importSheet(side, 8 + Math.floor(Math.random() * 20));
  const done = await commitFileImport(
    ctxOf(side),
    grid,
    `fil ${side.marker}.csv`,
    { channels: { [side.channelKey]: side.channelId }, mapping },
    today,
  );
  return done.importId;
}

export async function freshPreset(side: Side): Promise<string> {
  const { grid, mapping } = importSheet(side);
  return savePreset(ctxOf(side), { name: `Oppsett ${randomUUID().slice(0, 8)} ${side.marker}`, mapping, header: grid[0]! });
}

export async function freshOneOffCost(side: Side): Promise<string> {
  const cost = await addOneOffCost(ctxOf(side), {
    channelId: side.channelId,
    date: daysFrom(-5),
    amount: 500,
    note: `Trykksaker ${side.marker}`,
  });
  return cost.id;
}

/** An open meeting and this month's budget on the side's own channel, to move 100 kr of to Facebook. */
export async function freshBudgetMove(side: Side): Promise<Record<string, string>> {
  const meetingId = await freshMeeting(side, "open");
  await setBudget(ctxOf(side), { channelId: side.channelId, month: today, amount: 5_000 });
  const [facebook] = await getDb()
    .select({ id: channels.id })
    .from(channels)
    .where(and(isNull(channels.orgId), eq(channels.key, "facebook")));
  return {
    meetingId,
    fromChannelId: side.channelId,
    toChannelId: facebook!.id,
    month: today.slice(0, 7),
    amount: "100",
    reason: "Facebook gir flere henvendelser",
  };
}

let measurementDays = 0;

/** A value the side's member recorded on a day no other fresh value has (the member may correct or delete it). */
export async function freshMeasurement(side: Side): Promise<string> {
  const [row] = await getDb()
    .insert(kpiSnapshots)
    .values({
      orgId: side.orgId,
      channelId: side.channelId,
      metricId: side.metricId,
      date: daysFrom(-200 - ++measurementDays),
      value: 120,
      source: "manual",
      recordedBy: side.memberId,
    })
    .returning({ id: kpiSnapshots.id });
  return String(row!.id);
}

/**
 * A second organization of A's three people, with the same roles: deleting it
 * is the one control that cannot spend A itself. Answers its slug and name.
 */
export async function freshOrganization(side: Side): Promise<{ slug: string; name: string }> {
  const org = await createOrganizationWithOwner(getDb(), side.ownerId, { name: `Sletteklar ${randomUUID().slice(0, 8)}`, locale: "nb" });
  await getDb()
    .insert(memberships)
    .values([
      { orgId: org.id, userId: side.managerId, role: "manager" },
      { orgId: org.id, userId: side.memberId, role: "member" },
    ]);
  return { slug: org.slug, name: org.name };
}

/** A campaign note on the organization's own channel, written by its member (who may then edit it). */
export async function freshChartNote(side: Side): Promise<string> {
  return addChartNote(ctxOf(side, side.memberId, "member"), side.channelId, {
    body: `Kampanje ${side.marker}`,
    startsOn: daysFrom(-10),
    endsOn: null,
  });
}

/** An own channel of the organization with one metric, for renaming or archiving. */
export async function freshOwnChannel(side: Side): Promise<string> {
  const channel = await createOwnChannel(ctxOf(side), {
    name: `Egen kanal ${randomUUID().slice(0, 8)} ${side.marker}`,
    metrics: [{ name: "Følgere", type: "countLevel", direction: "increase", benchmarkPct: null }],
    benchmarkSource: "Vårt eget anslag",
  });
  return channel.id;
}
