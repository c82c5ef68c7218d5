import { describe, expect, it } from "vitest";
import {
  FILL_HEADER,
  isDocumentRequest,
  keepable,
  MAX_PAGE_BYTES,
  nonceOf,
  ORG_PAGE_TTL_MS,
  orgPageCache,
  orgPageKey,
  PAGE_TTL_MS,
  PageCache,
  pageKey,
  type PageRequest,
  withNonce,
} from "./page-cache";

/** What Chromium sends for a page's document. */
const DOCUMENT = {
  accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
  "sec-fetch-dest": "document",
  "sec-fetch-mode": "navigate",
};

const request = (
  over: Partial<Omit<PageRequest, "headers" | "cookies">> & { headers?: Record<string, string>; cookies?: Record<string, string> } = {},
) => ({
  method: over.method ?? "GET",
  pathname: over.pathname ?? "/login",
  search: over.search ?? "",
  headers: new Headers({ ...DOCUMENT, ...(over.headers ?? { "accept-language": "en-GB,en;q=0.9" }) }),
  cookies: new Map(Object.entries(over.cookies ?? {})),
});

describe("isDocumentRequest", () => {
  it.each([
    ["Chromium, Firefox or Safari loading a page", DOCUMENT, true],
    [
      "the router's fetch (Next has stripped its RSC header)",
      { accept: "*/*", "sec-fetch-dest": "empty", "sec-fetch-mode": "cors", "next-url": "/b" },
      false,
    ],
    ["the router's fetch in a browser without Sec-Fetch", { accept: "*/*", "next-url": "/b" }, false],
    ["the router's fetch without Sec-Fetch or Next-Url", { accept: "*/*" }, false],
    ["a script asking for HTML", { accept: "text/html" }, true],
    ["a script asking for HTML, with Next-Url", { accept: "text/html", "next-url": "/b" }, false],
    ["no headers at all", {}, false],
    ["a frame", { ...DOCUMENT, "sec-fetch-dest": "iframe" }, false],
    ["the RSC header, had Next left it", { ...DOCUMENT, rsc: "1" }, false],
    ["a server action", { ...DOCUMENT, "next-action": "abc" }, false],
    ["the cache's own render", { ...DOCUMENT, [FILL_HEADER]: "1" }, false],
  ])("%s → %s", (_name, headers, expected) => expect(isDocumentRequest(new Headers(headers))).toBe(expected));
});

describe("pageKey: which requests a kept signed-out page may answer", () => {
  it.each([
    ["the login page, browser in English", request(), "en /login"],
    ["the front page, browser in Norwegian", request({ pathname: "/", headers: { "accept-language": "nb-NO,nb;q=0.9" } }), "nb /"],
    ["no Accept-Language: bokmål", request({ pathname: "/signup", headers: {} }), "nb /signup"],
    ["the saved language wins over the browser's", request({ cookies: { NEXT_LOCALE: "nb" } }), "nb /login"],
    [
      "a cookie the page never reads",
      request({ pathname: "/privacy", cookies: { "maalbar-device": "x", "authjs.callback-url": "y" } }),
      "en /privacy",
    ],
    ["forgot password", request({ pathname: "/forgot-password" }), "en /forgot-password"],
  ])("%s → %s", (_name, r, key) => expect(pageKey(r)).toBe(key));

  it.each([
    ["a signed-in visitor (session cookie)", request({ cookies: { "authjs.session-token": "x" } })],
    ["a session cookie over HTTPS", request({ cookies: { "__Secure-authjs.session-token": "x" } })],
    ["a session cookie in chunks", request({ cookies: { "authjs.session-token.0": "x" } })],
    ["an unknown cookie", request({ cookies: { theme: "dark" } })],
    ["a query string (callback address, a message)", request({ search: "?callbackUrl=%2Fbakeriet" })],
    ["a page that is not kept", request({ pathname: "/bakeriet" })],
    ["a page under a kept one", request({ pathname: "/login/unblock" })],
    ["a POST (a server action)", request({ method: "POST" })],
    ["a HEAD", request({ method: "HEAD" })],
    [
      "the router asking for content, as proxy.ts sees it",
      request({ headers: { accept: "*/*", "sec-fetch-dest": "empty", "next-url": "/login" } }),
    ],
    ["a server action", request({ headers: { "next-action": "abc" } })],
    ["the cache's own fill", request({ headers: { [FILL_HEADER]: "1" } })],
  ])("%s → rendered", (_name, r) => expect(pageKey(r)).toBeNull());
});

