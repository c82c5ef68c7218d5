import { moneyWindows } from "@/lib/domain/money";
import type { TenantContext } from "../context";
import { type OneOffCostRow, listOneOffCosts } from "./costs";
import { type ChannelEconomics, channelEconomics } from "./economics";

export type ChannelMoney = { economics: ChannelEconomics | null; costs: OneOffCostRow[] };

/** One channel's money for its page: its economics (even before any money is recorded) and its one-off costs of the last 6 months. */
export async function channelMoney(ctx: TenantContext, channelId: string, today: string): Promise<ChannelMoney> {
  const [economics, costs] = await Promise.all([
    channelEconomics(ctx, today, { channelId }),
    listOneOffCosts(ctx, { from: moneyWindows(today).sixMonths.from, channelId }),
  ]);
  return { economics: economics.channels[0] ?? null, costs };
}
