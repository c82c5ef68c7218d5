import { and, count, countDistinct, eq, gt, inArray, max, min } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import {
  actionItems,
  channelBudgets,
  goalRevisions,
  goals,
  kpiSnapshots,
  memberships,
  metrics,
  objectives,
  oneOffCosts,
  organizations,
  reviewItems,
  reviewMeetings,
  reviewNotes,
  users,
  chartNotes,
  goalConfidences,
} from "@/db/schema/index";
import { verifyPassword } from "@/lib/auth/password";
import { DEMO_MEETING_TITLE } from "./review";
import { DEMO_ORG_SLUG, DEMO_PASSWORD, DEMO_USERS, seedDemo } from "./seed";
import { addDays, addMonths, todayUtc } from "./series";
import { meetingMinutes } from "@/lib/data/reviews";
import { dashboardData, goalChartData } from "@/lib/data/goals";
import { DEMO_CAMPAIGNS } from "./check-ins";
import { channelEconomics } from "@/lib/data/money";
import { rankChannels } from "@/lib/domain/money";
import { DEMO_BUDGETS, DEMO_INFLUENCER } from "./money";

async function demoOrgIds(): Promise<string[]> {
  const rows = await getDb().select({ id: organizations.id }).from(organizations).where(eq(organizations.slug, DEMO_ORG_SLUG));
  return rows.map((r) => r.id);
}

/** Every row the seed writes, counted, to prove a second run adds none. */
async function demoCounts(orgId: string) {
  const db = getDb();
  const emails = DEMO_USERS.map((u) => u.email);
  const n = async (query: Promise<{ n: number }[]>) => (await query)[0]!.n;
  return {
    users: await n(db.select({ n: count() }).from(users).where(inArray(users.email, emails))),
    memberships: await n(db.select({ n: count() }).from(memberships).where(eq(memberships.orgId, orgId))),
    metrics: await n(db.select({ n: count() }).from(metrics).where(eq(metrics.orgId, orgId))),
    objectives: await n(db.select({ n: count() }).from(objectives).where(eq(objectives.orgId, orgId))),
    goals: await n(db.select({ n: count() }).from(goals).where(eq(goals.orgId, orgId))),
    snapshots: await n(db.select({ n: count() }).from(kpiSnapshots).where(eq(kpiSnapshots.orgId, orgId))),
    meetings: await n(db.select({ n: count() }).from(reviewMeetings).where(eq(reviewMeetings.orgId, orgId))),
    reviewItems: await n(db.select({ n: count() }).from(reviewItems).where(eq(reviewItems.orgId, orgId))),
    notes: await n(db.select({ n: count() }).from(reviewNotes).where(eq(reviewNotes.orgId, orgId))),
    actionItems: await n(db.select({ n: count() }).from(actionItems).where(eq(actionItems.orgId, orgId))),
    revisions: await n(db.select({ n: count() }).from(goalRevisions).where(eq(goalRevisions.orgId, orgId))),
    chartNotes: await n(db.select({ n: count() }).from(chartNotes).where(eq(chartNotes.orgId, orgId))),
    confidences: await n(db.select({ n: count() }).from(goalConfidences).where(eq(goalConfidences.orgId, orgId))),
    budgets: await n(db.select({ n: count() }).from(channelBudgets).where(eq(channelBudgets.orgId, orgId))),
    costs: await n(db.select({ n: count() }).from(oneOffCosts).where(eq(oneOffCosts.orgId, orgId))),
  };
}

