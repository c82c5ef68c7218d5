/**
 * The page's path, as proxy.ts hands it on with the request. Next gives a
 * boundary page such as app/[org]/forbidden.tsx no params; it reads the
 * organization from here. Set by the proxy on every page request, over
 * whatever the browser sent under the same name.
 */
export const PATH_HEADER = "x-maalbar-path";

/** The organization a page's path starts with ("/bakeriet/audit" → "bakeriet"), or null. */
export function orgSlugOf(path: string | null): string | null {
  return path?.match(/^\/([a-z0-9-]+)(?:\/|$)/)?.[1] ?? null;
}
