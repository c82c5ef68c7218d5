import { sql } from "drizzle-orm";
import { BENCHMARK_SOURCE, BENCHMARK_SOURCE_INFERRED, CHANNEL_CATALOG } from "@/lib/domain/catalog";
import type { Queryable } from "./client";
import { benchmarks, channels, metrics } from "./schema";

/**
 * Upserts the shared channel catalogue, its metrics and the default benchmark
 * table (rows with a null org_id). Idempotent; runs after every migration.
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
        await tx
          .insert(metrics)
          .values({ orgId: null, channelId, key: m.key, ...values })
          .onConflictDoUpdate({ target: [metrics.orgId, metrics.channelId, metrics.key], set: values });
      }
      if (c.benchmark) {
        const values = {
          upliftPct: c.benchmark.upliftPct,
          typicalGoalNb: c.benchmark.nb,
          typicalGoalEn: c.benchmark.en,
          source: c.benchmark.inferred ? BENCHMARK_SOURCE_INFERRED : BENCHMARK_SOURCE,
          updatedAt: sql`now()`,
        };
        await tx
          .insert(benchmarks)
          .values({ orgId: null, channelId, ...values })
          .onConflictDoUpdate({ target: [benchmarks.orgId, benchmarks.channelId], set: values });
      }
    }
  });
}
