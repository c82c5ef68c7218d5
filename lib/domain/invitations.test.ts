import { describe, expect, it } from "vitest";
import { INVITATION_MAIL_PACE, lockedInvitationProblem, mailWaitSeconds } from "./invitations";

const now = new Date("2026-12-02T12:00:00Z");
const ago = (minutes: number) => new Date(now.getTime() - minutes * 60_000);
const { perInvitation, perOrganization } = INVITATION_MAIL_PACE;

describe("mailWaitSeconds, one invitation (10 minutes apart, at most 5 a day)", () => {
  it.each([
    ["never mailed", [], 0],
    ["mailed 10 minutes ago", [ago(10)], 0],
    // 3 minutes ago: 7 minutes left.
    ["mailed 3 minutes ago", [ago(3)], 7 * 60],
    ["mailed just now", [ago(0)], 10 * 60],
    // The latest counts, whatever order the times come in.
    ["the latest of several", [ago(3), ago(300)], 7 * 60],
    ["4 mails today, the last an hour ago", [ago(60), ago(120), ago(180), ago(240)], 0],
    // 5 in the last day: wait until the oldest of them (20 h ago) is 24 h old, 4 hours.
    ["5 mails today", [ago(60), ago(120), ago(180), ago(240), ago(20 * 60)], 4 * 3600],
    // 6 in the window: the 5 latest count; the second oldest (10 h ago) leaves in 14 hours.
    ["6 mails today", [ago(60), ago(120), ago(180), ago(240), ago(10 * 60), ago(23 * 60)], 14 * 3600],
    ["mails older than a day do not count", [ago(25 * 60), ago(26 * 60), ago(27 * 60), ago(28 * 60), ago(29 * 60)], 0],
    // A time in the future (a clock ahead) is ignored rather than blocking for ever.
    ["a time in the future", [new Date(now.getTime() + 3_600_000)], 0],
  ])("%s", (_name, sent, seconds) => {
    expect(mailWaitSeconds(sent, now, perInvitation)).toBe(seconds);
  });
});

describe("mailWaitSeconds, one organization (30 an hour, no gap)", () => {
  const minutesAgo = (n: number) => Array.from({ length: n }, (_, i) => ago(i + 1));
  it.each([
    ["29 in the last hour", minutesAgo(29), 0],
    // 30 in the hour, the oldest 30 minutes ago: 30 minutes until it leaves the hour.
    ["30 in the last hour", minutesAgo(30), 30 * 60],
    ["one just now", [ago(0)], 0],
  ])("%s", (_name, sent, seconds) => {
    expect(mailWaitSeconds(sent, now, perOrganization)).toBe(seconds);
  });
});

describe("lockedInvitationProblem", () => {
  const verified = { email: "kari@example.no", emailVerifiedAt: new Date() };
  it.each([
    ["an open link", null, null, null],
    ["the address, verified", "kari@example.no", verified, null],
    ["another address", "ola@example.no", verified, "wrongEmail"],
    ["nobody signed in", "kari@example.no", null, "wrongEmail"],
    ["the address, not verified", "kari@example.no", { ...verified, emailVerifiedAt: null }, "verifyFirst"],
  ] as const)("%s", (_name, lockedTo, person, problem) => {
    expect(lockedInvitationProblem(lockedTo, person)).toBe(problem);
  });
});
