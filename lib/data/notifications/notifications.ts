import { and, count, desc, eq, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { notifications, users } from "@/db/schema/index";
import { NotFoundError } from "@/lib/errors";
import type { TenantContext } from "../context";
import { goalSeen } from "../hidden-money";

const UUID = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$";
import { type Reminder, reminderOf } from "./reminder-text";

/** The person's own notifications in one organization; the rest of the team's are never read here. */
export type NotificationItem = { id: string; reminder: Reminder; createdAt: Date; readAt: Date | null };

const NOTIFICATION_LIST_LIMIT = 50;

/**
 * The person's own notifications, less those about a goal they may not see:
 * a goal on a derived figure is money, and the owners may have narrowed who
 * sees money since the notification was made (lib/data/hidden-money.ts).
 */
const own = (ctx: TenantContext) =>
  and(
    eq(notifications.orgId, ctx.orgId),
    eq(notifications.userId, ctx.userId),
    goalSeen(ctx, sql`(case when ${notifications.data}->>'goalId' ~ ${UUID} then (${notifications.data}->>'goalId')::uuid end)`),
  );

/** Newest first, at most NOTIFICATION_LIST_LIMIT; kinds this version doesn't know are left out. */
export async function listNotifications(ctx: TenantContext, limit = NOTIFICATION_LIST_LIMIT): Promise<NotificationItem[]> {
  const rows = await getDb()
    .select({
      id: notifications.id,
      kind: notifications.kind,
      data: notifications.data,
      createdAt: notifications.createdAt,
      readAt: notifications.readAt,
    })
    .from(notifications)
    .where(own(ctx))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(limit);
  return rows.flatMap((r) => {
    const reminder = reminderOf(r.kind, r.data);
    return reminder ? [{ id: r.id, reminder, createdAt: r.createdAt, readAt: r.readAt }] : [];
  });
}

export async function unreadCount(ctx: TenantContext): Promise<number> {
  const [row] = await getDb()
    .select({ n: count() })
    .from(notifications)
    .where(and(own(ctx), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

/**
 * Marks one notification (by id), or with "all" every one of the person's in this organization, as
 * read; returns how many it applied to. Another person's or organization's id is
 * NotFoundError, like an id that doesn't exist; one already read is fine.
 */
export async function markRead(ctx: TenantContext, id: string): Promise<number> {
  if (id === "all") {
    const rows = await getDb()
      .update(notifications)
      .set({ readAt: sql`now()` })
      .where(and(own(ctx), isNull(notifications.readAt)))
      .returning({ id: notifications.id });
    return rows.length;
  }
  const [row] = await getDb()
    .update(notifications)
    .set({ readAt: sql`coalesce(${notifications.readAt}, now())` })
    .where(and(own(ctx), eq(notifications.id, id)))
    .returning({ id: notifications.id });
  if (!row) throw new NotFoundError();
  return 1;
}

/** Whether the person gets reminders by e-mail; one setting for all their organizations. */
export async function setEmailReminders(userId: string, on: boolean): Promise<void> {
  await getDb()
    .update(users)
    .set({ emailReminders: on, updatedAt: sql`now()` })
    .where(eq(users.id, userId));
}
