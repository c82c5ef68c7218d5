/**
 * The demo bakery's money (issue 17): six months of Meta ads (on the Facebook
 * channel) and Google Ads, with their leads and conversions, wedding-cake
 * revenue from both, a monthly budget per channel and one influencer
 * campaign as a one-off cost. Pure numbers here; `seedDemoMoney` writes them,
 * idempotently, inside the demo seed's transaction. None of it touches the
 * metrics the demo's goals follow, so their progress is unchanged.
 */
import { and, eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { channelBudgets, kpiSnapshots, oneOffCosts } from "@/db/schema/index";
import { addDays, addMonths, demoMondays } from "./series";

export type MoneyPoint = { channel: string; metric: string; date: string; value: number };

/** Kroner per month and channel, the same every month. */
export const DEMO_BUDGETS = { facebook: 3_500, google_ads: 4_500 } as const;
export const DEMO_INFLUENCER = { channel: "influencer", amount: 12_000, note: "Influencerkampanje: bryllupskaker med @oslobrud" } as const;
/** One wedding cake, the revenue the ads are credited with. */
const WEDDING_CAKE_PRICE = 4_800;
/** About six months and this month of weekly figures. */
const MONEY_WEEKS = 28;

const weekNo = (date: string) => Math.round(Date.parse(`${date}T00:00:00Z`) / (7 * 86_400_000));
/** A small, fixed wobble per week: the same date gives the same number on every run. */
const wobble = (date: string, salt: number, steps: number) => (weekNo(date) * 7 + salt) % steps;

/** The weekly money and results recorded on Mondays (each a week's total), for the last MONEY_WEEKS Mondays up to today. */
function demoMoneySeries(anchor: string, today: string): MoneyPoint[] {
  const mondays = demoMondays(anchor, today).slice(-MONEY_WEEKS);
  return mondays.flatMap((date) => {
    const w = weekNo(date);
    return [
      { channel: "facebook", metric: "spend", date, value: 700 + 40 * wobble(date, 1, 5) },
      { channel: "facebook", metric: "leads", date, value: 6 + wobble(date, 2, 4) },
      { channel: "google_ads", metric: "spend", date, value: 950 + 50 * wobble(date, 3, 4) },
      { channel: "google_ads", metric: "conversions", date, value: 3 + wobble(date, 4, 3) },
      // A wedding cake ordered through the ads every third (Meta) and fourth (Google) week.
      ...(w % 3 === 0 ? [{ channel: "facebook", metric: "revenue", date, value: WEDDING_CAKE_PRICE }] : []),
      ...(w % 4 === 0 ? [{ channel: "google_ads", metric: "revenue", date, value: WEDDING_CAKE_PRICE }] : []),
    ];
  });
}

/** The 1st of every month from six months before today's month to today's month. */
function demoBudgetMonths(today: string): string[] {
  const first = `${today.slice(0, 7)}-01`;
  return Array.from({ length: 7 }, (_, i) => addMonths(first, i - 6));
}

export async function seedDemoMoney(
  tx: Tx,
  refs: { orgId: string; ownerId: string; managerId: string; anchor: string; today: string },
  ids: (channel: string, metric: string) => { channelId: string; metricId: string },
): Promise<void> {
  const { orgId, anchor, today } = refs;
  const rows = demoMoneySeries(anchor, today).map((p) => ({
    orgId,
    ...ids(p.channel, p.metric),
    date: p.date,
    value: p.value,
    covers: "week" as const,
    source: "manual" as const,
    recordedBy: refs.managerId,
  }));
  await tx
    .insert(kpiSnapshots)
    .values(rows)
    .onConflictDoNothing({ target: [kpiSnapshots.orgId, kpiSnapshots.channelId, kpiSnapshots.metricId, kpiSnapshots.date] });
  const budgets = demoBudgetMonths(today).flatMap((month) =>
    Object.entries(DEMO_BUDGETS).map(([channel, amount]) => ({
      orgId,
      channelId: ids(channel, "spend").channelId,
      month,
      amount,
      updatedBy: refs.ownerId,
    })),
  );
  await tx
    .insert(channelBudgets)
    .values(budgets)
    .onConflictDoNothing({ target: [channelBudgets.orgId, channelBudgets.channelId, channelBudgets.month] });
  // The campaign ran three months after the anchor's six-month window opened: in the quarter, not last month.
  const channelId = ids(DEMO_INFLUENCER.channel, "spend").channelId;
  const [found] = await tx
    .select({ id: oneOffCosts.id })
    .from(oneOffCosts)
    .where(and(eq(oneOffCosts.orgId, orgId), eq(oneOffCosts.note, DEMO_INFLUENCER.note)))
    .limit(1);
  if (!found) {
    const date = addDays(`${addMonths(anchor, -3).slice(0, 7)}-01`, 14);
    await tx
      .insert(oneOffCosts)
      .values({ orgId, channelId, date, amount: DEMO_INFLUENCER.amount, note: DEMO_INFLUENCER.note, createdBy: refs.ownerId });
  }
}
