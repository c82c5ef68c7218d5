import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { organizations } from "@/db/schema/index";
import type { MeasurePeriod } from "@/lib/domain/series";
import type { TenantContext } from "../context";

/** The period the organization's goals are measured per unless a goal says otherwise (owners and managers set it). */
export async function setMeasurePeriod(ctx: TenantContext, period: MeasurePeriod): Promise<void> {
  await getDb().update(organizations).set({ measurePeriod: period }).where(eq(organizations.id, ctx.orgId));
}
