import { getDb, type Tx } from "@/db/client";
import type { User } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { isUniqueViolation } from "@/lib/data/db-errors";
import { createOrganizationWithOwner } from "@/lib/data/team";
import { acceptInvitation, previewInvitation } from "@/lib/data/team";
import { findUserByEmail, insertUser, normalizeEmail } from "./users";

export type Registration = {
  name: string;
  email: string;
  password: string;
  locale: "nb" | "en";
  /** Create this organization with the person as owner… */
  organizationName?: string;
  /** …or join the organization of this invitation. */
  inviteToken?: string;
  /** Only for the demo seed, fixtures and benches: the address counts as verified at once. */
  emailVerified?: boolean;
  /** Runs inside the transaction once the person exists (e.g. issue and mail the verification link). */
  onCreated?: (tx: Tx, user: User, pendingInvite: string | undefined) => Promise<void>;
};

export const EMAIL_TAKEN = new ConflictError("signup.errors.emailTaken", { email: ["signup.errors.emailTaken"] });

/**
 * Refuses an invitation that cannot be used for this address before anything
 * is written or mailed: unknown or used up, or locked to another address.
 * Returns whether it is locked to the address (it then waits for verification).
 */
export async function checkInvitationFor(email: string, token: string): Promise<{ locked: boolean }> {
  const invitation = await previewInvitation(token);
  if (!invitation) throw new NotFoundError("invitation");
  if (invitation.email && invitation.email !== normalizeEmail(email)) throw new ValidationError({}, "invite.errors.wrongEmail");
  return { locked: Boolean(invitation.email) };
}

/**
 * Creates the person and their organization (or joins the invited one) in one
 * transaction: a failure leaves no orphan user or organization behind. The
 * address starts unverified. An invitation locked to an address needs a
 * verified one, so an unverified person does not join yet: `slug` is null and
 * the invitation waits (`pendingInvite`) until they verified and log in.
 */
export async function registerAccount(input: Registration & { inviteToken?: undefined }): Promise<{ userId: string; slug: string }>;
export async function registerAccount(input: Registration): Promise<{ userId: string; slug: string | null }>;
export async function registerAccount(input: Registration): Promise<{ userId: string; slug: string | null }> {
  if (await findUserByEmail(input.email)) throw EMAIL_TAKEN;
  const locked = input.inviteToken ? (await checkInvitationFor(input.email, input.inviteToken)).locked : false;
  const passwordHash = await hashPassword(input.password);
  // A second attempt covers the rare race of two sign-ups picking the same slug.
  for (let attempt = 0; ; attempt++) {
    try {
      return await getDb().transaction(async (tx) => {
        const user = await insertUser(tx, {
          email: input.email,
          name: input.name.trim(),
          passwordHash,
          locale: input.locale,
          emailVerified: input.emailVerified,
        });
        let slug: string | null;
        let pendingInvite: string | undefined;
        if (input.inviteToken && locked && !input.emailVerified) {
          slug = null;
          pendingInvite = input.inviteToken;
        } else if (input.inviteToken) {
          slug = (await acceptInvitation(tx, user.id, input.inviteToken)).slug;
        } else {
          slug = (await createOrganizationWithOwner(tx, user.id, { name: input.organizationName ?? input.name, locale: input.locale }))
            .slug;
        }
        await input.onCreated?.(tx, user, pendingInvite);
        return { userId: user.id, slug };
      });
    } catch (error) {
      if (isUniqueViolation(error, "email")) throw EMAIL_TAKEN;
      if (attempt === 0 && isUniqueViolation(error, "slug")) continue;
      throw error;
    }
  }
}
