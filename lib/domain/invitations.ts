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

/**
 * How often invitation mails may go out: one invitation is not mailed again
 * within 10 minutes nor more than 5 times a day (a person who did not get it
 * the first times will not get it the sixth), and one organization sends at
 * most 30 an hour, so Målbar cannot be used to flood strangers' inboxes.
 */
export type MailPace = { gapMinutes: number; max: number; windowHours: number };
export const INVITATION_MAIL_PACE = {
  perInvitation: { gapMinutes: 10, max: 5, windowHours: 24 },
  perOrganization: { gapMinutes: 0, max: 30, windowHours: 1 },
} as const satisfies Record<string, MailPace>;

const MINUTE_MS = 60_000;

/**
 * Seconds until another mail may go out (0: now), given when the earlier
 * mails went out: the gap after the latest, and, when the window already
 * holds `max` mails, until the oldest of those that count leaves it.
 */
export function mailWaitSeconds(sentAt: readonly Date[], now: Date, pace: MailPace): number {
  const nowMs = now.getTime();
  const windowMs = pace.windowHours * 60 * MINUTE_MS;
  const times = sentAt.map((d) => d.getTime()).filter((t) => Number.isFinite(t) && t > nowMs - windowMs && t <= nowMs);
  times.sort((x, y) => x - y);
  let until = nowMs;
  const latest = times.at(-1);
  if (latest !== undefined) until = Math.max(until, latest + pace.gapMinutes * MINUTE_MS);
  if (times.length >= pace.max) until = Math.max(until, times[times.length - pace.max]! + windowMs);
  return Math.ceil((until - nowMs) / 1000);
}
