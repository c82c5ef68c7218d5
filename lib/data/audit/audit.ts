import { sql } from "drizzle-orm";
import { getDb, type Queryable } from "@/db/client";
import { auditEvents, memberships, users } from "@/db/schema/index";
import type { TenantContext } from "../context";

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

export type LoginOutcome = { succeeded: boolean; method: string; ip?: string | null };

/**
 * A sign-in (auth.login) or a failed one (auth.login_failed) of the account
 * with this e-mail, in every organization the account belongs to: an attack
 * on one member's password is a risk to each of them, and their owners are
 * the ones who can act on it. A failure has no actor (nobody proved who they
 * are); the account is the target.
 *
 * One INSERT … SELECT for every attempt, whether the e-mail exists or not: it
 * writes no row for an unknown e-mail, costs the same round trip either way,
 * and nothing about it reaches the answer, so it tells a caller nothing. An
 * unknown e-mail has no organization; it is counted in login_attempts only.
 */
export async function recordLoginAudit(email: string, outcome: LoginOutcome, db: Queryable = getDb()): Promise<void> {
  const action = outcome.succeeded ? "auth.login" : "auth.login_failed";
  const data = JSON.stringify(outcome.succeeded ? { method: outcome.method } : { method: outcome.method, ip: outcome.ip ?? null });
  await db.execute(sql`
    insert into ${auditEvents} (org_id, actor_id, action, target_type, target_id, data)
    select m.org_id, ${outcome.succeeded ? sql`u.id` : sql`null::uuid`}, ${action}, 'user', u.id::text, ${data}::jsonb
    from ${users} u join ${memberships} m on m.user_id = u.id
    where u.email = ${email}`);
}

/**
 * An event about one person's own account (a password reset) in every
 * organization they belong to, as auth.login is: their owners see it.
 * `actor`: whether the person proved who they are (used a
 * link from their mailbox) or it is only a request anyone could make.
 */
export async function recordAccountAudit(
  email: string,
  action: string,
  { actor, data }: { actor: boolean; data?: Record<string, unknown> },
  db: Queryable = getDb(),
): Promise<void> {
  await db.execute(sql`
    insert into ${auditEvents} (org_id, actor_id, action, target_type, target_id, data)
    select m.org_id, ${actor ? sql`u.id` : sql`null::uuid`}, ${action}, 'user', u.id::text, ${JSON.stringify(data ?? {})}::jsonb
    from ${users} u join ${memberships} m on m.user_id = u.id
    where u.email = ${email}`);
}
