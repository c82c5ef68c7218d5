import { and, eq, isNull, ne, sql } from "drizzle-orm";
import { BENCHMARK_SOURCE, BENCHMARK_SOURCE_INFERRED } from "@/lib/domain/benchmark-source";
import { CHANNEL_CATALOG } from "@/lib/domain/catalog";
import type { Queryable } from "./client";
import { benchmarks, channels, metrics } from "./schema";

/**
 * Upserts the shared channel catalogue, its metrics and the default benchmark
 * table (rows with a null org_id, one per channel on its main metric).
 * Idempotent; runs after every migration.
 */
export async function seedCatalog(db: Queryable): Promise<void> {
  await db.transaction(async (tx) => {
    for (const [i, c] of CHANNEL_CATALOG.entries()) {
      const [channel] = await tx
        .insert(channels)
        .values({ orgId: null, key: c.key, nameNb: c.nb, nameEn: c.en, sortOrder: i * 10 })
        .onConflictDoUpdate({
          target: [channels.orgId, channels.key],
          set: { nameNb: c.nb, nameEn: c.en, sortOrder: i * 10 },
        })
        .returning({ id: channels.id });
      const channelId = channel!.id;
      let mainId: string | null = null;
      for (const [j, m] of c.metrics.entries()) {
        const values = {
          nameNb: m.nb,
          nameEn: m.en,
          unit: m.unit,
          direction: m.direction ?? "increase",
          isMain: m.main ?? false,
          isResult: m.result ?? false,
          derivation: m.derivation ?? null,
          kind: m.kind,
          sortOrder: j * 10,
        } as const;
        const [metric] = await tx
          .insert(metrics)
          .values({ orgId: null, channelId, key: m.key, ...values })
          .onConflictDoUpdate({ target: [metrics.orgId, metrics.channelId, metrics.key], set: values })
          .returning({ id: metrics.id });
        if (m.main) mainId = metric!.id;
      }
      if (c.benchmark && mainId) {
        // The article's figure is the main metric's; a default left on another metric (a main metric that moved) goes.
        await tx
          .delete(benchmarks)
          .where(and(isNull(benchmarks.orgId), eq(benchmarks.channelId, channelId), ne(benchmarks.metricId, mainId)));
        const values = {
          upliftPct: c.benchmark.upliftPct,
          typicalGoalNb: c.benchmark.nb,
          typicalGoalEn: c.benchmark.en,
          source: c.benchmark.inferred ? BENCHMARK_SOURCE_INFERRED : BENCHMARK_SOURCE,
          updatedAt: sql`now()`,
        };
        await tx
          .insert(benchmarks)
          .values({ orgId: null, channelId, metricId: mainId, ...values })
          .onConflictDoUpdate({ target: [benchmarks.orgId, benchmarks.metricId], set: values });
      }
    }
  });
}
