import { and, asc, eq, isNull, or } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb } from "@/db/client";
import { benchmarks, channels } from "@/db/schema";
import type { TenantContext } from "./context";

export type BenchmarkRow = {
  channelId: string;
  channelKey: string;
  channelNb: string;
  channelEn: string;
  upliftPct: number;
  typicalGoalNb: string;
  typicalGoalEn: string;
  source: string;
  /** True when the organization has its own row instead of the default. */
  overridden: boolean;
};

/** The organization's benchmark table: its own rows where it has them, else the defaults. */
export async function benchmarkTable(ctx: TenantContext): Promise<BenchmarkRow[]> {
  const own = alias(benchmarks, "own");
  const standard = alias(benchmarks, "standard");
  const rows = await getDb()
    .select({ channel: channels, own, standard })
    .from(channels)
    .leftJoin(own, and(eq(own.channelId, channels.id), eq(own.orgId, ctx.orgId)))
    .leftJoin(standard, and(eq(standard.channelId, channels.id), isNull(standard.orgId)))
    .where(or(isNull(channels.orgId), eq(channels.orgId, ctx.orgId)))
    .orderBy(asc(channels.sortOrder), asc(channels.nameNb));
  return rows.flatMap(({ channel, own: o, standard: s }) => {
    const row = o ?? s;
    if (!row) return [];
    return [
      {
        channelId: channel.id,
        channelKey: channel.key,
        channelNb: channel.nameNb,
        channelEn: channel.nameEn,
        upliftPct: row.upliftPct,
        typicalGoalNb: row.typicalGoalNb,
        typicalGoalEn: row.typicalGoalEn,
        source: row.source,
        overridden: Boolean(o),
      },
    ];
  });
}
