import { describe, expect, it } from "vitest";
import { type ExistingAccount, isSingleTenantEntraIssuer, oauthSignInDecision, providerVerifiedEmail } from "./oauth-linking";

describe("oauthSignInDecision: provider × email_verified × existing account", () => {
  const google = (email_verified: unknown) => ({ email: "kari@bakeri.no", email_verified });
  const entra = (xms_edov: unknown) => ({ email: "kari@bakeri.no", xms_edov });
  const cases: [string, string, Record<string, unknown> | null, ExistingAccount, string][] = [
    ["Google verified, account verified", "google", google(true), "verified", "link"],
    ["Google verified, account unverified", "google", google(true), "unverified", "refuse:accountUnverified"],
    ["Google verified, no account", "google", google(true), "absent", "create"],
    ["Google unverified, account verified", "google", google(false), "verified", "refuse:providerUnverified"],
    ["Google unverified, account unverified", "google", google(false), "unverified", "refuse:providerUnverified"],
    ["Google unverified, no account", "google", google(false), "absent", "refuse:providerUnverified"],
    ["Google claim missing", "google", { email: "kari@bakeri.no" }, "verified", "refuse:providerUnverified"],
    ['Google claim as the string "true"', "google", google("true"), "verified", "refuse:providerUnverified"],
    ["Entra xms_edov true, account verified", "microsoft-entra-id", entra(true), "verified", "link"],
    ["Entra xms_edov true, account unverified", "microsoft-entra-id", entra(true), "unverified", "refuse:accountUnverified"],
    ["Entra xms_edov true, no account", "microsoft-entra-id", entra(true), "absent", "create"],
    ["Entra xms_edov false, account verified", "microsoft-entra-id", entra(false), "verified", "refuse:providerUnverified"],
    ["Entra xms_edov false, no account", "microsoft-entra-id", entra(false), "absent", "refuse:providerUnverified"],
    [
      "Entra without xms_edov (email_verified does not count)",
      "microsoft-entra-id",
      { email: "k@b.no", email_verified: true },
      "verified",
      "refuse:providerUnverified",
    ],
    ["an unknown provider saying verified", "github", google(true), "verified", "refuse:providerUnverified"],
    ["no profile", "google", null, "absent", "refuse:providerUnverified"],
  ];
  it.each(cases)("%s", (_name, provider, profile, existing, expected) => {
    const decision = oauthSignInDecision(providerVerifiedEmail(provider, profile), existing);
    expect(decision.action === "refuse" ? `refuse:${decision.reason}` : decision.action).toBe(expected);
  });
});

describe("isSingleTenantEntraIssuer", () => {
  it.each([
    ["https://login.microsoftonline.com/7d3f2c1a-5b4e-4f6a-9c8d-1e2f3a4b5c6d/v2.0", true],
    ["https://login.microsoftonline.com/bakeriet.onmicrosoft.com/v2.0", true],
    ["https://login.microsoftonline.com/common/v2.0", false],
    ["https://login.microsoftonline.com/Common/v2.0", false],
    ["https://login.microsoftonline.com/organizations/v2.0", false],
    ["https://login.microsoftonline.com/consumers/v2.0", false],
    ["https://login.microsoftonline.com/{tenantid}/v2.0", false],
    ["http://login.microsoftonline.com/7d3f2c1a-5b4e-4f6a-9c8d-1e2f3a4b5c6d/v2.0", false],
    ["https://login.microsoftonline.com/", false],
    ["not a url", false],
    [undefined, false],
  ])("%s → %s", (issuer, expected) => {
    expect(isSingleTenantEntraIssuer(issuer)).toBe(expected);
  });
});
