import { and, eq, sql } from "drizzle-orm";
import { type Db, perDatabase } from "@/db/client";
import { sessions, users } from "@/db/schema";
import { needsTouch, sessionLive } from "@/lib/domain/session-lifetime";
import { sessionClaimsOf } from "./session";
import { namingSessionRow } from "./session-cookie-name";

function prepareReader(db: Db) {
  return db
    .select({
      sessionVersion: users.sessionVersion,
      session: { expiresAt: sessions.expiresAt, lastSeenAt: sessions.lastSeenAt, revokedAt: sessions.revokedAt },
      // Which transactions the database counts as done: equal snapshots see the same data (lib/http/page-cache.ts).
      snapshot: sql<string>`pg_current_snapshot()::text`,
    })
    .from(users)
    .leftJoin(sessions, and(eq(sessions.id, sql.placeholder("sid")), eq(sessions.userId, users.id)))
    .where(eq(users.id, sql.placeholder("uid")))
    .limit(1)
    .prepare("kept_page_reader");
}
const reader = perDatabase(prepareReader);

/** Who a kept organization page may be served to, and the database state it must have been rendered in. */
export type KeptPageReader = { uid: string; sid: string; snapshot: string };

/**
 * For proxy.ts: the person signed in with this Cookie header and the
 * database's current snapshot, in one query, when their session is live by
 * the same rules as currentUser (lib/auth/current.ts: the cookie decrypts, the
 * session row is neither revoked, expired nor idle, the session version is the
 * person's) and is not due to be marked seen (that request is rendered, which
 * marks it). Null otherwise: then the page is rendered as always.
 */
export async function keptPageReader(cookie: string | null, forwardedProto: string | null, now: Date): Promise<KeptPageReader | null> {
  const claims = namingSessionRow(await sessionClaimsOf(cookie, forwardedProto));
  if (!claims) return null;
  const [row] = await reader().execute({ uid: claims.uid, sid: claims.sid });
  if (!row?.session || !sessionLive(row.session, row.sessionVersion, claims.sv, now) || needsTouch(row.session.lastSeenAt, now))
    return null;
  return { uid: claims.uid, sid: claims.sid, snapshot: row.snapshot };
}
