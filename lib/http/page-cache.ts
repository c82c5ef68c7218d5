import { LRUCache } from "lru-cache";
import { isReservedSlug } from "@/lib/domain/slug";
import { chooseLocale, LOCALE_COOKIE } from "@/lib/i18n/locales";

/**
 * The signed-out pages, kept rendered. They are the same for every visitor
 * who is not signed in, but for the language and the CSP nonce, yet Next
 * renders them on every request: a page whose scripts carry a per-request
 * nonce cannot be prerendered. proxy.ts answers a cacheable request from here
 * with a fresh nonce put in place of the stored one, and fills the cache by
 * asking its own server for the page once, in the background. Per instance,
 * and needed by no other: an instance without it renders as before.
 */
const CACHED_PAGES: ReadonlySet<string> = new Set(["/", "/login", "/signup", "/forgot-password", "/privacy"]);

/** The header proxy.ts's own fill request carries: always rendered, never answered from here (anyone may send it: it only costs a render). */
export const FILL_HEADER = "x-maalbar-page-fill";

/** The header on an answer served from a kept copy. */
export const KEPT_HEADER = "x-maalbar-kept-page";

/** How long a kept page is served before it is rendered again (a new build starts a new process anyway). */
export const PAGE_TTL_MS = 5 * 60_000;

/** A kept page is at most this long (the signed-out pages are about 20 kB): anything larger is not kept. */
export const MAX_PAGE_BYTES = 256 * 1024;

/**
 * The cookies a signed-out page may be asked with and still be the same page:
 * the language (part of the key), and those the pages never read (the
 * sign-in's own state and the remembered device, read only by the sign-in
 * action). Any other cookie, a session above all, means the page is rendered.
 */
const HARMLESS_COOKIES: ReadonlySet<string> = new Set([
  LOCALE_COOKIE,
  "authjs.callback-url",
  "__Secure-authjs.callback-url",
  "authjs.csrf-token",
  "__Host-authjs.csrf-token",
  "maalbar-device",
  "__Host-maalbar-device",
]);

/**
 * Whether a request is a browser asking for a page's document (an address
 * typed, a reload, a plain link) rather than Next's router fetching a page's
 * content (RSC) for a navigation, a refresh or a prefetch, or a server action.
 * Next strips its own router headers (RSC, Next-Router-State-Tree…) and the
 * `_rsc` parameter from the request before proxy.ts sees it, so the two are
 * told apart by what the browser itself sends: Sec-Fetch-Dest is "document"
 * for a document and "empty" for the router's fetch. Without Sec-Fetch-Dest
 * (an older browser, a script), only a request that asks for HTML and carries
 * no Next-Url (sent by the router) counts. Anything else is rendered.
 */
export function isDocumentRequest(headers: Headers): boolean {
  if (headers.has(FILL_HEADER) || headers.has("next-action") || headers.has("rsc") || headers.has("next-router-state-tree")) return false;
  const dest = headers.get("sec-fetch-dest");
  if (dest !== null) return dest === "document";
  return !headers.has("next-url") && (headers.get("accept") ?? "").includes("text/html");
}

export type PageRequest = {
  method: string;
  pathname: string;
  search: string;
  headers: Headers;
  cookies: ReadonlyMap<string, string>;
};

/**
 * The key a request's page is kept under (its language and path), or null
 * when it must be rendered: not a GET for a signed-out page's document, a
 * query string (a callback address, a message to show), or a cookie that may
 * change the page.
 */
export function pageKey(request: PageRequest): string | null {
  if (request.method !== "GET" || !CACHED_PAGES.has(request.pathname) || request.search !== "") return null;
  if (!isDocumentRequest(request.headers)) return null;
  for (const name of request.cookies.keys()) if (!HARMLESS_COOKIES.has(name)) return null;
  return `${chooseLocale(request.cookies.get(LOCALE_COOKIE), request.headers.get("accept-language"))} ${request.pathname}`;
}

/**
 * The organization pages kept for the person who saw them: the dashboard, the
 * goals, a goal, benchmarks, channels, the team and notifications. Each is
 * kept under the person's session and the database's snapshot when it was
 * rendered (pg_current_snapshot(): any write anywhere gives another), so a
 * kept copy is served only while nothing it could show has changed; and for at
 * most ORG_PAGE_TTL_MS, for what moves with the clock ("3 days ago", an
 * invitation running out).
 */
const ORG_PAGE =
  /^\/([a-z0-9-]{1,60})(|\/goals|\/goals\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\/benchmarks|\/channels|\/team|\/notifications)$/;
