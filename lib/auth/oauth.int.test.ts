import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { registerAccount } from "@/lib/data/accounts";
import { TEST_PASSWORD, unique } from "@/test/fixtures";
import { resolveOAuthSignIn } from "./oauth";

const google = (email: string, email_verified: boolean) => ({ email, email_verified, name: "Kari Nordmann" });
const account = (email: string, emailVerified: boolean) =>
  registerAccount({ name: "Kari", email, password: TEST_PASSWORD, locale: "nb", organizationName: unique("Bakeri"), emailVerified });
const count = (email: string) => getDb().$count(users, eq(users.email, email));

describe("resolveOAuthSignIn", () => {
  it("links a provider-verified address to a verified account", async () => {
    const email = `${unique("kari")}@bakeri.no`;
    const { userId } = await account(email, true);
    expect(await resolveOAuthSignIn("google", google(email, true))).toMatchObject({ ok: true, user: { id: userId } });
  });

  it("refuses an address the provider did not verify, even for an existing verified account (nOAuth)", async () => {
    const email = `${unique("offer")}@bakeri.no`;
    await account(email, true);
    expect(await resolveOAuthSignIn("microsoft-entra-id", { email, name: "Angriper" })).toEqual({
      ok: false,
      reason: "providerUnverified",
    });
    expect(await resolveOAuthSignIn("google", google(email, false))).toEqual({ ok: false, reason: "providerUnverified" });
  });

  it("refuses to link to an account whose own address is not verified (it may be pre-registered)", async () => {
    const email = `${unique("forhånd")}@bakeri.no`;
    await account(email, false);
    expect(await resolveOAuthSignIn("google", google(email, true))).toEqual({ ok: false, reason: "accountUnverified" });
  });

  it("creates a verified account only when the provider verified the address", async () => {
    const email = `${unique("ny")}@bakeri.no`;
    expect(await resolveOAuthSignIn("google", google(email, false))).toEqual({ ok: false, reason: "providerUnverified" });
    expect(await count(email)).toBe(0);
    const created = await resolveOAuthSignIn("microsoft-entra-id", { email: email.toUpperCase(), name: "Kari", xms_edov: true });
    expect(created).toMatchObject({ ok: true, user: { email, passwordHash: null } });
    expect(created.ok && created.user.emailVerifiedAt).toBeInstanceOf(Date);
    expect(await count(email)).toBe(1);
  });
});
