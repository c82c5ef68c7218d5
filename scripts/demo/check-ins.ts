/**
 * The demo bakery's campaign notes and confidence check-ins (issue 18,
 * points 5, 6 and 8). The campaigns are defined once here: `campaignBoost`
 * lifts the demo series in their weeks (series.ts), and `seedDemoCheckIns`
 * writes a note on the channel's charts for each, so every spike in the demo
 * has its explanation. Dates hang off the anchor, like the series.
 */
import { and, eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { chartNotes, goalConfidences } from "@/db/schema/index";
import type { ConfidenceLevel } from "@/lib/domain/confidence";
import { addDays, mondayOnOrBefore } from "./series";

export type DemoCampaign = {
  channel: string;
  metric: string;
  /** The campaign's first Monday, this many weeks before the anchor's Monday. */
  weeksBefore: number;
  weeks: number;
  /** The lift in its weeks: 0.2 = 20 % above the curve. */
  boost: number;
  body: string;
};

/**
 * Each one lies where it cannot decide a verdict: inside the goal's period but
 * not its latest weeks, or before the goal started and beyond the forecast's
 * fallback weeks. One week out of line moves a Theil–Sen trend very little.
 */
export const DEMO_CAMPAIGNS: DemoCampaign[] = [
  {
    channel: "sales",
    metric: "wedding_cake_orders",
    weeksBefore: 9,
    weeks: 2,
    boost: 0.3,
    body: "Bryllupsmesse på Sjølyst: stand med smaksprøver",
  },
  {
    channel: "website",
    metric: "organic_visits",
    weeksBefore: 5,
    weeks: 1,
    boost: 0.2,
    body: "Blogginnlegget om bryllupskaker delt av Bryllupsmagasinet",
  },
  {
    channel: "facebook",
    metric: "engagement",
    weeksBefore: 12,
    weeks: 1,
    boost: 0.35,
    body: "Facebook-konkurranse: vinn en bryllupskake",
  },
];

/** A campaign's first and last day: Monday of its first week to Sunday of its last. */
function campaignDays(c: DemoCampaign, anchor: string): { startsOn: string; endsOn: string } {
  const startsOn = addDays(mondayOnOrBefore(anchor), -7 * c.weeksBefore);
  return { startsOn, endsOn: addDays(startsOn, 7 * c.weeks - 1) };
}

/** The factor a campaign lifts one series' value on one Monday by (1 outside every campaign). */
export function campaignBoost(channel: string, metric: string, monday: string, anchor: string): number {
  let factor = 1;
  for (const c of DEMO_CAMPAIGNS) {
    if (c.channel !== channel || c.metric !== metric) continue;
    const { startsOn, endsOn } = campaignDays(c, anchor);
    if (monday >= startsOn && monday <= endsOn) factor *= 1 + c.boost;
  }
  return factor;
}

type CheckIn = {
  goal: "weddingCakes" | "facebook" | "website";
  by: "owner" | "manager" | "member";
  daysBefore: number;
  level: ConfidenceLevel;
  comment: string;
};

/**
 * Each goal's confidence over the last weeks: the wedding cakes grow surer
 * after the fair, Facebook drops (a reminder to the managers in real use), and
 * the website's owner is unsure while the numbers say on track, which the next
 * meeting's agenda flags.
 */
const DEMO_CHECK_INS: CheckIn[] = [
  { goal: "weddingCakes", by: "manager", daysBefore: 70, level: "medium", comment: "Usikkert om messa gir bestillinger" },
  { goal: "weddingCakes", by: "manager", daysBefore: 50, level: "high", comment: "Messa ga mange henvendelser" },
  { goal: "facebook", by: "member", daysBefore: 28, level: "high", comment: "" },
  { goal: "facebook", by: "member", daysBefore: 10, level: "medium", comment: "Innleggene når færre enn vi håpet" },
  { goal: "website", by: "owner", daysBefore: 35, level: "medium", comment: "" },
  { goal: "website", by: "owner", daysBefore: 6, level: "low", comment: "Usikker på om Google-trafikken holder etter blogginnlegget" },
];

export type DemoCheckInRefs = {
  orgId: string;
  users: { owner: string; manager: string; member: string };
  goals: { weddingCakes: string; facebook: string; website: string };
  channelIdOf: (channel: string) => string;
};

/** Writes the notes and check-ins once: a rerun finds them (by text, and any check-in on the goal) and adds nothing. */
export async function seedDemoCheckIns(tx: Tx, refs: DemoCheckInRefs, anchor: string): Promise<void> {
  for (const c of DEMO_CAMPAIGNS) {
    const channelId = refs.channelIdOf(c.channel);
    const [found] = await tx
      .select({ id: chartNotes.id })
      .from(chartNotes)
      .where(and(eq(chartNotes.orgId, refs.orgId), eq(chartNotes.channelId, channelId), eq(chartNotes.body, c.body)))
      .limit(1);
    if (found) continue;
    const { startsOn, endsOn } = campaignDays(c, anchor);
    await tx
      .insert(chartNotes)
      .values({ orgId: refs.orgId, channelId, body: c.body, startsOn, endsOn: c.weeks > 1 ? endsOn : null, authorId: refs.users.manager });
  }
  const [any] = await tx.select({ id: goalConfidences.id }).from(goalConfidences).where(eq(goalConfidences.orgId, refs.orgId)).limit(1);
  if (any) return;
  await tx.insert(goalConfidences).values(
    DEMO_CHECK_INS.map((c) => ({
      orgId: refs.orgId,
      goalId: refs.goals[c.goal],
      level: c.level,
      comment: c.comment,
      recordedBy: refs.users[c.by],
      createdAt: new Date(`${addDays(anchor, -c.daysBefore)}T09:00:00Z`),
    })),
  );
}