const nonce = "AbC+/9xyz0123456789ab==";
const csp = `default-src 'self'; script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`;
const html = `<html><script nonce="${nonce}">1</script><script nonce="${nonce}" src="/a.js"></script></html>`;
const headers = (over: Record<string, string> = {}) =>
  new Headers({
    "content-type": "text/html; charset=utf-8",
    "content-security-policy": csp,
    vary: "rsc",
    "cache-control": "private, no-store",
    ...over,
  });

describe("nonceOf", () => {
  it.each([
    [csp, nonce],
    ["script-src 'self'", null],
    [null, null],
  ])("%s → %s", (policy, expected) => expect(nonceOf(policy)).toBe(expected));
});

describe("keepable: which rendered answers are kept", () => {
  it("keeps a 200 HTML page with its nonce, its type, caching and Vary headers, and nothing else", () => {
    const page = keepable(200, headers({ "x-powered-by": "Next.js" }), html, 5);
    expect(page).toEqual({
      body: html,
      nonce,
      headers: [
        ["content-type", "text/html; charset=utf-8"],
        ["cache-control", "private, no-store"],
        ["vary", "rsc"],
      ],
      keptAt: 5,
    });
    // Every use of the nonce is replaced, nothing else.
    expect(withNonce(page!, "NEW")).toBe(`<html><script nonce="NEW">1</script><script nonce="NEW" src="/a.js"></script></html>`);
  });

  it.each([
    ["a redirect", 307, headers(), html],
    ["an error page", 500, headers(), html],
    ["a cookie set", 200, headers({ "set-cookie": "a=b" }), html],
    ["not HTML", 200, headers({ "content-type": "application/json" }), html],
    ["no nonce in the policy", 200, headers({ "content-security-policy": "script-src 'self'" }), html],
    ["the nonce not on the page", 200, headers(), "<html></html>"],
    ["too large", 200, headers(), html + " ".repeat(MAX_PAGE_BYTES)],
  ])("%s: not kept", (_name, status, h, body) => expect(keepable(status, h, body, 0)).toBeNull());
});

describe("PageCache", () => {
  const page = keepable(200, headers(), html, 1000)!;

  it("serves a kept page until it is PAGE_TTL_MS old, then not", async () => {
    const cache = new PageCache();
    expect(cache.get("en /login", 1000)).toBeNull();
    cache.fill("en /login", () => Promise.resolve(page));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(cache.get("en /login", 1000 + PAGE_TTL_MS - 1)).toBe(page);
    expect(cache.get("en /login", 1000 + PAGE_TTL_MS)).toBeNull();
    expect(cache.get("nb /login", 1000)).toBeNull();
  });

  it("renders a page once while its fill is under way, and again after a failed one", async () => {
    const cache = new PageCache();
    let renders = 0;
    let finish: (p: typeof page | null) => void = () => undefined;
    const render = () => {
      renders += 1;
      return new Promise<typeof page | null>((resolve) => (finish = resolve));
    };
    cache.fill("en /login", render);
    cache.fill("en /login", render);
    expect(renders).toBe(1);
    finish(null);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(cache.get("en /login", 1000)).toBeNull();
    cache.fill("en /login", () => Promise.reject(new Error("connection refused")));
    await new Promise((resolve) => setTimeout(resolve, 0));
    cache.fill("en /login", render);
    expect(renders).toBe(2);
    finish(page);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(cache.get("en /login", 1000)).toBe(page);
  });
});

