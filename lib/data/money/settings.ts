import { eq } from "drizzle-orm";
import { getDb, type Queryable } from "@/db/client";
import { organizations } from "@/db/schema/index";
import type { VatMode } from "@/lib/domain/money";
import type { MoneyVisibility } from "@/lib/domain/permissions";
import { NotFoundError } from "@/lib/errors";
import { recordAudit } from "@/lib/data/audit";
import type { TenantContext } from "../context";

export type MoneySettings = { moneyVisibility: MoneyVisibility; vatMode: VatMode };

/** Who sees money in the organization, and whether its amounts include VAT. */
export async function moneySettings(ctx: TenantContext, db: Queryable = getDb()): Promise<MoneySettings> {
  const [row] = await db
    .select({ moneyVisibility: organizations.moneyVisibility, vatMode: organizations.vatMode })
    .from(organizations)
    .where(eq(organizations.id, ctx.orgId))
    .limit(1);
  if (!row) throw new NotFoundError();
  return row;
}

/** Changes one or both money settings, with an audit event naming what changed. */
export async function setMoneySettings(ctx: TenantContext, change: Partial<MoneySettings>): Promise<MoneySettings> {
  return getDb().transaction(async (tx) => {
    const before = await moneySettings(ctx, tx);
    const after = { ...before, ...change };
    const changed = (Object.keys(change) as (keyof MoneySettings)[]).filter((k) => before[k] !== after[k]);
    if (!changed.length) return before;
    await tx.update(organizations).set(after).where(eq(organizations.id, ctx.orgId));
    await recordAudit(
      tx,
      ctx,
      "money.settings_changed",
      undefined,
      Object.fromEntries(changed.map((k) => [k, { from: before[k], to: after[k] }])),
    );
    return after;
  });
}
