/**
 * Which OAuth sign-ins may reach an account. A provider's e-mail claim proves
 * nothing unless the provider says it verified the address, and an account
 * whose own address was never verified may have been pre-registered by
 * someone else: linking to it would hand that person's password a victim's
 * sign-in (or the victim's account to a forged claim, "nOAuth").
 */
export type ExistingAccount = "absent" | "verified" | "unverified";
export type OAuthDecision =
  { action: "link" } | { action: "create" } | { action: "refuse"; reason: "providerUnverified" | "accountUnverified" };

export function oauthSignInDecision(providerVerifiedEmail: boolean, existing: ExistingAccount): OAuthDecision {
  if (!providerVerifiedEmail) return { action: "refuse", reason: "providerUnverified" };
  if (existing === "absent") return { action: "create" };
  if (existing === "unverified") return { action: "refuse", reason: "accountUnverified" };
  return { action: "link" };
}

/**
 * Whether the provider vouches for the e-mail in its profile. Google says so
 * in `email_verified`; Microsoft Entra in the optional `xms_edov` claim (the
 * address's domain is verified by the tenant), which the app registration must
 * add as an optional claim. Anything but a boolean true, and any other
 * provider, counts as unverified.
 */
export function providerVerifiedEmail(provider: string, profile: Record<string, unknown> | null | undefined): boolean {
  if (!profile) return false;
  if (provider === "google") return profile.email_verified === true;
  if (provider === "microsoft-entra-id") return profile.xms_edov === true;
  return false;
}

const MULTI_TENANT = new Set(["common", "organizations", "consumers"]);

/**
 * Whether an Entra issuer names one tenant, e.g.
 * https://login.microsoftonline.com/<tenant id>/v2.0. The multi-tenant
 * endpoints (/common/, /organizations/, /consumers/) let any tenant's admin
 * mint tokens with any e-mail.
 */
export function isSingleTenantEntraIssuer(issuer: string | undefined): boolean {
  if (!issuer) return false;
  let url: URL;
  try {
    url = new URL(issuer);
  } catch {
    return false;
  }
  if (url.protocol !== "https:") return false;
  const tenant = url.pathname.split("/").filter(Boolean)[0]?.toLowerCase();
  return Boolean(tenant) && !MULTI_TENANT.has(tenant!) && /^[a-z0-9.-]+$/.test(tenant!);
}