describe("orgPageKey: which organization pages may be kept for a signed-in person", () => {
  const signedIn = (over: Parameters<typeof request>[0] = {}) =>
    request({ ...over, cookies: { "authjs.session-token": "t", ...(over.cookies ?? {}) } });
  const goal = "/bakeriet/goals/5909df62-5ebe-4092-9394-60cdc45d25f1";
  it.each([
    ["the dashboard", signedIn({ pathname: "/bakeriet" }), "en /bakeriet"],
    ["the goals", signedIn({ pathname: "/bakeriet/goals" }), "en /bakeriet/goals"],
    ["a goal", signedIn({ pathname: goal }), `en ${goal}`],
    ["benchmarks in Norwegian", signedIn({ pathname: "/bakeriet/benchmarks", cookies: { NEXT_LOCALE: "nb" } }), "nb /bakeriet/benchmarks"],
    [
      "channels with a query string",
      signedIn({ pathname: "/bakeriet/channels", search: "?period=thisMonth" }),
      "en /bakeriet/channels?period=thisMonth",
    ],
    ["the team", signedIn({ pathname: "/b-2/team" }), "en /b-2/team"],
    ["notifications", signedIn({ pathname: "/bakeriet/notifications" }), "en /bakeriet/notifications"],
    [
      "the session cookie over HTTPS",
      request({ pathname: "/bakeriet", cookies: { "__Secure-authjs.session-token": "t" } }),
      "en /bakeriet",
    ],
    [
      "the session cookie in chunks",
      request({ pathname: "/bakeriet", cookies: { "authjs.session-token.0": "t", "authjs.session-token.1": "u" } }),
      "en /bakeriet",
    ],
  ])("%s → %s", (_name, r, key) => expect(orgPageKey(r)).toBe(key));

  it.each([
    ["signed out", request({ pathname: "/bakeriet" })],
    ["a page not kept (measurements)", signedIn({ pathname: "/bakeriet/measurements" })],
    ["a page not kept (account)", signedIn({ pathname: "/bakeriet/account" })],
    ["a page not kept (a meeting)", signedIn({ pathname: "/bakeriet/reviews/5909df62-5ebe-4092-9394-60cdc45d25f1" })],
    ["a goal's edit form", signedIn({ pathname: `${goal}/edit` })],
    ["not a goal id", signedIn({ pathname: "/bakeriet/goals/new" })],
    ["an app page, not an organization", signedIn({ pathname: "/new-organization" })],
    ["the login page signed in", signedIn({ pathname: "/login" })],
    ["an unknown cookie", signedIn({ pathname: "/bakeriet", cookies: { theme: "dark" } })],
    ["a POST", signedIn({ pathname: "/bakeriet", method: "POST" })],
    [
      "the router asking for content, as proxy.ts sees it",
      signedIn({ pathname: "/bakeriet", headers: { accept: "*/*", "sec-fetch-dest": "empty" } }),
    ],
    ["a server action", signedIn({ pathname: "/bakeriet", headers: { "next-action": "x" } })],
    ["the cache's own render", signedIn({ pathname: "/bakeriet", headers: { [FILL_HEADER]: "1" } })],
  ])("%s → rendered", (_name, r) => expect(orgPageKey(r)).toBeNull());
});

describe("orgPageCache", () => {
  const page = keepable(200, headers(), html, 1000)!;

  it("serves a page only in the snapshot it was rendered after, and for ORG_PAGE_TTL_MS", () => {
    const cache = orgPageCache();
    cache.set("u s en /b", "10:12:", page);
    expect(cache.get("u s en /b", "10:12:", 1000)).toMatchObject({ body: html });
    expect(cache.get("u s en /b", "10:13:", 1000), "after a write").toBeNull();
    expect(cache.get("u s en /b", "10:12:11", 1000), "a write under way").toBeNull();
    expect(cache.get("u s en /b", "10:12:", 1000 + ORG_PAGE_TTL_MS)).toBeNull();
    expect(cache.get("other s en /b", "10:12:", 1000), "another person").toBeNull();
    // Rendered again in the new snapshot: that copy replaces the old one.
    cache.set("u s en /b", "10:13:", { ...page, body: "new" });
    expect(cache.get("u s en /b", "10:13:", 1000)?.body).toBe("new");
    expect(cache.size).toBe(1);
  });

  it("holds at most its size in pages, the least recently served going first", () => {
    const cache = orgPageCache(3 * (html.length * 2 + 200));
    for (const key of ["a", "b", "c"]) cache.set(key, "1:1:", page);
    expect(cache.get("a", "1:1:", 1000)).not.toBeNull();
    cache.set("d", "1:1:", page);
    expect(cache.get("b", "1:1:", 1000)).toBeNull();
    expect(cache.get("a", "1:1:", 1000)).not.toBeNull();
    expect(cache.size).toBe(3);
  });
});
