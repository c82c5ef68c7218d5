"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { orgAction } from "@/lib/auth/action";
import { benchmarkValuesSchema, resetBenchmark, updateBenchmark } from "@/lib/data/benchmarks";
import { decimal, orgSlug } from "@/lib/form-fields";

const org = orgSlug;
const metricId = z.uuid("benchmarks.edit.chooseMetric");

const updateSchema = z.object({
  org,
  metricId,
  // "17,5" as typed in a Norwegian form; empty is "write a number".
  upliftPct: decimal.pipe(benchmarkValuesSchema.shape.upliftPct),
  typicalGoalNb: benchmarkValuesSchema.shape.typicalGoalNb,
  typicalGoalEn: benchmarkValuesSchema.shape.typicalGoalEn,
  source: benchmarkValuesSchema.shape.source,
});

/** A benchmark changes every goal's realism verdict on the metric, so the goal pages are refreshed too. */
function refresh(slug: string) {
  revalidatePath(`/${slug}`, "layout");
}

/** Manager or owner: the organization's own uplift, typical goal and source for a metric (one with or without a default). */
export const updateBenchmarkAction = orgAction(updateSchema, "benchmark.write", async ({ ctx, org: o }, input) => {
  const { upliftPct, typicalGoalNb, typicalGoalEn, source } = input;
  await updateBenchmark(ctx, input.metricId, { upliftPct, typicalGoalNb, typicalGoalEn, source });
  refresh(o.slug);
});

/** Manager or owner: back to the source article's default for a metric, or no benchmark when it has none. */
export const resetBenchmarkAction = orgAction(z.object({ org, metricId }), "benchmark.write", async ({ ctx, org: o }, input) => {
  const reset = await resetBenchmark(ctx, input.metricId);
  refresh(o.slug);
  return { reset };
});
