import { getDb, type Queryable } from "@/db/client";
import type { MoneySeries } from "@/lib/domain/money";
import { type MoneyChannel, moneyChannels, moneySeriesOf } from "@/lib/data/money";
import type { TenantContext } from "../context";

/**
 * The money series behind the goals that target a derived figure (cost per
 * result, ROAS, ROI), per channel: five queries for any number of such goals
 * (two when the caller has read the channels), none when there are none.
 */
export async function moneySeriesOfGoals(
  ctx: TenantContext,
  goals: { channelId: string; metricDerivation: string | null }[],
  from: string,
  /** The organization's money channels, when the caller has read them already. */
  read?: MoneyChannel[],
  db: Queryable = getDb(),
): Promise<Map<string, MoneySeries>> {
  const wanted = new Set(goals.filter((g) => g.metricDerivation !== null).map((g) => g.channelId));
  if (!wanted.size) return new Map();
  const channels = (read ?? (await moneyChannels(ctx, db))).filter((c) => wanted.has(c.id));
  return moneySeriesOf(ctx, channels, from, db);
}
