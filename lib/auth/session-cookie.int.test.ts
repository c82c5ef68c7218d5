import { beforeAll, describe, expect, it, vi } from "vitest";
import { makeTeam, TEST_PASSWORD } from "@/test/fixtures";

// next-auth's real handlers and configuration (lib/auth/config.ts) against the
// real database: a credentials sign-in as a browser would post it, once as
// served over HTTPS and once over HTTP. Next hands route handlers an https://
// URL when the socket is TLS or X-Forwarded-Proto says https.
//
// The login form signs in from a server action instead (next-auth's signIn,
// which reads the request's headers and writes the response's cookies through
// next/headers): that request is stood in for here.
const request = vi.hoisted(() => ({
  headers: new Headers(),
  set: [] as { name: string; value: string; options: Record<string, unknown> }[],
}));
vi.mock("next/headers", () => ({
  headers: () => Promise.resolve(request.headers),
  cookies: () =>
    Promise.resolve({
      set: (name: string, value: string, options: Record<string, unknown>) => request.set.push({ name, value, options }),
      getAll: () =>
        (request.headers.get("cookie") ?? "")
          .split(/;\s*/)
          .filter(Boolean)
          .map((pair) => ({ name: pair.slice(0, pair.indexOf("=")), value: pair.slice(pair.indexOf("=") + 1) })),
    }),
}));

const { auth, handlers, signIn: actionSignIn } = await import("./config");
const { sessionClaims } = await import("./session");

let email: string;
beforeAll(async () => {
  ({ ownerEmail: email } = await makeTeam());
});

type Cookie = { name: string; value: string; attributes: string[] };
function cookiesOf(response: Response): Cookie[] {
  return response.headers.getSetCookie().map((line) => {
    const [pair, ...attributes] = line.split(/;\s*/);
    const at = pair!.indexOf("=");
    return { name: pair!.slice(0, at), value: pair!.slice(at + 1), attributes: attributes.map((a) => a.toLowerCase()) };
  });
}

async function signIn(base: string, extraHeaders: Record<string, string> = {}): Promise<Cookie> {
  const csrf = await handlers.GET(new Request(`${base}/api/auth/csrf`, { headers: extraHeaders }) as never);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiesOf(csrf)
    .map((c) => `${c.name}=${c.value}`)
    .join("; ");
  const response = await handlers.POST(
    new Request(`${base}/api/auth/callback/credentials`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar, "x-forwarded-for": "192.0.2.10", ...extraHeaders },
      body: new URLSearchParams({ csrfToken, email, password: TEST_PASSWORD, callbackUrl: `${base}/` }),
    }) as never,
  );
  expect(response.status).toBe(302);
  const session = cookiesOf(response).find((c) => c.name.endsWith("authjs.session-token"));
  expect(session, "a session cookie is set").toBeDefined();
  return session!;
}

describe("the session cookie", () => {
  it("over HTTPS: __Secure- prefixed, Secure, HttpOnly, SameSite=Lax, on the whole site", async () => {
    const cookie = await signIn("https://maalbar.example");
    expect(cookie.name).toBe("__Secure-authjs.session-token");
    expect(cookie.attributes).toEqual(expect.arrayContaining(["secure", "httponly", "samesite=lax", "path=/"]));
    expect(cookie.value.split(".")).toHaveLength(5); // an encrypted JWT (JWE), not readable claims
  });

  it("from the login form behind a TLS terminator (X-Forwarded-Proto: https): Secure as well", async () => {
    request.headers = new Headers({
      host: "10.0.0.5:3000",
      "x-forwarded-host": "maalbar.example",
      "x-forwarded-proto": "https",
      "x-forwarded-for": "192.0.2.11",
    });
    request.set = [];
    await actionSignIn("credentials", { email, password: TEST_PASSWORD, redirect: false });
    const cookie = request.set.find((c) => c.name.endsWith("authjs.session-token"));
    expect(cookie?.name).toBe("__Secure-authjs.session-token");
    expect(cookie?.options).toMatchObject({ secure: true, httpOnly: true, sameSite: "lax", path: "/" });
  });

  it("from the login form over plain HTTP: HttpOnly and SameSite=Lax, not Secure", async () => {
    request.headers = new Headers({ host: "127.0.0.1:3000", "x-forwarded-proto": "http", "x-forwarded-for": "192.0.2.12" });
    request.set = [];
    await actionSignIn("credentials", { email, password: TEST_PASSWORD, redirect: false });
    const cookie = request.set.find((c) => c.name.endsWith("authjs.session-token"));
    expect(cookie?.name).toBe("authjs.session-token");
    expect(cookie?.options).toMatchObject({ secure: false, httpOnly: true, sameSite: "lax", path: "/" });
  });

  it("over plain HTTP (local demo, e2e): HttpOnly and SameSite=Lax, without Secure the browser would drop it", async () => {
    const cookie = await signIn("http://localhost:3000");
    expect(cookie.name).toBe("authjs.session-token");
    expect(cookie.attributes).toEqual(expect.arrayContaining(["httponly", "samesite=lax", "path=/"]));
    expect(cookie.attributes).not.toContain("secure");
  });
});

describe("sessionClaims (pages, actions and route handlers)", () => {
  const asServerCode = (base: string, proto: string, cookie: string) => {
    request.headers = new Headers({ host: new URL(base).host, "x-forwarded-proto": proto, cookie });
  };
  const authClaims = async () => {
    const session = (await auth()) as { uid?: string; sv?: number; sid?: string } | null;
    return session ? { uid: session.uid, sv: session.sv, sid: session.sid } : null;
  };

  it.each([
    ["https://maalbar.example", "https"],
    ["http://localhost:3000", "http"],
  ])("reads from %s's cookie what next-auth's auth() reads, and nothing under the other protocol's name", async (base, proto) => {
    const cookie = await signIn(base);
    asServerCode(base, proto, `maalbar-locale=nb; ${cookie.name}=${cookie.value}`);
    const claims = await sessionClaims();
    expect(claims?.uid).toMatch(/^[0-9a-f-]{36}$/);
    expect(claims?.sid).toMatch(/^[0-9a-f-]{36}$/);
    expect(claims).toEqual(await authClaims());
    asServerCode(base, proto === "https" ? "http" : "https", `${cookie.name}=${cookie.value}`);
    expect(await sessionClaims()).toBeNull();
    expect(await authClaims()).toBeNull();
  });

  it("reads a token split over several cookies, and refuses a changed one as auth() does", async () => {
    const cookie = await signIn("http://localhost:3000");
    const half = Math.floor(cookie.value.length / 2);
    asServerCode(
      "http://localhost:3000",
      "http",
      `${cookie.name}.1=${cookie.value.slice(half)}; ${cookie.name}.0=${cookie.value.slice(0, half)}`,
    );
    expect((await sessionClaims())?.uid).toMatch(/^[0-9a-f-]{36}$/);
    const last = cookie.value.at(-2) === "A" ? "B" : "A";
    const changed = `${cookie.value.slice(0, -2)}${last}${cookie.value.at(-1)}`;
    asServerCode("http://localhost:3000", "http", `${cookie.name}=${changed}`);
    expect(await sessionClaims()).toBeNull();
    expect(await authClaims()).toBeNull();
    asServerCode("http://localhost:3000", "http", "maalbar-locale=nb");
    expect(await sessionClaims()).toBeNull();
  });
});
