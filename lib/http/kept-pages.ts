import type { NextRequest } from "next/server";
import { keptPageReader } from "@/lib/auth/kept-page";
import { LOCALE_COOKIE } from "@/lib/i18n/locales";
import { FILL_HEADER, keepable, type KeptPage, orgPageCache, orgPageKey, PageCache, pageKey } from "./page-cache";

// This process's kept pages (lib/http/page-cache.ts): signed-out ones by language, organization ones by session.
const signedOut = new PageCache();
const orgPages = orgPageCache();

/** Headers of the visitor's request not passed on when the process asks itself for the page. */
const NOT_PASSED = ["accept-encoding", "connection", "content-length", "host", "keep-alive", "transfer-encoding", "upgrade"];

/** Asks this process for `path` as the request's sender would (or with just `headers`), rendered; the answer if it may be kept. */
async function render(origin: string, path: string, headers: Headers): Promise<KeptPage | null> {
  headers.set(FILL_HEADER, "1");
  headers.set("accept-encoding", "identity");
  const response = await fetch(new URL(path, origin), {
    headers,
    redirect: "manual",
    cache: "no-store",
    signal: AbortSignal.timeout(20_000),
  });
  return keepable(response.status, response.headers, await response.text(), Date.now());
}

/**
 * The kept copy of the page this request asks for (`kept`), or one rendered
 * just now to be kept, or null: then the page is rendered as always.
 *
 * A signed-out page missing from the cache is rendered for the visitor as
 * always, and once more in the background (without the visitor's cookies, in
 * their language) to be kept for the requests after.
 *
 * An organization page is served kept only to the session it was rendered
 * for, while that session is live (checked against the database on every
 * request, lib/auth/kept-page.ts) and while the database's snapshot is the one
 * read before it was rendered. Missing, it is rendered here, by asking this
 * process with the visitor's own request, and kept if it is a plain 200 page;
 * anything else (a redirect, a 404) is rendered again the usual way.
 */
export async function keptPage(request: NextRequest): Promise<{ page: KeptPage; kept: boolean } | null> {
  // Where `next start` listens (set by Next's own server); without it (next dev, tests) nothing is kept.
  const origin = process.env.__NEXT_PRIVATE_ORIGIN;
  if (!origin || process.env.NODE_ENV !== "production") return null;
  const cookies = new Map(request.cookies.getAll().map((c) => [c.name, c.value]));
  const { pathname, search } = request.nextUrl;
  const asked = { method: request.method, pathname, search, headers: request.headers, cookies };

  const outKey = pageKey(asked);
  if (outKey) {
    const found = signedOut.get(outKey, Date.now());
    if (found) return { page: found, kept: true };
    const locale = outKey.slice(0, outKey.indexOf(" "));
    signedOut.fill(outKey, () => render(origin, pathname, new Headers({ cookie: `${LOCALE_COOKIE}=${locale}` })));
    return null;
  }

  const orgKey = orgPageKey(asked);
  if (!orgKey) return null;
  const reader = await keptPageReader(request.headers.get("cookie"), request.headers.get("x-forwarded-proto"), new Date());
  if (!reader) return null;
  const key = `${reader.uid} ${reader.sid} ${orgKey}`;
  const found = orgPages.get(key, reader.snapshot, Date.now());
  if (found) return { page: found, kept: true };
  const headers = new Headers(request.headers);
  for (const name of NOT_PASSED) headers.delete(name);
  if (!headers.has("x-forwarded-host")) headers.set("x-forwarded-host", request.headers.get("host") ?? "");
  const page = await render(origin, pathname + search, headers).catch(() => null);
  if (!page) return null;
  orgPages.set(key, reader.snapshot, page);
  return { page, kept: false };
}
