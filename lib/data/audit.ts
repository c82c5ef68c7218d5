import type { Queryable } from "@/db/client";
import { auditEvents } from "@/db/schema";
import type { TenantContext } from "./context";

/** Appends an audit event; call it inside the transaction of the change it records. */
export async function recordAudit(
  db: Queryable,
  ctx: Pick<TenantContext, "orgId" | "userId">,
  action: string,
  target?: { type: string; id: string },
  data?: Record<string, unknown>,
): Promise<void> {
  await db.insert(auditEvents).values({
    orgId: ctx.orgId,
    actorId: ctx.userId,
    action,
    targetType: target?.type,
    targetId: target?.id,
    data,
  });
}
