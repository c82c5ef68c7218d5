/**
 * The Content-Security-Policy of every page, built per request around a fresh
 * nonce (proxy.ts). Next reads the nonce from the request's copy of this header
 * and puts it on its own scripts; 'strict-dynamic' then lets those scripts load
 * the app's chunks, and nothing else runs: no inline script without the nonce,
 * no eval outside development (React uses eval there for its error overlay).
 *
 * style-src keeps 'unsafe-inline' on purpose, and so carries no nonce (a nonce
 * would make browsers ignore 'unsafe-inline'): React renders style attributes
 * in the server HTML (progress bars, chart heights), sonner inserts its
 * stylesheet at run time, and Radix positions popovers with inline styles.
 * Styles cannot run code; the remaining risk, CSS that reads attributes, needs
 * an HTML injection that React's escaping already prevents.
 */
export type CspOptions = { nonce: string; dev?: boolean; formActionOrigins?: string[] };

export function pageCsp({ nonce, dev = false, formActionOrigins = [] }: CspOptions): string {
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    "script-src": ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(dev ? ["'unsafe-eval'"] : [])],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'", ...(dev ? ["ws:"] : [])],
    "object-src": ["'none'"],
    "base-uri": ["'none'"],
    // Signing in with Google or Microsoft posts a form that redirects to them.
    "form-action": ["'self'", ...formActionOrigins],
    "frame-ancestors": ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(" ")}`)
    .join("; ");
}

/** JSON and files from /api: nothing in them may load or run anything, nor be framed. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** The origins an OAuth sign-in form may redirect to, for the providers the environment switches on. */
export function oauthFormActionOrigins(env: Record<string, string | undefined>): string[] {
  const origins: string[] = [];
  if (env.AUTH_GOOGLE_ID && env.AUTH_GOOGLE_SECRET) origins.push("https://accounts.google.com");
  if (env.AUTH_MICROSOFT_ENTRA_ID_ID && env.AUTH_MICROSOFT_ENTRA_ID_SECRET) {
    let issuer = "https://login.microsoftonline.com";
    try {
      if (env.AUTH_MICROSOFT_ENTRA_ID_ISSUER) issuer = new URL(env.AUTH_MICROSOFT_ENTRA_ID_ISSUER).origin;
    } catch {
      // An unparsable issuer fails at sign-in with its own message; keep the default here.
    }
    origins.push(issuer);
  }
  return origins;
}

/** A nonce of 128 random bits, base64 (the nonce-source grammar allows + / =). */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
