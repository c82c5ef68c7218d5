import { getDb, type Queryable } from "@/db/client";
import type { MoneySeries } from "@/lib/domain/money";
import { moneyChannels, moneySeriesOf } from "@/lib/data/money";
import type { TenantContext } from "../context";

/**
 * The money series behind the goals that target a derived figure (cost per
 * result, ROAS, ROI), per channel: five queries for any number of such goals,
 * none when there are none.
 */
export async function moneySeriesOfGoals(
  ctx: TenantContext,
  goals: { channelId: string; metricDerivation: string | null }[],
  from: string,
  db: Queryable = getDb(),
): Promise<Map<string, MoneySeries>> {
  const wanted = new Set(goals.filter((g) => g.metricDerivation !== null).map((g) => g.channelId));
  if (!wanted.size) return new Map();
  const channels = (await moneyChannels(ctx, db)).filter((c) => wanted.has(c.id));
  return moneySeriesOf(ctx, channels, from, db);
}
