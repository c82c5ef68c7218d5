import { type NextRequest, NextResponse } from "next/server";
import { newNonce, pageCsp } from "../../lib/security/csp";

/**
 * The floor behind the proxy every Målbar page passes through: a fresh nonce
 * and Målbar's own Content-Security-Policy (lib/security/csp.ts) on the
 * request, where Next reads the nonce for its scripts, and on the response.
 * Only under /secure, so the floor's own pages stay bare. What this costs
 * beside the bare floor is the framework's price of a per-request nonce,
 * which issue 20 does not let Målbar trade for speed.
 */
export function proxy(request: NextRequest): NextResponse {
  const csp = pageCsp({ nonce: newNonce() });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", csp);
  return response;
}

export const config = { matcher: ["/secure/:path*", "/secure"] };
