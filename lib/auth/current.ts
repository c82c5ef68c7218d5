import { and, asc, eq, sql } from "drizzle-orm";
import { type Db, perDatabase } from "@/db/client";
import { memberships, type Organization, organizations, type Role, sessions, type User, users } from "@/db/schema";
import type { TenantContext } from "@/lib/data/context";
import { can, type Permission, refusedAsMissing } from "@/lib/domain/permissions";
import { touchSession } from "@/lib/data/accounts";
import { needsTouch, type SessionTimes, sessionLive } from "@/lib/domain/session-lifetime";
import { ForbiddenError, NotFoundError, UnauthenticatedError } from "@/lib/errors";
import { log } from "@/lib/log";
import { type SessionClaims, sessionClaims } from "./session";
import { namingSessionRow } from "./session-cookie-name";

/** The cookie's claims, when they can name a session row at all. */
async function validClaims(): Promise<SessionClaims | null> {
  return namingSessionRow(await sessionClaims());
}

// The session row's times, read in the same query as the person.
const sessionColumns = { expiresAt: sessions.expiresAt, lastSeenAt: sessions.lastSeenAt, revokedAt: sessions.revokedAt };

/**
 * The three session queries, prepared once per database handle with the
 * person, session and organization as parameters: every signed-in request
 * runs one, and building these joins in Drizzle cost about as much CPU as
 * running them (as listGoals in lib/data/goals/goals.ts).
 */
function prepareSessionQueries(db: Db) {
  const sessionJoin = and(eq(sessions.id, sql.placeholder("sid")), eq(sessions.userId, users.id));
  const person = eq(users.id, sql.placeholder("uid"));
  return {
    user: db
      .select({ user: users, session: sessionColumns })
      .from(users)
      .leftJoin(sessions, sessionJoin)
      .where(person)
      .limit(1)
      .prepare("current_user"),
    session: db
      .select({ user: users, session: sessionColumns, org: organizations, role: memberships.role })
      .from(users)
      .leftJoin(sessions, sessionJoin)
      .leftJoin(memberships, eq(memberships.userId, users.id))
      .leftJoin(organizations, eq(organizations.id, memberships.orgId))
      .where(person)
      .orderBy(asc(organizations.name))
      .prepare("current_session"),
    tenant: db
      .select({ user: users, session: sessionColumns, org: organizations, role: memberships.role })
      .from(users)
      .leftJoin(sessions, sessionJoin)
      .leftJoin(organizations, eq(organizations.slug, sql.placeholder("slug")))
      .leftJoin(memberships, and(eq(memberships.userId, users.id), eq(memberships.orgId, organizations.id)))
      .where(person)
      .limit(1)
      .prepare("require_tenant"),
  };
}
const sessionQueries = perDatabase(prepareSessionQueries);

/**
 * The signed-in person, read from the database on every call with the
 * session row the cookie names. A revoked, expired or idle session, or a
 * token whose session version is older than the person's (password changed),
 * counts as signed out.
 */
export async function currentUser(): Promise<User | null> {
  const claims = await validClaims();
  if (!claims) return null;
  const [row] = await sessionQueries().user.execute({ uid: claims.uid, sid: claims.sid });
  return current(row, claims);
}

/**
 * The person, unless the session is over (then: signed out). A live session
 * not seen for a few minutes is marked seen, so the idle timeout counts from
 * the last request without a write on every one.
 */
async function current(row: { user: User; session: SessionTimes | null } | undefined, claims: SessionClaims): Promise<User | null> {
  const now = new Date();
  if (!row?.session || !sessionLive(row.session, row.user.sessionVersion, claims.sv, now)) return null;
  if (needsTouch(row.session.lastSeenAt, now)) {
    // Being marked seen is bookkeeping: a failed write must not sign the person out.
    await touchSession(claims.sid, now).catch((err: unknown) =>
      log.warn({ err, event: "session.touch_failed" }, "session not marked seen"),
    );
  }
  return row.user;
}

export type Membership = { org: Organization; role: Role };

/**
 * The signed-in person and every organization they belong to, in one query:
 * a page needs both (its own organization, and the others for the switcher).
 * The same session rules as currentUser.
 */
export async function currentSession(): Promise<{ user: User; memberships: Membership[] } | null> {
  const claims = await validClaims();
  if (!claims) return null;
  const rows = await sessionQueries().session.execute({ uid: claims.uid, sid: claims.sid });
  const user = await current(rows[0], claims);
  if (!user) return null;
  return { user, memberships: rows.flatMap((r) => (r.org && r.role ? [{ org: r.org, role: r.role }] : [])) };
}

export async function requireUser(): Promise<User> {
  const user = await currentUser();
  if (!user) throw new UnauthenticatedError();
  return user;
}

export type Tenant = { ctx: TenantContext; org: Organization; user: User };

/**
 * The signed-in person and their membership in the organization `slug`, read
 * from the database in one query with the session row (the same session rules
 * as currentUser). Signed out → UnauthenticatedError. Not a member (or no
 * such organization) → NotFoundError, the same answer; a member whose role
 * lacks `permission` → ForbiddenError (NotFoundError for money asked by
 * someone who does not see money: it does not exist for them).
 */
export async function requireTenant(slug: string, permission: Permission = "org.view"): Promise<Tenant> {
  const claims = await validClaims();
  if (!claims) throw new UnauthenticatedError();
  // A slug from a URL can hold anything; a NUL cannot reach PostgreSQL text, and is no organization.
  const [row] = await sessionQueries().tenant.execute({ uid: claims.uid, sid: claims.sid, slug: slug.includes("\0") ? "" : slug });
  const user = await current(row, claims);
  if (!user) throw new UnauthenticatedError();
  if (!row?.org || !row.role) throw new NotFoundError();
  if (!can(row.role, permission, row.org))
    throw refusedAsMissing(row.role, permission, row.org) ? new NotFoundError() : new ForbiddenError();
  return tenantFrom(user, { org: row.org, role: row.role });
}

/** The tenant of a person's membership. */
export function tenantFrom(user: User, { org, role }: Membership): Tenant {
  return { ctx: { orgId: org.id, userId: user.id, role, hideMoney: !can(role, "money.view", org) }, org, user };
}
