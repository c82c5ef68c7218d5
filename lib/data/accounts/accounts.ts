import { getDb } from "@/db/client";
import { hashPassword } from "@/lib/auth/password";
import { ConflictError } from "@/lib/errors";
import { isUniqueViolation } from "../db-errors";
import { createOrganizationWithOwner } from "@/lib/data/team";
import { acceptInvitation } from "@/lib/data/team";
import { findUserByEmail, insertUser } from "./users";

export type Registration = {
  name: string;
  email: string;
  password: string;
  locale: "nb" | "en";
  /** Create this organization with the person as owner… */
  organizationName?: string;
  /** …or join the organization of this invitation. */
  inviteToken?: string;
};

const EMAIL_TAKEN = new ConflictError("signup.errors.emailTaken", { email: ["signup.errors.emailTaken"] });

/**
 * Creates the person and their organization (or joins the invited one) in one
 * transaction: a failure leaves no orphan user or organization behind.
 */
export async function registerAccount(input: Registration): Promise<{ userId: string; slug: string }> {
  if (await findUserByEmail(input.email)) throw EMAIL_TAKEN;
  const passwordHash = await hashPassword(input.password);
  // A second attempt covers the rare race of two sign-ups picking the same slug.
  for (let attempt = 0; ; attempt++) {
    try {
      return await getDb().transaction(async (tx) => {
        const user = await insertUser(tx, { email: input.email, name: input.name.trim(), passwordHash, locale: input.locale });
        if (input.inviteToken) {
          const joined = await acceptInvitation(tx, user.id, input.inviteToken);
          return { userId: user.id, slug: joined.slug };
        }
        const org = await createOrganizationWithOwner(tx, user.id, { name: input.organizationName ?? input.name, locale: input.locale });
        return { userId: user.id, slug: org.slug };
      });
    } catch (error) {
      if (isUniqueViolation(error, "email")) throw EMAIL_TAKEN;
      if (attempt === 0 && isUniqueViolation(error, "slug")) continue;
      throw error;
    }
  }
}
