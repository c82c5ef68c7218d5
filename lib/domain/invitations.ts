/** How long an invitation link may stay valid, in days. */
export const INVITATION_DAYS = { min: 1, max: 30, default: 7 } as const;
