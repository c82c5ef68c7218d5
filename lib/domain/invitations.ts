/** How long an invitation link may stay valid, in days. */
export const INVITATION_DAYS = { min: 1, max: 30, default: 7 } as const;

/**
 * Whether a person may accept an invitation locked to `lockedTo` (null = open
 * to whoever holds the link): the address must be theirs, and proven theirs,
 * or anyone holding the link could sign up with that address and join.
 */
export function lockedInvitationProblem(
  lockedTo: string | null,
  person: { email: string; emailVerifiedAt: Date | null } | null,
): "wrongEmail" | "verifyFirst" | null {
  if (!lockedTo) return null;
  if (!person || person.email !== lockedTo) return "wrongEmail";
  if (!person.emailVerifiedAt) return "verifyFirst";
  return null;
}
