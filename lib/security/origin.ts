/**
 * Cross-site request forgery guard for the route handlers that act on a
 * session cookie. Server actions have Next's own check (Origin against
 * X-Forwarded-Host or Host); route handlers have none, and SameSite=Lax
 * cookies do not stop a sibling subdomain (same site, other origin).
 *
 * Exempt: /api/v1 (bearer tokens, never the cookie, so a forged request
 * carries no authority) and /api/auth (next-auth's own double-submit CSRF
 * token, and OAuth providers may post back from their origin).
 */
const UNSAFE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export function needsOriginCheck(method: string, pathname: string): boolean {
  if (!UNSAFE_METHODS.has(method.toUpperCase())) return false;
  if (!pathname.startsWith("/api/")) return false;
  return !pathname.startsWith("/api/v1/") && pathname !== "/api/v1" && !pathname.startsWith("/api/auth/");
}

/** The host this request was addressed to, as Next's server-action check sees it. */
function requestHost(headers: Headers): string | null {
  return headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host");
}

/**
 * True when a browser sent this request from another origin. No Origin header
 * at all is a script or server (curl, a cron job): it holds only the
 * credentials it was given on purpose, so it passes; "null" and unparsable
 * origins are foreign.
 */
export function isForeignOrigin(headers: Headers): boolean {
  const origin = headers.get("origin");
  if (origin === null) return false;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return true;
  }
  return !originHost || originHost !== requestHost(headers);
}
