import { createHash } from "node:crypto";
import { sql } from "drizzle-orm";
import { getDb, type Queryable, rowsOf } from "@/db/client";
import { BUILD_ID } from "@/lib/build-id";
import type { TenantContext } from "../context";
import type { BudgetRow } from "./budgets";
import type { Economics } from "./economics";
import { type CostRow, type MoneyChannel, moneyChannelsJson } from "./money-series";

/**
 * The organization's cached economics when none of its inputs changed (a hit),
 * else the budgets and one-off costs of the window (read in the same query, to
 * compute it again) and the fingerprint to store the new economics under.
 */
export type EconomicsCacheEntry = {
  fingerprint: string;
  economics: Economics | null;
  /** The money channels as moneyChannels reads them (read in the same query: they are part of the fingerprint). */
  channels: MoneyChannel[];
  budgets: BudgetRow[];
  costs: CostRow[];
};

const monthOf = (date: string) => `${date.slice(0, 7)}-01`;

/**
 * One query. The fingerprint joins what the request knows (the build and the
 * day) with what the database knows: the money channels (their metrics and
 * result choices, read here too), every series version of the organization
 * (bumped by triggers in each writing transaction, one-off costs under the
 * nil metric) and the budgets from `from`'s month to `today`'s.
 */
export async function readEconomicsCache(
  ctx: TenantContext,
  { today, from }: { today: string; from: string },
  db: Queryable = getDb(),
): Promise<EconomicsCacheEntry> {
  const key = createHash("sha256").update(`${BUILD_ID}\n${today}\n${from}`).digest("hex");
  const org = ctx.orgId;
  const result = await db.execute(sql`
    with ch as (select ${moneyChannelsJson(org)} as channels), b as (
      select coalesce(json_agg(json_build_object('channelId', cb.channel_id, 'month', cb.month, 'amount', cb.amount::float8)
        order by cb.month, cb.channel_id), '[]'::json) as budgets
      from channel_budgets cb
      where cb.org_id = ${org} and cb.month >= ${monthOf(from)} and cb.month <= ${monthOf(today)}
    ), f as (
      select md5(${key} || '|' || ch.channels::text || '|' || coalesce((
        select string_agg(v.channel_id::text || ':' || v.metric_id::text || ':' || v.version::text, ',' order by v.channel_id, v.metric_id)
        from series_versions v where v.org_id = ${org}), '') || '|' || b.budgets::text) as fingerprint, b.budgets, ch.channels
      from b, ch
    )
    select f.fingerprint, f.budgets, f.channels, c.economics,
      case when c.economics is null then coalesce((
        select json_agg(json_build_object('channelId', o.channel_id, 'date', o.date, 'amount', o.amount::float8) order by o.date, o.id)
        from one_off_costs o where o.org_id = ${org} and o.date >= ${from}
      ), '[]'::json) end as costs
    from f left join economics_cache c on c.org_id = ${org} and c.fingerprint = f.fingerprint`);
  type Row = Omit<EconomicsCacheEntry, "costs"> & { costs: CostRow[] | null };
  const [row] = rowsOf<Row>(result);
  return { ...row!, costs: row!.costs ?? [] };
}

/** Stores the economics computed on a miss (one upsert; an organization deleted meanwhile is skipped). */
export async function writeEconomicsCache(
  ctx: TenantContext,
  fingerprint: string,
  economics: Economics,
  db: Queryable = getDb(),
): Promise<void> {
  await db.execute(sql`
    insert into economics_cache (org_id, fingerprint, economics)
    select id, ${fingerprint}, ${JSON.stringify(economics)}::jsonb from organizations where id = ${ctx.orgId}
    on conflict (org_id) do update set fingerprint = excluded.fingerprint, economics = excluded.economics`);
}
