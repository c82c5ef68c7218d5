import { type NextRequest, NextResponse } from "next/server";
import { API_CSP, newNonce, oauthFormActionOrigins, pageCsp } from "@/lib/security/csp";
import { isForeignOrigin, needsOriginCheck } from "@/lib/security/origin";
import { keptPage } from "@/lib/http/kept-pages";
import { KEPT_HEADER, withNonce } from "@/lib/http/page-cache";
import { PATH_HEADER } from "@/lib/http/request-path";

/**
 * Runs before every page, server action and API route (Next 16's successor to
 * middleware). It gives each page a Content-Security-Policy with a fresh nonce
 * and refuses cookie-authenticated API writes sent from another origin. The
 * headers that never change (Referrer-Policy, nosniff, Permissions-Policy)
 * come from next.config.mjs, so static files carry them too.
 */
export async function proxy(request: NextRequest): Promise<NextResponse> {
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
  // A page kept rendered (lib/http/kept-pages.ts), with this answer's nonce in place of the one it was rendered with.
  // Never in the way: if keeping fails (the database unreachable), the page is rendered and shows what is wrong.
  const kept = await keptPage(request).catch(() => null);
  if (kept) {
    const response = new NextResponse(withNonce(kept.page, nonce), { status: 200, headers: kept.page.headers });
    // For whoever looks into a response (and the e2e test): this page came from the kept copy.
    if (kept.kept) response.headers.set(KEPT_HEADER, "1");
    return withHeaders(response, request, csp);
  }
  // Next reads the nonce from the request's copy of the policy and puts it on its scripts.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", csp);
  // Which page this is, for boundaries that get no params (app/[org]/forbidden.tsx).
  requestHeaders.set(PATH_HEADER, pathname);
  return withHeaders(NextResponse.next({ request: { headers: requestHeaders } }), request, csp);
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
