import { eq, inArray, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { loginAttempts, mailRequests, oneTimeTokens, sessions } from "@/db/schema";
import { makeTeam, unique } from "@/test/fixtures";
import { issueOneTimeToken } from "./one-time-tokens";
import { ENDED_SESSION_RETENTION_DAYS, LOGIN_ATTEMPT_RETENTION_DAYS, purgeExpiredRecords } from "./retention";

describe("the reminders job's purge", () => {
  it(`deletes login attempts older than ${LOGIN_ATTEMPT_RETENTION_DAYS} days and expired one-time links, keeps the rest`, async () => {
    const email = `${unique("angrep")}@test.no`;
    // [age in days, kept?]: the boundary is the retention in days, counted from the database's now().
    const ages: [number, boolean][] = [
      [0, true],
      [1, true],
      [LOGIN_ATTEMPT_RETENTION_DAYS - 1, true],
      [LOGIN_ATTEMPT_RETENTION_DAYS + 1, false],
      [400, false],
    ];
    const ids = await getDb()
      .insert(loginAttempts)
      .values(
        ages.map(([days]) => ({ email, ip: "203.0.113.7", succeeded: false, createdAt: sql`now() - make_interval(days => ${days})` })),
      )
      .returning({ id: loginAttempts.id });

    const { ownerId } = await makeTeam();
    await issueOneTimeToken(ownerId, "verifyEmail", 3600);
    await getDb()
      .update(oneTimeTokens)
      .set({ expiresAt: sql`now() - interval '8 days'` })
      .where(eq(oneTimeTokens.userId, ownerId));
    const { memberId } = await makeTeam();
    await issueOneTimeToken(memberId, "resetPassword", 3600);

    const purged = await purgeExpiredRecords();
    expect(purged.loginAttempts).toBeGreaterThanOrEqual(2);
    expect(purged.oneTimeTokens).toBeGreaterThanOrEqual(1);
    const left = await getDb()
      .select({ id: loginAttempts.id })
      .from(loginAttempts)
      .where(
        inArray(
          loginAttempts.id,
          ids.map((r) => r.id),
        ),
      );
    expect(left.map((r) => r.id).sort((a, b) => a - b)).toEqual(ids.filter((_, i) => ages[i]![1]).map((r) => r.id));
    expect(await getDb().select().from(oneTimeTokens).where(eq(oneTimeTokens.userId, ownerId))).toHaveLength(0);
    expect(await getDb().select().from(oneTimeTokens).where(eq(oneTimeTokens.userId, memberId))).toHaveLength(1);
    // A second run finds nothing more of these.
    expect((await purgeExpiredRecords()).loginAttempts).toBe(0);
  });

  it(`deletes sessions ended over ${ENDED_SESSION_RETENTION_DAYS} days ago and sign-up requests older than a day, keeps live ones`, async () => {
    const { ownerId } = await makeTeam();
    const days = (n: number) => sql`now() - make_interval(days => ${n})`;
    const inDays = (n: number) => sql`now() + make_interval(days => ${n})`;
    const rows = await getDb()
      .insert(sessions)
      .values([
        { userId: ownerId, expiresAt: inDays(20), lastSeenAt: days(0) }, // live
        { userId: ownerId, expiresAt: inDays(20), lastSeenAt: days(1), revokedAt: days(2) }, // logged out lately: kept
        { userId: ownerId, expiresAt: inDays(20), lastSeenAt: days(40), revokedAt: days(40) }, // logged out long ago
        { userId: ownerId, expiresAt: days(ENDED_SESSION_RETENTION_DAYS + 1), lastSeenAt: days(ENDED_SESSION_RETENTION_DAYS + 10) }, // expired long ago
      ])
      .returning({ id: sessions.id });
    const email = `${unique("ny")}@test.no`;
    await getDb()
      .insert(mailRequests)
      .values([
        { kind: "signUp", email, ip: "203.0.113.9", createdAt: days(0) },
        { kind: "signUp", email, ip: "203.0.113.9", createdAt: days(2) },
      ]);
    const purged = await purgeExpiredRecords();
    expect(purged.sessions).toBeGreaterThanOrEqual(2);
    expect(purged.mailRequests).toBeGreaterThanOrEqual(1);
    const left = await getDb().select({ id: sessions.id }).from(sessions).where(eq(sessions.userId, ownerId));
    expect(left.map((r) => r.id).sort()).toEqual([rows[0]!.id, rows[1]!.id].sort());
    expect(await getDb().select().from(mailRequests).where(eq(mailRequests.email, email))).toHaveLength(1);
  });
});
