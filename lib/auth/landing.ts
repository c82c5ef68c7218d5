import { membershipsOfUser } from "@/lib/data/team";

/** Where a signed-in person lands: their first organization, or creating one. */
export async function landingPath(userId: string): Promise<string> {
  const [first] = await membershipsOfUser(userId);
  return first ? `/${first.slug}` : "/new-organization";
}

/** The login form carries the path in a field of at most this many characters. */
export const MAX_CALLBACK_LENGTH = 500;

// A stand-in for the app's own origin: a relative path resolved against it
// stays on it, and anything that leaves it (//host, /..//host, a scheme) shows
// as another origin or as a path the browser would read as //host.
const OWN = "https://maalbar.invalid";
// Control characters (tab, CR, LF, NUL …) are dropped or refused by browsers and
// by Node's header writer; a backslash reads as a slash in a browser.
const UNSAFE_RAW = /[\u0000-\u001f\u007f\\]/;
// In the path, an encoded slash, backslash or control character is never one of ours.
const UNSAFE_ENCODED = /%(2f|5c|[01][0-9a-f]|7f)/i;

/**
 * Only same-origin paths are followed after login; anything else returns null
 * and the caller lands the person normally. The path handed back is the one
 * the WHATWG URL parser made of the value (pathname + search + hash), so what
 * is checked is what the browser will follow.
 */
export function safeCallbackPath(value: unknown): string | null {
  if (typeof value !== "string" || value.length > MAX_CALLBACK_LENGTH) return null;
  if (!value.startsWith("/") || value.startsWith("//") || UNSAFE_RAW.test(value)) return null;
  let url: URL;
  try {
    url = new URL(value, OWN);
  } catch {
    return null;
  }
  if (url.origin !== OWN || UNSAFE_ENCODED.test(url.pathname)) return null;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // "/..//host" and "/.//host" come out as "//host": protocol-relative in a Location header.
  if (!path.startsWith("/") || path.startsWith("//") || UNSAFE_RAW.test(path) || path.length > MAX_CALLBACK_LENGTH) return null;
  return path;
}
