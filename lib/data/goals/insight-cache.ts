import { createHash } from "node:crypto";
import { sql } from "drizzle-orm";
import { getDb, type Queryable, rowsOf } from "@/db/client";
import { BUILD_ID } from "@/lib/build-id";
import type { Covers, CoveredValue } from "@/lib/domain/series";
import type { TenantContext } from "../context";
import type { GoalInsight } from "./goal-insights";
import type { GoalRow } from "./goals";

export type Benchmark = { upliftPct: number; source: string };

/**
 * One goal as the cache found it: its insight when the fingerprint of its
 * inputs is the stored one (a hit), else the goal's own series since `from`
 * (to compute it again) and the fingerprint to store the new one under.
 */
export type CacheEntry = {
  fingerprint: string;
  insight: GoalInsight | null;
  points: CoveredValue[] | null;
  benchmark: Benchmark | null;
};

/**
 * What the goal brings to its fingerprint from the request: the build, the
 * day, and the whole goal row as goalInsights receives it (with its
 * milestones, path, period and latest value).
 */
function requestKey(goal: GoalRow, today: string): string {
  return createHash("sha256")
    .update(`${BUILD_ID}\n${today}\n${JSON.stringify(goal)}`)
    .digest("hex");
}

/**
 * Every goal's cache entry in one query, whatever the number of goals. The
 * database adds what the goal's computation reads from it to the request's
 * key: the version of the goal's series (series_versions, bumped by triggers in
 * every writing transaction), the benchmark of its metric (the organization's
 * own, else the default), and for a derived figure (cost per result, ROAS,
 * ROI) its channel's money: every series version of the channel (one-off
 * costs under the nil metric), the channel's metrics and its result choices.
 * A hit returns the stored insight and reads no series; a miss returns the
 * goal's series since `from`, read through the series index.
 */
export async function readInsightCache(
  ctx: TenantContext,
  goals: GoalRow[],
  { today, from }: { today: string; from: string },
  db: Queryable = getDb(),
): Promise<Map<string, CacheEntry>> {
  if (!goals.length) return new Map();
  const wanted = goals.map((g) => ({
    goal_id: g.id,
    key: requestKey(g, today),
    channel_id: g.channelId,
    metric_id: g.metricId,
    derived: g.metricDerivation !== null,
  }));
  const org = ctx.orgId;
  const result = await db.execute(sql`
    with inputs as (
      select u.goal_id, u.channel_id, u.metric_id, b.uplift, b.source,
        md5(u.key || '|' || concat_ws('|',
          coalesce((select v.version from series_versions v
            where v.org_id = ${org} and v.channel_id = u.channel_id and v.metric_id = u.metric_id), 0)::text,
          coalesce(b.uplift::text || ':' || b.source, '-'),
          case when u.derived then concat_ws('|',
            (select string_agg(v.metric_id::text || ':' || v.version::text, ',' order by v.metric_id) from series_versions v
              where v.org_id = ${org} and v.channel_id = u.channel_id),
            (select string_agg(r.metric_id::text, ',' order by r.metric_id) from channel_result_metrics r
              where r.org_id = ${org} and r.channel_id = u.channel_id),
            (select string_agg(m.id::text || ':' || m.key || ':' || m.is_result::text || ':' || coalesce(m.org_id::text, ''), ',' order by m.id)
              from metrics m where m.channel_id = u.channel_id and (m.org_id is null or m.org_id = ${org})))
          else '-' end)) as fingerprint
      from jsonb_to_recordset(${JSON.stringify(wanted)}::jsonb)
        as u(goal_id uuid, key text, channel_id uuid, metric_id uuid, derived boolean)
      left join lateral (
        select b.uplift_pct::float8 as uplift, b.source from benchmarks b
        where b.metric_id = u.metric_id and (b.org_id = ${org} or b.org_id is null)
        order by b.org_id nulls last limit 1
      ) b on true
    )
    select i.goal_id::text as "goalId", i.fingerprint, i.uplift, i.source,
      case when c.fingerprint = i.fingerprint then c.insight end as insight,
      case when c.fingerprint is distinct from i.fingerprint then coalesce((
        select json_agg(json_build_array(s.date, s.value, s.covers) order by s.date) from kpi_snapshots s
        where s.org_id = ${org} and s.channel_id = i.channel_id and s.metric_id = i.metric_id and s.date >= ${from}
      ), '[]'::json) end as points
    from inputs i
    left join goal_insight_cache c on c.org_id = ${org} and c.goal_id = i.goal_id`);
  type Row = {
    goalId: string;
    fingerprint: string;
    uplift: number | null;
    source: string | null;
    insight: GoalInsight | null;
    points: [string, number | string, Covers][] | null;
  };
  return new Map(
    rowsOf<Row>(result).map((r) => [
      r.goalId,
      {
        fingerprint: r.fingerprint,
        insight: r.insight,
        points: r.points?.map(([date, value, covers]) => ({ date, value: Number(value), covers })) ?? null,
        benchmark: r.uplift !== null && r.source !== null ? { upliftPct: Number(r.uplift), source: r.source } : null,
      },
    ]),
  );
}

/**
 * Stores the insights computed on a miss, one upsert for all of them. A goal
 * deleted meanwhile is skipped (its row would have nothing to belong to).
 */
export async function writeInsightCache(
  ctx: TenantContext,
  entries: { goalId: string; fingerprint: string; insight: GoalInsight }[],
  db: Queryable = getDb(),
): Promise<void> {
  if (!entries.length) return;
  const rows = entries.map((e) => ({ goal_id: e.goalId, fingerprint: e.fingerprint, insight: e.insight }));
  await db.execute(sql`
    insert into goal_insight_cache (org_id, goal_id, fingerprint, insight)
    select ${ctx.orgId}::uuid, x.goal_id, x.fingerprint, x.insight
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(goal_id uuid, fingerprint text, insight jsonb)
    where exists (select 1 from goals g where g.org_id = ${ctx.orgId} and g.id = x.goal_id)
    on conflict (org_id, goal_id) do update set fingerprint = excluded.fingerprint, insight = excluded.insight`);
}
