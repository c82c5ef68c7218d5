import { type NextRequest, NextResponse } from "next/server";
import { API_CSP, newNonce, oauthFormActionOrigins, pageCsp } from "@/lib/security/csp";
import { isForeignOrigin, needsOriginCheck } from "@/lib/security/origin";

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
  const csp = pageCsp({
    nonce: newNonce(),
    dev: process.env.NODE_ENV === "development",
    formActionOrigins: oauthFormActionOrigins(process.env),
  });
  // Next reads the nonce from the request's copy of the policy and puts it on its scripts.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", csp);
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
