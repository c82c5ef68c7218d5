import { type NextRequest, NextResponse } from "next/server";
import { API_CSP, newNonce, oauthFormActionOrigins, pageCsp } from "@/lib/security/csp";
import { isForeignOrigin, needsOriginCheck } from "@/lib/security/origin";
import { FILL_HEADER, KEPT_HEADER, keepable, type KeptPage, PageCache, pageKey, withNonce } from "@/lib/http/page-cache";
import { LOCALE_COOKIE } from "@/lib/i18n/locales";

// The signed-out pages kept rendered (lib/http/page-cache.ts).
const pages = new PageCache();

/**
 * Runs before every page, server action and API route (Next 16's successor to
 * middleware). It gives each page a Content-Security-Policy with a fresh nonce
 * and refuses cookie-authenticated API writes sent from another origin. The
 * headers that never change (Referrer-Policy, nosniff, Permissions-Policy)
 * come from next.config.mjs, so static files carry them too.
 */
export function proxy(request: NextRequest): NextResponse {
  const { pathname } = request.nextUrl;
  if (pathname.startsWith("/api/")) {
    if (needsOriginCheck(request.method, pathname) && isForeignOrigin(request.headers)) {
      const refused = NextResponse.json({ error: "errors.forbiddenOrigin" }, { status: 403 });
      return withHeaders(refused, request, API_CSP);
    }
    return withHeaders(NextResponse.next(), request, API_CSP);
  }
  const nonce = newNonce();
  const csp = pageCsp({
    nonce,
    dev: process.env.NODE_ENV === "development",
    formActionOrigins: oauthFormActionOrigins(process.env),
  });
  const kept = keptPage(request);
  if (kept) {
    const response = new NextResponse(withNonce(kept, nonce), { status: 200, headers: kept.headers });
    // For whoever looks into a response (and the e2e test): this page came from the kept copy.
    response.headers.set(KEPT_HEADER, "1");
    return withHeaders(response, request, csp);
  }
  // Next reads the nonce from the request's copy of the policy and puts it on its scripts.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", csp);
  return withHeaders(NextResponse.next({ request: { headers: requestHeaders } }), request, csp);
}

/**
 * The kept copy of a signed-out page for this request, or null: then the page
 * is rendered as always, and when it could be kept and is not yet, this
 * process asks itself for it once in the background (without the visitor's
 * cookies, in the visitor's language), for the requests after.
 */
function keptPage(request: NextRequest): KeptPage | null {
  // Where `next start` listens (set by Next's own server); without it (next dev, tests) nothing is kept.
  const origin = process.env.__NEXT_PRIVATE_ORIGIN;
  if (!origin || process.env.NODE_ENV !== "production") return null;
  const cookies = new Map(request.cookies.getAll().map((c) => [c.name, c.value]));
  const { pathname, search } = request.nextUrl;
  const key = pageKey({ method: request.method, pathname, search, headers: request.headers, cookies });
  if (!key) return null;
  const found = pages.get(key, Date.now());
  if (found) return found;
  const locale = key.slice(0, key.indexOf(" "));
  pages.fill(key, async () => {
    const response = await fetch(new URL(pathname, origin), {
      headers: { cookie: `${LOCALE_COOKIE}=${locale}`, [FILL_HEADER]: "1", "accept-encoding": "identity" },
      redirect: "manual",
      cache: "no-store",
      signal: AbortSignal.timeout(10_000),
    });
    return keepable(response.status, response.headers, await response.text(), Date.now());
  });
  return null;
}

function withHeaders(response: NextResponse, request: NextRequest, csp: string): NextResponse {
  response.headers.set("content-security-policy", csp);
  // Only over HTTPS (as the TLS terminator reports it): HSTS on plain HTTP is ignored anyway.
  if (request.headers.get("x-forwarded-proto") === "https") {
    response.headers.set("strict-transport-security", "max-age=31536000");
  }
  return response;
}

export const config = {
  // Everything but Next's hashed static files (no HTML, nothing to protect with a policy).
  matcher: ["/((?!_next/static|_next/image).*)"],
};
