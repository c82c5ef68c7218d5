import { z } from "zod";
import { decimal, orgSlug } from "@/lib/form-fields";
import { DIRECTIONS } from "@/lib/domain/goal-types";
import { MAX_OWN_METRICS, OWN_METRIC_TYPE_KEYS, type OwnMetricType } from "@/lib/domain/own-channels";

const org = orgSlug;
const channelId = z.uuid("validation.invalid");

/** Metric rows as the form sends them ("metrics.0.name", "metrics.0.type", …), nested; a row left wholly blank is no row. */
function nestMetrics(raw: unknown): unknown {
  if (!raw || typeof raw !== "object" || Array.isArray((raw as { metrics?: unknown }).metrics)) return raw;
  const rows: Record<string, unknown>[] = [];
  for (const [key, value] of Object.entries(raw)) {
    // Two digits at most: a form with a hundred rows is not one a person sent.
    const m = /^metrics\.(\d{1,2})\.(name|type|direction|benchmarkPct)$/.exec(key);
    if (m) (rows[Number(m[1])] ??= {})[m[2]!] = value;
  }
  const blank = (r: Record<string, unknown>) => [r.name, r.benchmarkPct].every((v) => v === undefined || v === "");
  return { ...raw, metrics: Array.from(rows, (r) => r ?? {}).filter((r) => !blank(r)) };
}

const ownMetric = z.object({
  name: z.string("validation.required").max(200, "validation.tooLong"),
  type: z.enum(OWN_METRIC_TYPE_KEYS as [OwnMetricType, ...OwnMetricType[]], "validation.invalid"),
  direction: z.enum(DIRECTIONS, "validation.invalid"),
  benchmarkPct: decimal.default(null),
});

/** A new own channel: its name and its metrics; the names, the count and the benchmarks are judged by lib/domain/own-channels. */
export const ownChannelSchema = z.preprocess(
  nestMetrics,
  z.object({
    org,
    name: z.string("validation.required").max(200, "validation.tooLong"),
    metrics: z.array(ownMetric).max(MAX_OWN_METRICS, "ownChannels.errors.tooManyMetrics"),
  }),
);

export const renameChannelSchema = z.object({ org, channelId, name: z.string("validation.required").max(200, "validation.tooLong") });
export const archiveChannelSchema = z.object({ org, channelId, archived: z.enum(["true", "false"], "validation.invalid") });
