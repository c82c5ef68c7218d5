import { and, count, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { goals } from "@/db/schema/index";
import { benchmarkTable } from "@/lib/data/benchmarks";
import { activeChannels, channelCatalog } from "@/lib/data/benchmarks";
import type { TenantContext } from "../context";
import { listObjectives } from "./objectives";
import { listMembers } from "@/lib/data/team";

/**
 * What the goal form offers: channels and metrics (not the archived own
 * channels, except the edited goal's `keepChannelId`), benchmarks, objectives
 * and the team with their active goals.
 */
export async function goalFormData(ctx: TenantContext, keepChannelId?: string) {
  const [channels, table, objectives, members, active] = await Promise.all([
    // Goals on cost per result or ROAS are offered only to people who see money.
    channelCatalog(ctx, undefined, { derived: !ctx.hideMoney }),
    benchmarkTable(ctx),
    listObjectives(ctx),
    listMembers(ctx),
    getDb()
      .select({ ownerId: goals.ownerId, n: count() })
      .from(goals)
      .where(and(eq(goals.orgId, ctx.orgId), eq(goals.status, "active")))
      .groupBy(goals.ownerId),
  ]);
  const activeBy = new Map(active.map((a) => [a.ownerId, a.n]));
  return {
    channels: activeChannels(channels, keepChannelId),
    benchmarks: Object.fromEntries(table.map((b) => [b.metricId, { upliftPct: b.upliftPct, source: b.source }])),
    objectives: objectives.map((o) => ({ id: o.id, title: o.title })),
    members: members.map((m) => ({ userId: m.userId, name: m.name, activeGoals: activeBy.get(m.userId) ?? 0 })),
  };
}