describe("seedDemo", () => {
  it("creates the demo bakery once, with history behind every goal, and a second run adds nothing", async () => {
    const db = getDb();
    await seedDemo(db);
    const [orgId, ...others] = await demoOrgIds();
    expect(others).toHaveLength(0);
    const first = await demoCounts(orgId!);

    const second = await seedDemo(db);
    expect(second.created).toBe(false);
    expect(await demoOrgIds()).toEqual([orgId]);
    expect(await demoCounts(orgId!)).toEqual(first);

    const roles = await db
      .select({ email: users.email, role: memberships.role })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(eq(memberships.orgId, orgId!));
    expect(roles.map((r) => `${r.role}:${r.email}`).sort()).toEqual(DEMO_USERS.map((u) => `${u.role}:${u.email}`).sort());

    const active = await db
      .select({ channelId: goals.channelId, metricId: goals.metricId, objectiveId: goals.objectiveId, ownerId: goals.ownerId })
      .from(goals)
      .where(and(eq(goals.orgId, orgId!), eq(goals.status, "active")));
    expect(active).toHaveLength(3);

    const today = todayUtc();
    for (const goal of active) {
      expect(goal.objectiveId).not.toBeNull();
      expect(goal.ownerId).not.toBeNull();
      const [series] = await db
        .select({ n: count(), first: min(kpiSnapshots.date), last: max(kpiSnapshots.date) })
        .from(kpiSnapshots)
        .where(and(eq(kpiSnapshots.orgId, orgId!), eq(kpiSnapshots.channelId, goal.channelId), eq(kpiSnapshots.metricId, goal.metricId)));
      expect(series!.n).toBeGreaterThanOrEqual(26);
      expect(addMonths(series!.first!, 6) <= series!.last!).toBe(true);
    }

    const [channelsMeasured] = await db
      .select({ n: countDistinct(kpiSnapshots.channelId) })
      .from(kpiSnapshots)
      .where(eq(kpiSnapshots.orgId, orgId!));
    expect(channelsMeasured!.n).toBeGreaterThanOrEqual(3);

    const [future] = await db
      .select({ n: count() })
      .from(kpiSnapshots)
      .where(and(eq(kpiSnapshots.orgId, orgId!), gt(kpiSnapshots.date, today)));
    expect(future!.n).toBe(0);

    // One closed monthly meeting, held on a past weekday, whose minutes have something in every part.
    const meetings = await db.select().from(reviewMeetings).where(eq(reviewMeetings.orgId, orgId!));
    expect(meetings.map((m) => [m.title, m.status])).toEqual([[DEMO_MEETING_TITLE, "closed"]]);
    const meeting = meetings[0]!;
    expect(meeting.scheduledFor <= today).toBe(true);
    expect([0, 6]).not.toContain(new Date(`${meeting.scheduledFor}T00:00:00Z`).getUTCDay());
    expect(meeting.closedAt!.toISOString().slice(0, 10)).toBe(meeting.scheduledFor);
    const minutes = await meetingMinutes({ orgId: orgId!, userId: meeting.closedBy!, role: "owner" }, meeting.id, today);
    expect(minutes.draft).toBe(false);
    expect(minutes.meeting.attendees.map((a) => a.name).sort()).toEqual(DEMO_USERS.map((u) => u.name).sort());
    expect(minutes.goals).toHaveLength(3);
    expect(minutes.goals.every((g) => g.decision && g.assessment)).toBe(true);
    // Each goal as it stood on the meeting's day, not as it stands today.
    expect(minutes.goals.every((g) => g.snapshot.latestDate && g.snapshot.latestDate <= meeting.scheduledFor)).toBe(true);
    const adjusted = minutes.goals.filter((g) => g.decision === "adjust");
    expect(adjusted).toHaveLength(1);
    expect(adjusted[0]!.adjustments).toHaveLength(1);
    expect(adjusted[0]!.adjustments[0]!.reason).toMatch(/fristen/);
    expect(Object.keys(adjusted[0]!.adjustments[0]!.changes)).toEqual(["deadline"]);
    expect(minutes.goals.flatMap((g) => g.notes)).toHaveLength(2);
    expect(minutes.generalNotes).toHaveLength(1);
    const items = [...minutes.goals.flatMap((g) => g.actionItems), ...minutes.generalActionItems];
    expect(items).toHaveLength(3);
    expect(items.filter((i) => i.doneAt)).toHaveLength(1);
    expect(items.every((i) => i.ownerName && i.dueOn)).toBe(true);
    // The next review stays ahead of today.
    const [org] = await db.select({ next: organizations.nextReviewOn }).from(organizations).where(eq(organizations.id, orgId!));
    expect(org!.next! > today).toBe(true);

    const [owner] = await db.select({ hash: users.passwordHash }).from(users).where(eq(users.email, DEMO_USERS[0].email));
    expect(await verifyPassword(owner!.hash!, DEMO_PASSWORD)).toBe(true);
    expect(await verifyPassword(owner!.hash!, "wrong-password")).toBe(false);
  });

  it("gives every money view something true: Meta and Google Ads spend with budgets, results and revenue, and the influencer campaign", async () => {
    await seedDemo(getDb());
    const [orgId] = await demoOrgIds();
    const [owner] = await getDb().select({ id: users.id }).from(users).where(eq(users.email, DEMO_USERS[0].email));
    const today = todayUtc();
    const economics = await channelEconomics({ orgId: orgId!, userId: owner!.id, role: "owner" }, today);
    const byKey = new Map(economics.channels.map((c) => [c.key, c]));
    expect([...byKey.keys()].sort()).toEqual(["facebook", "google_ads", "influencer"]);
    for (const key of ["facebook", "google_ads"] as const) {
      const last = byKey.get(key)!.windows.lastMonth;
      expect(last.budget).toBe(DEMO_BUDGETS[key]);
      // Four or five Mondays of 700–860 kr (Meta) or 950–1 100 kr (Google).
      expect(last.spend).toBeGreaterThanOrEqual(key === "facebook" ? 4 * 700 : 4 * 950);
      expect(last.spend).toBeLessThanOrEqual(key === "facebook" ? 5 * 860 : 5 * 1_100);
      expect(last.costPerResult.state).toBe("value");
      expect(byKey.get(key)!.windows.sixMonths.roas.state).toBe("value");
      expect(byKey.get(key)!.pace.state).toBe("budget");
    }
    // The campaign is a one-off cost in the last 6 months, with no results recorded: "no results yet".
    const influencer = byKey.get("influencer")!.windows.sixMonths;
    expect(influencer.spend).toBe(DEMO_INFLUENCER.amount);
    expect(influencer.costPerResult).toEqual({ state: "noResults" });
    // Meta: 6–9 leads for at most 860 kr a week (≥ 6.9 per 1 000 kr); Google: 3–5 conversions for at least 950 kr (≤ 5.3).
    const ranked = rankChannels(economics.channels.map((c) => ({ key: c.key, ...c.windows.sixMonths })));
    expect(ranked.map((c) => c.key)).toEqual(["facebook", "google_ads", "influencer"]);
  });

  it("explains each campaign spike with a note on its goal's chart, and gives every demo goal a confidence history", async () => {
    await seedDemo(getDb());
    const [orgId] = await demoOrgIds();
    const [owner] = await getDb().select({ id: users.id }).from(users).where(eq(users.email, DEMO_USERS[0].email));
    const ctx = { orgId: orgId!, userId: owner!.id, role: "owner" as const };
    const today = todayUtc();
    const { goals } = await dashboardData(ctx, today);
    for (const campaign of DEMO_CAMPAIGNS.filter((c) => c.channel !== "facebook")) {
      const goal = goals.find((g) => g.channelKey === campaign.channel)!;
      const chart = await goalChartData(ctx, goal.id, "all", today);
      const note = chart.notes.find((n) => n.body === campaign.body)!;
      expect(note).toBeDefined();
      // The spike: the note's first week stands above the weeks on either side of the campaign.
      const at = (date: string) => chart.measurements.find((m) => m.date === date)?.value;
      const weekBefore = at(addDays(note.startsOn, -7));
      const weekAfter = at(addDays(note.startsOn, 7 * campaign.weeks));
      const first = at(note.startsOn);
      expect(first).toBeDefined();
      expect(first!).toBeGreaterThan(Math.max(weekBefore!, weekAfter!));
    }
    // Every demo goal has a confidence now; the dashboard reads it with the goals.
    expect(goals.every((g) => g.confidence !== null)).toBe(true);
    const website = goals.find((g) => g.channelKey === "website")!;
    expect(website.confidence?.level).toBe("low");
  });
});
