import { eq } from "drizzle-orm";
import { encode } from "next-auth/jwt";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { sessions, users } from "@/db/schema";
import { openSession, touchSession } from "@/lib/data/accounts";
import { SESSION_IDLE_MS, SESSION_TOUCH_MS } from "@/lib/domain/session-lifetime";
import { authSecret } from "@/lib/env";
import { makeTeam } from "@/test/fixtures";
import { keptPageReader } from "./kept-page";

// Who a kept organization page may be served to (proxy.ts, lib/http/kept-pages.ts): the same
// session rules as currentUser, read against the real database with a real session cookie.
const NAME = "authjs.session-token";
let team: Awaited<ReturnType<typeof makeTeam>>;

beforeAll(async () => {
  team = await makeTeam();
});

async function sessionVersion(uid: string): Promise<number> {
  const [row] = await getDb().select({ sv: users.sessionVersion }).from(users).where(eq(users.id, uid));
  return row!.sv;
}

/** The cookie the login would set for the session (with the person's session version unless another is given). */
async function cookieFor(uid: string, sid: string, sv?: number): Promise<string> {
  const token = await encode({ token: { uid, sid, sv: sv ?? (await sessionVersion(uid)) }, secret: authSecret(), salt: NAME });
  return `${NAME}=${token}`;
}

const setSession = (sid: string, values: Partial<typeof sessions.$inferInsert>) =>
  getDb().update(sessions).set(values).where(eq(sessions.id, sid));

describe("keptPageReader", () => {
  it("names the person and session of a live cookie, with the database's snapshot; any write gives another snapshot", async () => {
    const now = new Date();
    const sid = await openSession(team.ownerId, now);
    const cookie = await cookieFor(team.ownerId, sid);
    const first = await keptPageReader(cookie, "http", now);
    expect(first).toMatchObject({ uid: team.ownerId, sid });
    expect(first!.snapshot).toMatch(/^\d+:\d+:/);
    expect((await keptPageReader(cookie, "http", now))!.snapshot, "nothing written: the same").toBe(first!.snapshot);
    // A write anywhere (here another person's session) changes it.
    await openSession(team.memberId, now);
    expect((await keptPageReader(cookie, "http", now))!.snapshot).not.toBe(first!.snapshot);
  });

  it("refuses what currentUser refuses, and a session due to be marked seen", async () => {
    const now = new Date();
    const cases: [string, () => Promise<string | null>][] = [
      ["no cookie", () => Promise.resolve(null)],
      ["a cookie that does not decrypt", () => Promise.resolve(`${NAME}=not-a-token`)],
      ["a session that does not exist", () => cookieFor(team.ownerId, "5909df62-5ebe-4092-9394-60cdc45d25f1")],
      ["another person's session", async () => cookieFor(team.memberId, await openSession(team.ownerId, now))],
      [
        "a revoked session",
        async () => {
          const sid = await openSession(team.ownerId, now);
          await setSession(sid, { revokedAt: now });
          return cookieFor(team.ownerId, sid);
        },
      ],
      [
        "an expired session",
        async () => {
          const sid = await openSession(team.ownerId, now);
          await setSession(sid, { expiresAt: new Date(now.getTime() - 1000) });
          return cookieFor(team.ownerId, sid);
        },
      ],
      [
        "an idle session",
        async () => {
          const sid = await openSession(team.ownerId, new Date(now.getTime() - SESSION_IDLE_MS - 1000));
          return cookieFor(team.ownerId, sid);
        },
      ],
      [
        "a session not marked seen for a while (that request is rendered, and marks it)",
        async () => cookieFor(team.ownerId, await openSession(team.ownerId, new Date(now.getTime() - SESSION_TOUCH_MS))),
      ],
      [
        "an older session version (the password changed)",
        async () => {
          const sid = await openSession(team.memberId, now);
          return cookieFor(team.memberId, sid, (await sessionVersion(team.memberId)) - 1);
        },
      ],
    ];
    for (const [name, cookie] of cases) expect(await keptPageReader(await cookie(), "http", now), name).toBeNull();
    // Marked seen again, the same session is served.
    const sid = await openSession(team.ownerId, new Date(now.getTime() - SESSION_TOUCH_MS));
    await touchSession(sid, now);
    expect(await keptPageReader(await cookieFor(team.ownerId, sid), "http", now)).toMatchObject({ sid });
  });
});
