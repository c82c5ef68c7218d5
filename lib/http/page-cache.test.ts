import { describe, expect, it } from "vitest";
import { FILL_HEADER, keepable, MAX_PAGE_BYTES, nonceOf, PAGE_TTL_MS, PageCache, pageKey, type PageRequest, withNonce } from "./page-cache";

const request = (
  over: Partial<Omit<PageRequest, "headers" | "cookies">> & { headers?: Record<string, string>; cookies?: Record<string, string> } = {},
) => ({
  method: over.method ?? "GET",
  pathname: over.pathname ?? "/login",
  search: over.search ?? "",
  headers: new Headers(over.headers ?? { "accept-language": "en-GB,en;q=0.9" }),
  cookies: new Map(Object.entries(over.cookies ?? {})),
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
    ["the router asking for content", request({ headers: { rsc: "1" } })],
    ["a prefetch", request({ headers: { rsc: "1", "next-router-prefetch": "1" } })],
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