export const ORG_PAGE_TTL_MS = 60_000;
const SESSION_COOKIE = /^(__Secure-)?authjs\.session-token(\.\d+)?$/;

/**
 * The part of a kept organization page's key the request itself gives (its
 * language, path and query), or null when it must be rendered: not a GET for
 * one of the pages above as a document, no session cookie, or another cookie
 * that may change the page. proxy.ts adds the person, their session and the
 * snapshot (lib/auth/kept-page.ts).
 */
export function orgPageKey(request: PageRequest): string | null {
  if (request.method !== "GET") return null;
  const match = ORG_PAGE.exec(request.pathname);
  // The app's own top-level pages (no organization may have their names) are not organizations.
  if (!match || isReservedSlug(match[1]!)) return null;
  if (!isDocumentRequest(request.headers)) return null;
  let session = false;
  for (const name of request.cookies.keys()) {
    if (SESSION_COOKIE.test(name)) session = true;
    else if (!HARMLESS_COOKIES.has(name)) return null;
  }
  if (!session) return null;
  const locale = chooseLocale(request.cookies.get(LOCALE_COOKIE), request.headers.get("accept-language"));
  return `${locale} ${request.pathname}${request.search}`;
}

/** The nonce of a page's Content-Security-Policy, or null. */
export function nonceOf(csp: string | null): string | null {
  return /'nonce-([A-Za-z0-9+/=]+)'/.exec(csp ?? "")?.[1] ?? null;
}

export type KeptPage = { body: string; nonce: string; headers: [string, string][]; keptAt: number };

/** The kept page with another nonce in place of the one it was rendered with. */
export function withNonce(page: KeptPage, nonce: string): string {
  return page.body.replaceAll(page.nonce, nonce);
}

/** The headers of a rendered page that a kept copy is sent with (the CSP is made per request). */
const KEPT_HEADERS = ["content-type", "cache-control", "vary"];

/**
 * A rendered answer as a page to keep, or null when it must not be kept: not
 * a plain 200 HTML page, a cookie set, no nonce, or too large.
 */
export function keepable(status: number, headers: Headers, body: string, now: number): KeptPage | null {
  if (status !== 200 || headers.has("set-cookie") || !headers.get("content-type")?.startsWith("text/html")) return null;
  const nonce = nonceOf(headers.get("content-security-policy"));
  if (!nonce || body.length > MAX_PAGE_BYTES || !body.includes(`nonce="${nonce}"`)) return null;
  const kept = KEPT_HEADERS.flatMap((name): [string, string][] => {
    const value = headers.get(name);
    return value === null ? [] : [[name, value]];
  });
  return { body, nonce, headers: kept, keptAt: now };
}

/** The kept pages of this process, by key; the set of keys is small and fixed (pages × languages). */
export class PageCache {
  private readonly pages = new Map<string, KeptPage>();
  private readonly filling = new Set<string>();

  get(key: string, now: number): KeptPage | null {
    const page = this.pages.get(key);
    return page && now - page.keptAt < PAGE_TTL_MS ? page : null;
  }

  /**
   * Render the page for `key` once, in the background (`render` asks the
   * server), unless a render for it is already under way; a failure keeps
   * nothing and is tried again on a later request.
   */
  fill(key: string, render: () => Promise<KeptPage | null>): void {
    if (this.filling.has(key)) return;
    this.filling.add(key);
    render()
      .then((page) => {
        if (page) this.pages.set(key, page);
      })
      .catch(() => undefined)
      .finally(() => this.filling.delete(key));
  }
}

/** Kept organization pages in this process: at most ORG_PAGE_CACHE_BYTES of them, the least recently served going first. */
const ORG_PAGE_CACHE_BYTES = 32 * 1024 * 1024;

export function orgPageCache(maxBytes = ORG_PAGE_CACHE_BYTES) {
  const pages = new LRUCache<string, KeptPage & { snapshot: string }>({
    maxSize: maxBytes,
    sizeCalculation: (p) => p.body.length * 2 + 200,
  });
  return {
    /** The page kept under `key`, when it was rendered in this very snapshot less than ORG_PAGE_TTL_MS ago. */
    get: (key: string, snapshot: string, now: number): KeptPage | null => {
      const page = pages.get(key);
      return page && page.snapshot === snapshot && now - page.keptAt < ORG_PAGE_TTL_MS ? page : null;
    },
    /** Keep a page rendered after `snapshot` was read (it shows that state or a later one), in place of the one before. */
    set: (key: string, snapshot: string, page: KeptPage) => void pages.set(key, { ...page, snapshot }),
    get size() {
      return pages.size;
    },
  };
}
