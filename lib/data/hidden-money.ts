import { type AnyColumn, type SQL, sql } from "drizzle-orm";
import { goals, metrics } from "@/db/schema/index";
import type { TenantContext } from "./context";

/**
 * A goal on a derived figure (cost per result, ROAS, ROI) is money: for
 * someone who does not see money (`ctx.hideMoney`) it does not exist
 * (docs/DOMAIN-RULES.md, "Who sees money"). This condition keeps a row tied to
 * a goal (`goalId`: the goal's own id column, or a row's goal_id) only when
 * the caller may see that goal; a row tied to no goal is kept. Every read and
 * every write that names a goal adds it, so a hidden goal's id answers exactly
 * like an id that does not exist. Undefined (no condition) for people who see money.
 */
export function goalSeen(ctx: Pick<TenantContext, "hideMoney">, goalId: AnyColumn | SQL): SQL | undefined {
  if (!ctx.hideMoney) return undefined;
  return sql`not exists (select 1 from ${goals} hidden_goal join ${metrics} hidden_metric on hidden_metric.id = hidden_goal.metric_id where hidden_goal.id = ${goalId} and hidden_metric.derivation is not null)`;
}

/** A metric the caller may write a goal on or read the history of: a derived figure only for someone who sees money. */
export function metricSeen(ctx: Pick<TenantContext, "hideMoney">): SQL | undefined {
  return ctx.hideMoney ? sql`${metrics.derivation} is null` : undefined;
}
