import { eq } from "drizzle-orm";
import { decode, encode } from "next-auth/jwt";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { sessions } from "@/db/schema";
import { openSession } from "@/lib/data/accounts";
import { SESSION_IDLE_MS } from "@/lib/domain/session-lifetime";
import { authSecret } from "@/lib/env";
import { form, makeTeam, TEST_PASSWORD } from "@/test/fixtures";

// A copied session cookie, replayed through next-auth's real handlers and
// configuration (lib/auth/config.ts) and the real page, action and route
// wrappers, against the real database. Only the request Next would hand to
// server code (next/headers) is stood in for: it carries the cookie.
const request = vi.hoisted(() => ({ headers: new Headers(), set: [] as { name: string; value: string }[] }));
vi.mock("next/headers", () => ({
  headers: () => Promise.resolve(request.headers),
  cookies: () => Promise.resolve({ set: (name: string, value: string) => request.set.push({ name, value }), get: () => undefined }),
}));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const { handlers } = await import("./config");
const { currentUser } = await import("./current");
const { pageTenant } = await import("./page");
const { logOut } = await import("@/app/(auth)/actions");
const { logOutEverywhereAction } = await import("@/app/[org]/account/actions");
const { createApiTokenAction } = await import("@/app/[org]/measurements/api/actions");
const { GET: exportCsv } = await import("@/app/api/orgs/[org]/measurements/export/route");

const BASE = "http://localhost:3000";
const NAME = "authjs.session-token";
type Team = Awaited<ReturnType<typeof makeTeam>>;
let team: Team;
beforeAll(async () => {
  team = await makeTeam();
});

const setCookies = (response: Response) => response.headers.getSetCookie().map((line) => line.split(";")[0]!);
const sessionCookieOf = (response: Response) =>
  setCookies(response)
    .find((c) => c.startsWith(`${NAME}=`))
    ?.slice(NAME.length + 1);

/** A login through next-auth's credentials callback, as the browser posts it; returns the session cookie's value. */
async function logIn(): Promise<string> {
  const csrf = await handlers.GET(new Request(`${BASE}/api/auth/csrf`) as never);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await handlers.POST(
    new Request(`${BASE}/api/auth/callback/credentials`, {
      method: "POST",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        cookie: setCookies(csrf).join("; "),
        "x-forwarded-for": "192.0.2.30",
      },
      body: new URLSearchParams({ csrfToken, email: team.ownerEmail, password: TEST_PASSWORD, callbackUrl: `${BASE}/` }),
    }) as never,
  );
  const cookie = sessionCookieOf(response);
  expect(cookie, "the login sets a session cookie").toBeTruthy();
  return cookie!;
}

/** GET /api/auth/session with the cookie: the session it answers, and whether it hands out a fresh cookie. */
async function sessionEndpoint(cookie: string) {
  const response = await handlers.GET(new Request(`${BASE}/api/auth/session`, { headers: { cookie: `${NAME}=${cookie}` } }) as never);
  const body = (await response.json()) as Record<string, unknown> | null;
  return { body, fresh: Boolean(sessionCookieOf(response)) };
}

/** Server code running for a request that carries the cookie. */
function carrying(cookie: string) {
  request.headers = new Headers({
    host: "localhost:3000",
    "x-forwarded-proto": "http",
    "x-forwarded-for": "192.0.2.31",
    cookie: `${NAME}=${cookie}`,
  });
  request.set = [];
}

/** Where Next's redirect (thrown as an error Next turns into the answer) sends the browser, without the query. */
const redirectOf = (error: unknown) => {
  const digest = String((error as { digest?: string }).digest ?? error);
  return digest.startsWith("NEXT_REDIRECT;") ? `redirect to ${digest.split(";")[2]!.split("?")[0]}` : digest;
};
const answerOf = (call: Promise<unknown>) => call.then(() => "no redirect", redirectOf);

/** What the cookie opens: a page, a server action, a route handler, and next-auth's session endpoint. */
async function reach(cookie: string) {
  carrying(cookie);
  const page = await pageTenant(team.slug).then(
    (t) => `page of ${t.org.slug}`,
    (e: unknown) => redirectOf(e),
  );
  const action = await createApiTokenAction(undefined, form({ org: team.slug, name: "Kassa" }));
  const route = (
    await exportCsv(new Request(`${BASE}/api/orgs/${team.slug}/measurements/export`), { params: Promise.resolve({ org: team.slug }) })
  ).status;
  const endpoint = await sessionEndpoint(cookie);
  return {
    user: (await currentUser())?.id ?? null,
    page,
    action: action?.ok ? "ok" : action?.error,
    route,
    session: endpoint.body !== null,
    fresh: endpoint.fresh,
  };
}

const OPEN = () => ({ user: team.ownerId, page: `page of ${team.slug}`, action: "ok", route: 200, session: true, fresh: true });
const SHUT = () => ({ user: null, page: "redirect to /login", action: "errors.unauthenticated", route: 401, session: false, fresh: false });

async function sidOf(cookie: string): Promise<string> {
  const { body } = await sessionEndpoint(cookie);
  expect(body, "the browser is not told its session id").not.toHaveProperty("sid");
  const token = await decode({ token: cookie, secret: authSecret(), salt: NAME });
  expect(token?.sid).toMatch(/^[0-9a-f-]{36}$/);
  return token!.sid as string;
}
const setSession = (sid: string, values: Partial<typeof sessions.$inferInsert>) =>
  getDb().update(sessions).set(values).where(eq(sessions.id, sid));
