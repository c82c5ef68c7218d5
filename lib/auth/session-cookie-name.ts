import { isUuid } from "@/lib/ids";
import type { SessionClaims } from "./session";

/**
 * The session cookie's name as next-auth chooses it for server code: Secure when
 * AUTH_URL (or NEXTAUTH_URL) is https, else when the request came over HTTPS
 * as X-Forwarded-Proto says (Next sets it on every request; next-auth assumes
 * https without it).
 */
export function sessionCookieName(env: { AUTH_URL?: string; NEXTAUTH_URL?: string }, forwardedProto: string | null): string {
  const configured = env.AUTH_URL ?? env.NEXTAUTH_URL;
  const protocol = configured ? new URL(configured).protocol : `${(forwardedProto ?? "https").replace(/:$/, "")}:`;
  return protocol === "https:" ? "__Secure-authjs.session-token" : "authjs.session-token";
}

/** The cookies of a Cookie header, as next-auth reads them (a value %-decoded where it can be). */
export function cookiesOf(header: string | null): { name: string; value: string }[] {
  return (header ?? "").split(/;\s*/).flatMap((pair) => {
    const at = pair.indexOf("=");
    if (at <= 0) return [];
    const raw = pair.slice(at + 1).trim();
    let value = raw;
    try {
      value = decodeURIComponent(raw);
    } catch {
      // Not %-encoded after all: kept as sent.
    }
    return [{ name: pair.slice(0, at).trim(), value }];
  });
}

/** The token under `name`: the cookie itself, else its chunks (next-auth splits a long token) `name.0`, `name.1`… joined in order; null without any. */
export function sessionToken(cookies: readonly { name: string; value: string }[], name: string): string | null {
  const whole = cookies.find((c) => c.name === name);
  if (whole) return whole.value;
  const chunks = cookies
    .map((c) => ({ index: c.name.startsWith(`${name}.`) ? Number(c.name.slice(name.length + 1)) : NaN, value: c.value }))
    .filter((c) => Number.isInteger(c.index) && c.index >= 0)
    .sort((a, b) => a.index - b.index);
  return chunks.length ? chunks.map((c) => c.value).join("") : null;
}

/**
 * The claims, when they can name a session row at all (both ids UUIDs). Here,
 * beside the cookie's reading, not in ./session, which the tests stand in for.
 */
export function namingSessionRow(claims: SessionClaims | null): SessionClaims | null {
  return claims && isUuid(claims.sid) && isUuid(claims.uid) ? claims : null;
}
