import { describe, expect, it } from "vitest";
import { API_CSP, newNonce, oauthFormActionOrigins, pageCsp } from "./csp";

const directives = (csp: string): Record<string, string[]> =>
  Object.fromEntries(csp.split("; ").map((d) => [d.split(" ")[0]!, d.split(" ").slice(1)]));

describe("the page policy", () => {
  it("allows scripts only by this request's nonce, and never eval in production", () => {
    const csp = directives(pageCsp({ nonce: "abc123==" }));
    expect(csp["script-src"]).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"]);
    expect(csp["script-src"]).not.toContain("'unsafe-inline'");
    expect(csp["script-src"]).not.toContain("'unsafe-eval'");
    expect(csp["object-src"]).toEqual(["'none'"]);
    expect(csp["base-uri"]).toEqual(["'none'"]);
    expect(csp["frame-ancestors"]).toEqual(["'none'"]);
    expect(csp["form-action"]).toEqual(["'self'"]);
    expect(csp["default-src"]).toEqual(["'self'"]);
  });

  it("keeps inline styles without a nonce (a nonce would switch 'unsafe-inline' off)", () => {
    const csp = directives(pageCsp({ nonce: "n" }));
    expect(csp["style-src"]).toEqual(["'self'", "'unsafe-inline'"]);
  });

  it("adds eval and the dev server's websocket only in development", () => {
    const csp = directives(pageCsp({ nonce: "n", dev: true }));
    expect(csp["script-src"]).toContain("'unsafe-eval'");
    expect(csp["connect-src"]).toEqual(["'self'", "ws:"]);
  });

  it("lets a sign-in form redirect to the OAuth providers that are switched on, and no others", () => {
    expect(oauthFormActionOrigins({})).toEqual([]);
    expect(oauthFormActionOrigins({ AUTH_GOOGLE_ID: "id" })).toEqual([]);
    expect(
      oauthFormActionOrigins({
        AUTH_GOOGLE_ID: "id",
        AUTH_GOOGLE_SECRET: "s",
        AUTH_MICROSOFT_ENTRA_ID_ID: "id",
        AUTH_MICROSOFT_ENTRA_ID_SECRET: "s",
        AUTH_MICROSOFT_ENTRA_ID_ISSUER: "https://login.microsoftonline.com/tenant/v2.0",
      }),
    ).toEqual(["https://accounts.google.com", "https://login.microsoftonline.com"]);
    const csp = directives(pageCsp({ nonce: "n", formActionOrigins: ["https://accounts.google.com"] }));
    expect(csp["form-action"]).toEqual(["'self'", "https://accounts.google.com"]);
  });
});

describe("nonces", () => {
  it("are 128 random bits, different every time", () => {
    const seen = new Set(Array.from({ length: 200 }, newNonce));
    expect(seen.size).toBe(200);
    for (const n of seen) expect(Buffer.from(n, "base64")).toHaveLength(16);
  });
});

it("API responses may load nothing and never be framed", () => {
  expect(API_CSP).toContain("default-src 'none'");
  expect(API_CSP).toContain("frame-ancestors 'none'");
});
