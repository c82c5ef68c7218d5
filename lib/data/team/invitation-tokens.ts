import { createHash, randomBytes } from "node:crypto";
import { and, gt, isNull, sql } from "drizzle-orm";
import { invitations } from "@/db/schema/index";

/** Only the SHA-256 of an invitation's token is kept; the token itself is in the link alone. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function newInvitationToken(): string {
  return randomBytes(24).toString("base64url");
}

/** Still usable: not accepted, not revoked, not expired. */
export const invitationOpen = () =>
  and(isNull(invitations.acceptedAt), isNull(invitations.revokedAt), gt(invitations.expiresAt, sql`now()`));
