import { getDb } from "@/db/client";
import type { User } from "@/db/schema";
import { recordLoginAudit } from "@/lib/data/audit";
import { isUniqueViolation } from "@/lib/data/db-errors";
import { findUserByEmail, insertUser, normalizeEmail } from "@/lib/data/accounts";
import { oauthSignInDecision, providerVerifiedEmail } from "@/lib/domain/oauth-linking";
import { log } from "@/lib/log";

export type OAuthRefusal = "providerUnverified" | "accountUnverified";
export type OAuthOutcome = { ok: true; user: User } | { ok: false; reason: OAuthRefusal };

/**
 * An OAuth sign-in reaches an account only by the rules of
 * lib/domain/oauth-linking: the provider verified the e-mail, and an existing
 * account's own address is verified. A new account made here starts verified
 * (the provider vouched for the address).
 */
export async function resolveOAuthSignIn(provider: string, profile: Record<string, unknown> | null | undefined): Promise<OAuthOutcome> {
  const email = normalizeEmail(typeof profile?.email === "string" ? profile.email : "");
  const existing = email ? await findUserByEmail(email) : undefined;
  const decision = oauthSignInDecision(
    Boolean(email) && providerVerifiedEmail(provider, profile),
    existing ? (existing.emailVerifiedAt ? "verified" : "unverified") : "absent",
  );
  if (decision.action === "refuse") {
    log.warn({ event: "login.oauth_refused", provider, reason: decision.reason }, "OAuth sign-in refused");
    if (email) await recordLoginAudit(email, { succeeded: false, method: provider });
    return { ok: false, reason: decision.reason };
  }
  let user = existing;
  if (!user) {
    const name = typeof profile?.name === "string" && profile.name.trim() ? profile.name.trim().slice(0, 100) : email.split("@")[0]!;
    try {
      user = await insertUser(getDb(), { email, name, passwordHash: null, emailVerified: true });
    } catch (error) {
      // Created by a parallel sign-in a moment ago: decide again against it.
      if (!isUniqueViolation(error, "email")) throw error;
      return resolveOAuthSignIn(provider, profile);
    }
  }
  await recordLoginAudit(email, { succeeded: true, method: provider });
  return { ok: true, user };
}
