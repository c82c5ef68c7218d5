import { isValidElement, type ReactElement, type ReactNode } from "react";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { makeTeam, TEST_PASSWORD } from "@/test/fixtures";

// The login page and the login form's action with hostile `callbackUrl`
// values: the real password check, next-auth sign-in and database; only the
// request (next/headers) and, for the page, who is signed in are stood in for.
const session = vi.hoisted(() => ({ claims: null as { uid: string; sv: number } | null }));
vi.mock("@/lib/auth/session", async () => (await import("@/test/session-rows")).claimsDouble(() => session.claims));
vi.mock("next/headers", () => ({
  headers: () => Promise.resolve(new Headers({ host: "localhost:3000", "x-forwarded-proto": "http", "x-forwarded-for": "192.0.2.40" })),
  cookies: () => Promise.resolve({ set: () => {}, get: () => undefined }),
}));
vi.mock("next-intl/server", () => import("@/test/security/intl-double"));

const { logIn } = await import("../actions");
const { default: LoginPage } = await import("./page");
const { LoginForm } = await import("./login-form");

type Team = Awaited<ReturnType<typeof makeTeam>>;
let team: Team;
beforeAll(async () => {
  team = await makeTeam();
});

const HOSTILE = [
  "/\t/evil.example",
  "/\n/evil.example",
  "/\r\n/evil.example",
  "/bakeriet\r\nSet-Cookie: stjaalet=1",
  "/\\evil.example",
  "/%2F%2Fevil.example",
  "/%5Cevil.example",
  "/..//evil.example",
  "/.//evil.example",
  "//evil.example",
  "///evil.example",
  "https://evil.example/",
  "javascript:alert(1)",
  "data:text/html,x",
  `/${"a".repeat(5000)}`,
].map((value) => [value.length > 60 ? `${value.slice(0, 12)}… (${value.length} characters)` : value, value]);

/** Where a call sends the browser, from Next's redirect (thrown as an error Next turns into the answer). */
async function location(call: () => Promise<unknown>): Promise<string> {
  const error = await call().then(
    (answer) => answer,
    (e: unknown) => e,
  );
  const digest = (error as { digest?: unknown } | undefined)?.digest;
  expect(typeof digest === "string" && digest.startsWith("NEXT_REDIRECT;"), `a redirect, not ${String(error)}`).toBe(true);
  return (digest as string).split(";")[2]!;
}

/** A same-origin path a browser follows as one: no scheme, no //host, nothing browsers drop or refuse. */
function expectSameOrigin(path: string) {
  expect(path).toMatch(/^\/(?![/\\])/);
  expect(path).not.toMatch(/[\u0000-\u001f\u007f\\]/);
  expect(new URL(path, "https://maalbar.example").origin).toBe("https://maalbar.example");
}

const logInWith = (callbackUrl: string) => () => logIn(undefined, { email: team.ownerEmail, password: TEST_PASSWORD, callbackUrl });
/** The login page as React renders it: its message provider (withMessages), then the page inside, called as a server component. */
async function render(callbackUrl: string): Promise<ReactNode> {
  const provider = (await LoginPage({ searchParams: Promise.resolve({ callbackUrl }) })) as ReactElement<{ children: ReactElement }>;
  const page = provider.props.children;
  return (page.type as (props: unknown) => Promise<ReactNode>)(page.props);
}
const visit = (callbackUrl: string) => () => render(callbackUrl);

describe("after typing the password (the login action)", () => {
  it.each(HOSTILE)("%j lands on the organization's dashboard", async (_, callbackUrl) => {
    expect(await location(logInWith(callbackUrl))).toBe(`/${team.slug}`);
  });

  it("follows a good path with its query and hash", async () => {
    expect(await location(logInWith(`/${team.slug}/goals?status=active#list`))).toBe(`/${team.slug}/goals?status=active#list`);
  });
});

describe("the login page for someone already signed in", () => {
  it.each(HOSTILE)("%j redirects to the organization's dashboard", async (_, callbackUrl) => {
    session.claims = { uid: team.ownerId, sv: 1 };
    const path = await location(visit(callbackUrl));
    expectSameOrigin(path);
    expect(path).toBe(`/${team.slug}`);
  });

  it("follows a good path", async () => {
    session.claims = { uid: team.ownerId, sv: 1 };
    expect(await location(visit(`/${team.slug}/reviews?x=1`))).toBe(`/${team.slug}/reviews?x=1`);
  });
});

/** The props of the first element of `type` in a rendered server component's tree. */
function propsOf(node: ReactNode, type: unknown): Record<string, unknown> | undefined {
  if (Array.isArray(node)) return node.map((n: ReactNode) => propsOf(n, type)).find(Boolean);
  if (!isValidElement(node)) return undefined;
  const props = node.props as Record<string, unknown> & { children?: ReactNode };
  return node.type === type ? props : propsOf(props.children, type);
}

describe("the login page for someone signed out", () => {
  it.each(HOSTILE)("%j is not handed to the form", async (_, callbackUrl) => {
    session.claims = null;
    const page = await render(callbackUrl);
    expect(propsOf(page, LoginForm)).toMatchObject({ callbackUrl: undefined });
  });
});
