/**
 * Whether a request carries next-auth's session cookie: `authjs.session-token`,
 * with `__Secure-` in front over HTTPS, and `.0`, `.1`… after it when a long
 * token is split over several cookies.
 */
export function hasSessionCookie(names: readonly string[]): boolean {
  return names.some((name) => /^(__Secure-)?authjs\.session-token(\.\d+)?$/.test(name));
}