const ago = (ms: number) => new Date(Date.now() - ms);

describe("a copied session cookie", () => {
  it("works until its browser logs out, then is refused everywhere and gets no fresh cookie", async () => {
    const cookie = await logIn();
    const copy = cookie;
    expect(await reach(copy)).toEqual(OPEN());

    carrying(cookie);
    expect(await answerOf(logOut(undefined, {}))).toMatch(/^redirect to (http:\/\/localhost:3000)?\/login$/);
    expect(request.set.find((c) => c.name === NAME)?.value, "the browser's own cookie is cleared").toBe("");

    expect(await reach(copy)).toEqual(SHUT());
  });

  it("is refused after next-auth's own sign-out endpoint (POST /api/auth/signout)", async () => {
    const cookie = await logIn();
    const csrf = await handlers.GET(new Request(`${BASE}/api/auth/csrf`) as never);
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    await handlers.POST(
      new Request(`${BASE}/api/auth/signout`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", cookie: [...setCookies(csrf), `${NAME}=${cookie}`].join("; ") },
        body: new URLSearchParams({ csrfToken }),
      }) as never,
    );
    expect(await reach(cookie)).toEqual(SHUT());
  });

  it("is refused once the session was idle for 7 days, and marked seen at most every 5 minutes before that", async () => {
    const cookie = await logIn();
    const sid = await sidOf(cookie);
    const seen = async () =>
      (await getDb().select({ at: sessions.lastSeenAt }).from(sessions).where(eq(sessions.id, sid)))[0]!.at.getTime();

    const oneMinuteAgo = ago(60_000);
    await setSession(sid, { lastSeenAt: oneMinuteAgo });
    carrying(cookie);
    expect((await currentUser())?.id).toBe(team.ownerId);
    expect(await seen(), "not written again within 5 minutes").toBe(oneMinuteAgo.getTime());

    await setSession(sid, { lastSeenAt: ago(6 * 60_000) });
    expect((await currentUser())?.id).toBe(team.ownerId);
    expect(Date.now() - (await seen()), "marked seen now").toBeLessThan(60_000);

    await setSession(sid, { lastSeenAt: ago(SESSION_IDLE_MS - 60_000) });
    expect(await reach(cookie)).toEqual(OPEN());
    await setSession(sid, { lastSeenAt: ago(SESSION_IDLE_MS + 1000) });
    expect(await reach(cookie)).toEqual(SHUT());
  });

  it("is refused after its absolute lifetime, however active", async () => {
    const cookie = await logIn();
    const sid = await sidOf(cookie);
    await setSession(sid, { expiresAt: new Date(Date.now() + 60_000) });
    expect(await reach(cookie)).toEqual(OPEN());
    await setSession(sid, { createdAt: ago(31 * 86_400_000), expiresAt: ago(1000) });
    expect(await reach(cookie)).toEqual(SHUT());
  });

  it("from before server-side sessions (no session id) is refused and not refreshed", async () => {
    const old = await encode({ token: { uid: team.ownerId, sv: 1, email: team.ownerEmail }, secret: authSecret(), salt: NAME });
    expect(await reach(old)).toEqual(SHUT());
  });
});

describe("log out everywhere", () => {
  it("ends every session of the person, this browser's too", async () => {
    const [laptop, phone, stolen] = [await logIn(), await logIn(), await logIn()];
    for (const cookie of [laptop, phone, stolen]) expect(await reach(cookie)).toEqual(OPEN());
    carrying(laptop);
    expect(await answerOf(logOutEverywhereAction(undefined, form({})))).toBe("redirect to /login");
    for (const cookie of [laptop, phone, stolen]) expect(await reach(cookie)).toEqual(SHUT());
    // Logging in again opens a new session.
    expect(await reach(await logIn())).toEqual(OPEN());
  });

  it("works for a person who signs in only through Google or Microsoft", async () => {
    // The cookie the OAuth callback would set: the person and a session opened for them (lib/auth/config.ts jwt).
    const oauthCookie = async () =>
      encode({ token: { uid: team.memberId, sv: 1, sid: await openSession(team.memberId) }, secret: authSecret(), salt: NAME });
    const [one, two] = [await oauthCookie(), await oauthCookie()];
    carrying(one);
    expect((await currentUser())?.id).toBe(team.memberId);
    expect(await answerOf(logOutEverywhereAction(undefined, form({})))).toBe("redirect to /login");
    for (const cookie of [one, two]) {
      carrying(cookie);
      expect(await currentUser()).toBeNull();
      expect(await sessionEndpoint(cookie)).toEqual({ body: null, fresh: false });
    }
  });

  it("is refused without a session, and ends nobody's sessions", async () => {
    const cookie = await logIn();
    request.headers = new Headers({ host: "localhost:3000", "x-forwarded-proto": "http" });
    expect(await logOutEverywhereAction(undefined, form({}))).toMatchObject({ ok: false, error: "errors.unauthenticated" });
    expect(await reach(cookie)).toEqual(OPEN());
  });
});
