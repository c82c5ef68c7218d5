import { beforeEach, describe, expect, it, vi } from "vitest";

beforeEach(() => {
  vi.resetModules();
  vi.unstubAllEnvs();
  for (const key of ["AUTH_GOOGLE_ID", "AUTH_GOOGLE_SECRET", "AUTH_MICROSOFT_ENTRA_ID_ID", "AUTH_MICROSOFT_ENTRA_ID_SECRET"])
    vi.stubEnv(key, "");
});

describe("OAuth providers", () => {
  it("are off without their environment variables", async () => {
    const { enabledOAuthProviders } = await import("./config");
    expect(enabledOAuthProviders()).toEqual([]);
  });

  it("switch on when their id and secret are set", async () => {
    vi.stubEnv("AUTH_GOOGLE_ID", "google-id");
    vi.stubEnv("AUTH_GOOGLE_SECRET", "google-secret");
    vi.stubEnv("AUTH_MICROSOFT_ENTRA_ID_ID", "entra-id");
    vi.stubEnv("AUTH_MICROSOFT_ENTRA_ID_SECRET", "entra-secret");
    vi.stubEnv("AUTH_MICROSOFT_ENTRA_ID_ISSUER", "https://login.microsoftonline.com/7d3f2c1a-5b4e-4f6a-9c8d-1e2f3a4b5c6d/v2.0");
    const { enabledOAuthProviders } = await import("./config");
    expect(enabledOAuthProviders().map((p) => p.id)).toEqual(["google", "microsoft-entra-id"]);
  });

  it("refuse Microsoft Entra on the multi-tenant issuer next-auth would default to", async () => {
    vi.stubEnv("AUTH_MICROSOFT_ENTRA_ID_ID", "entra-id");
    vi.stubEnv("AUTH_MICROSOFT_ENTRA_ID_SECRET", "entra-secret");
    vi.stubEnv("AUTH_MICROSOFT_ENTRA_ID_ISSUER", "");
    const { enabledOAuthProviders } = await import("./config");
    expect(() => enabledOAuthProviders()).toThrow(/AUTH_MICROSOFT_ENTRA_ID_ISSUER: Microsoft Entra sign-in needs your tenant's issuer/);
  });

  it("need both halves: an id without a secret stays off", async () => {
    vi.stubEnv("AUTH_GOOGLE_ID", "google-id");
    const { enabledOAuthProviders } = await import("./config");
    expect(enabledOAuthProviders()).toEqual([]);
  });
});
