import { eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { sessions } from "@/db/schema";
import { makeTeam } from "@/test/fixtures";
import { isLiveSession, openSession, purgeEndedSessions, revokeSession, revokeSessionsOfUser } from "./sessions";

const DAY = 86_400_000;
type Team = Awaited<ReturnType<typeof makeTeam>>;
let team: Team;
beforeAll(async () => {
  team = await makeTeam();
});

const claims = (sid: string, uid = team.ownerId) => ({ sid, uid, sv: 1 });

describe("server-side sessions", () => {
  it("are live from the login, for their own person only, until revoked", async () => {
    const sid = await openSession(team.ownerId);
    expect(await isLiveSession(claims(sid))).toBe(true);
    expect(await isLiveSession(claims(sid, team.managerId)), "another person's session id").toBe(false);
    expect(await isLiveSession({ ...claims(sid), sv: 2 }), "an older session version").toBe(false);
    await revokeSession(sid);
    expect(await isLiveSession(claims(sid))).toBe(false);
  });

  it("all end for one person at once, and nobody else's", async () => {
    const mine = [await openSession(team.managerId), await openSession(team.managerId)];
    const theirs = await openSession(team.memberId);
    expect(await revokeSessionsOfUser(team.managerId)).toBe(2);
    for (const sid of mine) expect(await isLiveSession(claims(sid, team.managerId))).toBe(false);
    expect(await isLiveSession(claims(theirs, team.memberId))).toBe(true);
  });

  it("that ended before the cutoff are purged; live ones and recently ended ones stay", async () => {
    const now = Date.now();
    const cutoff = new Date(now - DAY);
    const live = await openSession(team.memberId, new Date(now - 2 * DAY));
    const revokedLongAgo = await openSession(team.memberId, new Date(now - 10 * DAY));
    await revokeSession(revokedLongAgo, new Date(now - 9 * DAY));
    const revokedToday = await openSession(team.memberId, new Date(now - 3 * DAY));
    await revokeSession(revokedToday, new Date(now - 1000));
    const idleLongAgo = await openSession(team.memberId, new Date(now - 20 * DAY)); // last seen 20 days ago
    const expiredLongAgo = await openSession(team.memberId, new Date(now - 40 * DAY));
    await getDb()
      .update(sessions)
      .set({ lastSeenAt: new Date(now - 2 * DAY) })
      .where(eq(sessions.id, expiredLongAgo)); // active, but past 30 days

    await purgeEndedSessions(cutoff);
    const left = await getDb()
      .select({ id: sessions.id })
      .from(sessions)
      .where(inArray(sessions.id, [live, revokedLongAgo, revokedToday, idleLongAgo, expiredLongAgo]));
    expect(left.map((r) => r.id).sort()).toEqual([live, revokedToday].sort());
  });
});
