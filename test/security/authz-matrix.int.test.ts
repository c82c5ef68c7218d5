import { readFileSync } from "node:fs";
import path from "node:path";
import { isNull } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { channels, metrics } from "@/db/schema/index";
import {
  type Answer,
  callAction,
  callRoute,
  errorOf,
  idsIn,
  isSuccess,
  leaked,
  type RouteCall,
  standIn,
  standIns,
  substitute,
} from "@/test/security/calls";
import { discoverRouteHandlers, discoverServerActions, matrixGaps } from "@/test/security/discovery";
import { can, DEFAULT_MONEY_VISIBILITY, PERMISSIONS, type Role } from "@/lib/domain/permissions";
import { type ActionEntry, MATRIX, type RouteEntry } from "./matrix";
import { signInAs } from "@/test/security/session-double";
import { snapshot } from "@/test/security/snapshot";
import { seedSide, type Side } from "@/test/security/world";

vi.mock("@/lib/auth/session", () => import("@/test/security/session-double"));
vi.mock("next-intl/server", () => import("@/test/security/intl-double"));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn(), refresh: vi.fn() }));
// Outside a request: the client's address for login throttling, a cookie jar that keeps nothing (the device
// cookie a password change sets), and no session cookie to re-issue after a password change.
vi.mock("next/headers", async (original) => ({
  ...(await original()),
  headers: () => Promise.resolve(new Headers({ "x-forwarded-for": "203.0.113.7" })),
  cookies: () => Promise.resolve({ get: () => undefined, set: () => undefined }),
}));
vi.mock("@/lib/auth/reissue", () => ({ reissueSession: () => Promise.resolve(true) }));

// Every entry point, found by reading the tree and importing what it exports.
const root = path.resolve(import.meta.dirname, "../..");
const { actions, inline } = await discoverServerActions(root, ["app", "lib"]);
const routes = await discoverRouteHandlers(root);
const handlers = new Map([...actions, ...routes].map((d) => [d.key, d.fn]));

let a: Side;
let b: Side;
let shared: Set<string>;
const orgs = () => [a.orgId, b.orgId];
const below = (role: Role | "user"): Role[] =>
  ({ user: [], member: [], manager: ["member"], owner: ["member", "manager"] })[role] as Role[];
const personOf = (side: Side, role: Role) => ({ owner: side.ownerId, manager: side.managerId, member: side.memberId })[role];

beforeAll(async () => {
  [a, b] = await Promise.all([seedSide("A"), seedSide("B")]);
  const ids = await Promise.all([
    getDb().select({ id: channels.id }).from(channels).where(isNull(channels.orgId)),
    getDb().select({ id: metrics.id }).from(metrics).where(isNull(metrics.orgId)),
  ]);
  shared = new Set(ids.flat().map((r) => r.id));
});
beforeEach(() => signInAs(null));

describe("the authorization matrix", () => {
  it("has an entry for every server action and route handler, and none for what no longer exists", () => {
    expect(actions.length).toBeGreaterThan(30);
    expect(routes.length).toBeGreaterThan(8);
    expect(matrixGaps([...actions, ...routes], MATRIX)).toEqual({ missing: [], stale: [] });
    // An inline "use server" function cannot be listed without rendering its component.
    expect(inline).toEqual([]);
  });

  it("names the permission of every entry point inside an organization: the one its source asks for, held by its role and by no lower one", () => {
    for (const [key, entry] of Object.entries(MATRIX)) {
      if (entry.minRole === "public" || entry.minRole === "user" || ("credential" in entry && entry.credential === "bearer")) continue;
      const permission = entry.permission;
      expect(permission, key).toBeDefined();
      if (!permission) continue;
      // Organization A keeps the default policy (money seen by owners and managers).
      const policy = { moneyVisibility: DEFAULT_MONEY_VISIBILITY } as const;
      expect(can(entry.minRole, permission, policy), key).toBe(true);
      for (const lower of below(entry.minRole)) expect(can(lower, permission, policy), `${key} for ${lower}`).toBe(false);
      const [file = "", name = ""] = key.split("#");
      const source = readFileSync(path.join(root, file), "utf8");
      // The first permission named in the wrapper call that defines the export.
      const call = new RegExp(`export const ${name} = (orgAction|orgRoute)\\(([\\s\\S]{0,3000})`).exec(source)?.[2] ?? "";
      const named = [...call.matchAll(/"([a-zA-Z]+\.[a-zA-Z]+)"/g)].map((m) => m[1]).find((p) => p !== undefined && p in PERMISSIONS);
      expect(named, key).toBe(permission);
    }
  });

  it("says why each public entry point is public", () => {
    for (const [key, entry] of Object.entries(MATRIX)) {
      if (entry.minRole === "public") expect(entry.reason.length, key).toBeGreaterThan(20);
    }
  });
});

