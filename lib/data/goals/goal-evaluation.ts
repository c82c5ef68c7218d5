import type { Queryable } from "@/db/client";
import { getDb } from "@/db/client";
import type { GoalDraft } from "@/lib/domain/goal-types";
import { draftRealism, type RealismVerdict, realismHistoryFrom } from "@/lib/domain/realism";
import { type SmartCheck, smartChecks } from "@/lib/domain/smart";
import { benchmarkForChannel } from "@/lib/data/benchmarks";
import type { TenantContext } from "../context";
import { seriesPoints } from "@/lib/data/measurements";

export type GoalEvaluation = { checks: SmartCheck[]; realism: RealismVerdict | null };

/**
 * The SMART checks and the realism verdict of a goal as written, with the
 * organization's benchmark for its channel and the metric's own history.
 * The goal form shows the same functions' results as the person types.
 */
export async function evaluateGoal(
  ctx: TenantContext,
  draft: GoalDraft,
  opts: { today: string; isNew: boolean },
  db: Queryable = getDb(),
): Promise<GoalEvaluation> {
  let realism: RealismVerdict | null = null;
  if (draft.channelId && draft.metricId) {
    const [benchmark, history] = await Promise.all([
      benchmarkForChannel(ctx, draft.channelId, db),
      seriesPoints(ctx, { channelId: draft.channelId, metricId: draft.metricId }, realismHistoryFrom(opts.today), db),
    ]);
    realism = draftRealism(draft, benchmark, history);
  }
  return { checks: smartChecks(draft, { today: opts.today, isNew: opts.isNew, realism }), realism };
}
