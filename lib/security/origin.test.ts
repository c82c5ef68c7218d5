import { describe, expect, it } from "vitest";
import { isForeignOrigin, needsOriginCheck } from "./origin";

describe("which requests need the Origin check", () => {
  it.each([
    ["POST", "/api/orgs/bakeriet/measurements/import", true],
    ["DELETE", "/api/orgs/bakeriet/anything", true],
    ["put", "/api/orgs/bakeriet/anything", true],
    ["GET", "/api/orgs/bakeriet/measurements/export", false],
    ["HEAD", "/api/health", false],
    // Bearer tokens, never the cookie: a forged request would carry no authority.
    ["POST", "/api/v1/measurements", false],
    // next-auth's own CSRF token protects its endpoints.
    ["POST", "/api/auth/callback/credentials", false],
    // Pages: server actions are checked by Next itself.
    ["POST", "/bakeriet/goals/123", false],
  ])("%s %s → %s", (method, path, expected) => {
    expect(needsOriginCheck(method, path)).toBe(expected);
  });
});

describe("a foreign Origin", () => {
  const h = (values: Record<string, string>) => new Headers(values);

  it("is the same host or not, as Next compares it for server actions", () => {
    expect(isForeignOrigin(h({ host: "app.maalbar.no", origin: "https://app.maalbar.no" }))).toBe(false);
    expect(isForeignOrigin(h({ host: "127.0.0.1:3100", origin: "http://127.0.0.1:3100" }))).toBe(false);
    expect(isForeignOrigin(h({ host: "app.maalbar.no", origin: "https://evil.example" }))).toBe(true);
    // A sibling subdomain is same-site (SameSite=Lax cookies go along) but another origin.
    expect(isForeignOrigin(h({ host: "app.maalbar.no", origin: "https://blogg.maalbar.no" }))).toBe(true);
    expect(isForeignOrigin(h({ host: "app.maalbar.no", origin: "https://app.maalbar.no:8443" }))).toBe(true);
  });

  it("is compared with the forwarded host behind a proxy", () => {
    expect(isForeignOrigin(h({ host: "10.0.0.5:3000", "x-forwarded-host": "app.maalbar.no", origin: "https://app.maalbar.no" }))).toBe(
      false,
    );
    expect(isForeignOrigin(h({ host: "10.0.0.5:3000", "x-forwarded-host": "app.maalbar.no", origin: "http://10.0.0.5:3000" }))).toBe(true);
  });

  it("counts 'null' and garbage as foreign, and a request without Origin as a script's", () => {
    expect(isForeignOrigin(h({ host: "app.maalbar.no", origin: "null" }))).toBe(true);
    expect(isForeignOrigin(h({ host: "app.maalbar.no", origin: "not a url" }))).toBe(true);
    expect(isForeignOrigin(h({ host: "app.maalbar.no" }))).toBe(false);
  });
});