async function checkAction(key: string, entry: ActionEntry) {
  const fn = handlers.get(key);
  const input = await entry.input(a);
  const before = await snapshot(orgs());
  const probed = await entry.probe?.(input);

  signInAs(null);
  expect(errorOf(await callAction(fn, input)), "anonymous").toBe("errors.unauthenticated");
  if (entry.minRole !== "user") {
    // B's owner names A's organization: the same answer as an organization that doesn't exist.
    signInAs(b.ownerId);
    const foreign = await callAction(fn, input);
    expect(errorOf(foreign), "B with A's slug").toBe("errors.notFound");
    expect(leaked(foreign, a.secrets)).toEqual([]);
    const slug = standIns([a.slug]);
    expect(foreign).toEqual(substitute(await callAction(fn, substitute(input, slug.forward)), slug.back));
    // B's own organization with A's ids: the same answer as ids that don't exist.
    const ids = idsIn(input, shared);
    if (ids.length) {
      const swapped = substitute(input, new Map([[a.slug, b.slug]]));
      const twin = standIns(ids);
      const random = substitute(await callAction(fn, substitute(swapped, twin.forward)), twin.back);
      const answer = await callAction(fn, swapped);
      expect(answer, "B with A's ids").toEqual(random);
      expect(leaked(answer, a.secrets)).toEqual([]);
    }
    for (const role of below(entry.minRole)) {
      signInAs(personOf(a, role));
      const refusal = entry.hiddenFrom?.includes(role) ? "errors.notFound" : "errors.forbidden";
      expect(errorOf(await callAction(fn, input)), `A's ${role}`).toBe(refusal);
    }
  }
  expect(await snapshot(orgs()), "nothing written by the refused calls").toEqual(before);
  if (entry.probe) expect(await entry.probe(input)).toBe(probed);

  // The control: the same call by the allowed role succeeds, so the refusals above are about who asked.
  signInAs(entry.actor ? await entry.actor(a) : personOf(a, entry.minRole as Role));
  const allowed = await callAction(fn, input);
  expect(isSuccess(allowed), JSON.stringify(allowed)).toBe(true);
  if (entry.probe) expect(await entry.probe(input)).toBeGreaterThan(probed!);
}

async function checkRoute(key: string, entry: RouteEntry) {
  const fn = handlers.get(key);
  const call = await entry.call(a);
  const owned = [...idsIn(call, shared), a.channelKey, a.metricKey].filter((s) => JSON.stringify(call).includes(s));
  const refused = (x: Answer) => (entry.refused ? entry.refused(x.status, x.body) : x.status >= 400 && x.status < 500);
  /** The answer to `swapped` must be the answer to the same call with A's ids and keys made up. */
  const likeMadeUp = async (swapped: RouteCall) => {
    const twin = standIns(owned);
    const random = substitute(await callRoute(fn, substitute(swapped, twin.forward)), twin.back);
    expect(refused(random), `${random.status} ${random.body.slice(0, 200)}`).toBe(true);
    const answer = await callRoute(fn, swapped);
    expect(answer, "B with A's ids").toEqual(random);
    expect(leaked(answer, a.secrets)).toEqual([]);
  };
  const before = await snapshot(orgs());

  signInAs(null);
  if (entry.credential === "bearer") {
    // Without a token, or with a made-up one: the same 401. The session is never a credential here.
    const { authorization: _none, ...headers } = call.headers ?? {};
    const anonymous = await callRoute(fn, { ...call, headers });
    expect(anonymous.status).toBe(401);
    expect(await callRoute(fn, substitute(call, new Map([[a.token, standIn(a.token)]])))).toEqual(anonymous);
    signInAs(a.ownerId);
    expect(await callRoute(fn, { ...call, headers })).toEqual(anonymous);
    // B's token with A's own channel and metric keys: like keys that don't exist.
    await likeMadeUp(substitute(call, new Map([[a.token, b.token]])));
  } else {
    expect((await callRoute(fn, call)).status, "anonymous").toBe(401);
    signInAs(b.ownerId);
    const foreign = await callRoute(fn, call);
    expect(foreign.status, "B with A's slug").toBe(404);
    const slug = standIns([a.slug]);
    expect(foreign).toEqual(substitute(await callRoute(fn, substitute(call, slug.forward)), slug.back));
    // A call naming nothing of A's but its slug (the whole organization's export) has no ids to swap.
    if (owned.length) await likeMadeUp(substitute(call, new Map([[a.slug, b.slug]])));
    for (const role of below(entry.minRole)) {
      signInAs(personOf(a, role));
      expect((await callRoute(fn, call)).status, `A's ${role}`).toBe(403);
    }
  }
  expect(await snapshot(orgs()), "nothing written by the refused calls").toEqual(before);

  signInAs(entry.credential === "bearer" ? null : personOf(a, entry.minRole));
  const allowed = await callRoute(fn, call);
  const ok = entry.succeeded ? entry.succeeded(allowed.status, allowed.body) : allowed.status >= 200 && allowed.status < 300;
  expect(ok, `${allowed.status} ${allowed.body.slice(0, 300)}`).toBe(true);
}

describe.each(Object.entries(MATRIX).filter(([, e]) => e.minRole !== "public"))("%s", (key, entry) => {
  it(`is refused to anonymous callers, organization B${entry.minRole === "member" || entry.minRole === "user" ? "" : " and A's lower roles"}, writing nothing; allowed for ${entry.minRole}`, async () => {
    expect(handlers.has(key), "discovered").toBe(true);
    if ("call" in entry) await checkRoute(key, entry);
    else await checkAction(key, entry as ActionEntry);
  });
});
