import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { type MailRequestKind, mailRequests } from "@/db/schema";
import { env } from "@/lib/env";

/**
 * Throttling of the requests that make Målbar mail an address someone typed
 * in (sign-up, "send the link again", a forgotten password), counted in PostgreSQL like the login
 * attempts so it holds across instances. Per hour and per kind:
 * - per client address: at most `perIp` requests; beyond that the caller is
 *   told to try again later;
 * - per target address: at most `perEmail` mails; beyond that the request is
 *   answered exactly as before but no mail goes out, so nobody can flood an
 *   inbox and the answer still reveals nothing.
 */
export const MAIL_REQUEST_LIMITS: Record<MailRequestKind, { perIp: number; perEmail: number }> = {
  signUp: { perIp: 10, perEmail: 3 },
  resendVerification: { perIp: 10, perEmail: 3 },
  resetPassword: { perIp: 10, perEmail: 3 },
};

/** The limits in force: the per-address one from MAALBAR_SIGNUPS_PER_HOUR when set (e.g. many people behind one office NAT). */
function mailRequestLimits(kind: MailRequestKind): { perIp: number; perEmail: number } {
  return { ...MAIL_REQUEST_LIMITS[kind], perIp: env().MAALBAR_SIGNUPS_PER_HOUR };
}

const MAIL_LOCK = 0x4d41494c; // "MAIL"

export type MailRequestGate = { allowed: true; sendMail: boolean } | { allowed: false; retryAfterSeconds: number };

type Row = { ip_count: number; email_count: number; ip_wait: number | null };

/**
 * Decides and records one request under an advisory lock on the client
 * address, so parallel requests are counted one after another.
 */
export async function openMailRequest(kind: MailRequestKind, email: string, ip: string): Promise<MailRequestGate> {
  const { perIp, perEmail } = mailRequestLimits(kind);
  return getDb().transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${MAIL_LOCK}::int4, hashtext(${ip}))`);
    const result = await tx.execute(sql`
      with by_ip as (
        select created_at from mail_requests where kind = ${kind} and ip = ${ip} and created_at > now() - interval '1 hour'
      )
      select
        (select count(*) from by_ip)::int as ip_count,
        (select count(*) from mail_requests where kind = ${kind} and email = ${email} and created_at > now() - interval '1 hour')::int as email_count,
        extract(epoch from (select created_at from by_ip order by created_at desc offset ${sql.raw(String(perIp - 1))} limit 1)
          + interval '1 hour' - now())::float8 as ip_wait`);
    const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as Row[];
    const row = rows[0]!;
    if (Number(row.ip_count) >= perIp) return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(Number(row.ip_wait ?? 3600))) };
    await tx.insert(mailRequests).values({ kind, email, ip });
    return { allowed: true, sendMail: Number(row.email_count) < perEmail };
  });
}
