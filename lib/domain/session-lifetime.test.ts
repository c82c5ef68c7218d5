import { describe, expect, it } from "vitest";
import {
  needsTouch,
  SESSION_IDLE_MS,
  SESSION_MAX_AGE_MS,
  SESSION_TOUCH_MS,
  sessionExpiry,
  sessionLive,
  sessionState,
} from "./session-lifetime";

const at = (iso: string) => new Date(iso);
// A login on 1 November at 12:00 UTC: it ends on 1 December at 12:00 whatever happens.
const login = at("2026-11-01T12:00:00Z");
const row = (lastSeen: string, revoked: string | null = null) => ({
  expiresAt: at("2026-12-01T12:00:00Z"),
  lastSeenAt: at(lastSeen),
  revokedAt: revoked ? at(revoked) : null,
});

describe("session lifetime", () => {
  it("is 30 days absolute, 7 days idle, touched at most every 5 minutes", () => {
    expect([SESSION_MAX_AGE_MS, SESSION_IDLE_MS, SESSION_TOUCH_MS]).toEqual([2_592_000_000, 604_800_000, 300_000]);
    expect(sessionExpiry(login)).toEqual(at("2026-12-01T12:00:00Z"));
  });

  it.each([
    ["just opened", row("2026-11-01T12:00:00Z"), "2026-11-01T12:00:01Z", "live"],
    ["seen 6 days 23:59 ago", row("2026-11-20T12:00:00Z"), "2026-11-27T11:59:00Z", "live"],
    ["seen exactly 7 days ago", row("2026-11-20T12:00:00Z"), "2026-11-27T12:00:00Z", "idle"],
    ["seen 8 days ago", row("2026-11-01T12:00:00Z"), "2026-11-09T12:00:00Z", "idle"],
    ["active daily, one minute before the absolute end", row("2026-12-01T11:00:00Z"), "2026-12-01T11:59:00Z", "live"],
    ["active daily, at the absolute end", row("2026-12-01T11:59:00Z"), "2026-12-01T12:00:00Z", "expired"],
    ["long past the end and idle: expired wins", row("2026-11-02T12:00:00Z"), "2027-01-01T00:00:00Z", "expired"],
    ["logged out an hour ago", row("2026-11-10T12:00:00Z", "2026-11-10T12:30:00Z"), "2026-11-10T13:30:00Z", "revoked"],
    ["logged out, and later expired: revoked wins", row("2026-11-10T12:00:00Z", "2026-11-10T12:30:00Z"), "2027-01-01T00:00:00Z", "revoked"],
  ] as const)("%s → %s", (_, session, now, state) => {
    expect(sessionState(session, at(now))).toBe(state);
  });

  it.each([
    ["live, the cookie's version the person's", row("2026-11-10T12:00:00Z"), 3, 3, true],
    ["live, but the password changed since the cookie", row("2026-11-10T12:00:00Z"), 4, 3, false],
    ["the right version, but logged out", row("2026-11-10T12:00:00Z", "2026-11-10T12:30:00Z"), 3, 3, false],
    ["no stored session", null, 3, 3, false],
  ] as const)("sessionLive: %s → %s", (_, session, personVersion, claimedVersion, live) => {
    expect(sessionLive(session, personVersion, claimedVersion, at("2026-11-10T13:00:00Z"))).toBe(live);
  });

  it.each([null, undefined])("a cookie naming no stored session (%s) is missing", (session) => {
    expect(sessionState(session, at("2026-11-10T12:00:00Z"))).toBe("missing");
  });

  it.each([
    ["2026-11-10T12:00:00Z", "2026-11-10T12:00:00Z", false],
    ["2026-11-10T12:00:00Z", "2026-11-10T12:04:59Z", false],
    ["2026-11-10T12:00:00Z", "2026-11-10T12:05:00Z", true],
    ["2026-11-10T12:00:00Z", "2026-11-11T08:00:00Z", true],
  ])("seen %s, now %s → touch: %s", (lastSeen, now, touch) => {
    expect(needsTouch(at(lastSeen), at(now))).toBe(touch);
  });
});
