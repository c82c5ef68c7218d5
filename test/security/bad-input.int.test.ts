import path from "node:path";
import { like } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { organizations, users } from "@/db/schema/index";
import { asFormData, badShapes, badValues, withField } from "@/test/security/bad-input";
import { ACTION_FIELDS, badCsvFiles, badIngestBodies, badQueries, importRefused, PUBLIC_BASES } from "@/test/security/bad-input-specs";
import { callAction, callRoute, type RouteCall } from "@/test/security/calls";
import { discoverRouteHandlers, discoverServerActions } from "@/test/security/discovery";
import { seeded } from "@/test/security/fuzz-requests";
import { type ActionEntry, MATRIX } from "./matrix";
import { signInAs } from "@/test/security/session-double";
import { snapshot } from "@/test/security/snapshot";
import { daysFrom, seedSide, type Side } from "@/test/security/world";

vi.mock("@/lib/auth/session", () => import("@/test/security/session-double"));
vi.mock("next-intl/server", () => import("@/test/security/intl-double"));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn(), refresh: vi.fn() }));
vi.mock("next/headers", async (original) => ({
  ...(await original()),
  headers: () => Promise.resolve(new Headers({ "x-forwarded-for": "203.0.113.8" })),
}));

/**
 * Over 1,000 malformed payloads (2,600 or so) to the server actions and the API: wrong types,
 * 1 MiB strings, non-finite and out-of-range numbers, impossible dates,
 * unknown enum values, missing fields, arrays for scalars, "__proto__" keys,
 * SQL and HTML fragments. Each must get a clear refusal (a 4xx, or an action
 * state with an error other than "unexpected", the app's 500), and nothing
 * may be written.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20261127);
const root = path.resolve(import.meta.dirname, "../..");
const { actions } = await discoverServerActions(root, ["app", "lib"]);
const handlers = new Map([...actions, ...(await discoverRouteHandlers(root))].map((d) => [d.key, d.fn]));

type Payload = { target: string; note: string; send: () => Promise<string | null> };
let a: Side;
let b: Side;
let payloads: Payload[];

/** null when the answer is a clear refusal, else what is wrong with it. */
async function actionAnswer(key: string, input: unknown): Promise<string | null> {
  const outcome = await callAction(handlers.get(key), input);
  if (outcome.kind !== "state") return `${outcome.kind}: ${JSON.stringify(outcome).slice(0, 200)}`;
  if (outcome.state.ok) return "accepted";
  return outcome.state.error === "errors.unexpected" ? "errors.unexpected (a 500 in the app)" : null;
}

async function routeAnswer(key: string, call: RouteCall): Promise<string | null> {
  const answer = await callRoute(handlers.get(key), call);
  const refused = key.includes("/import/")
    ? importRefused(answer.status, answer.body, answer.contentType)
    : answer.status >= 400 && answer.status < 500;
  return refused ? null : `${answer.status}: ${answer.body.slice(0, 200)}`;
}

/** Every payload of every target: each field of each action with each wrong value for its kind, whole wrong shapes, bad bodies and queries. */
async function allPayloads(): Promise<Payload[]> {
  const random = seeded(SEED);
  const byTarget = new Map<string, Payload[]>();
  const add = (target: string, note: string, send: () => Promise<string | null>) =>
    (byTarget.get(target) ?? byTarget.set(target, []).get(target)!).push({ target, note, send });
  const publicBases = PUBLIC_BASES(a.marker);

  for (const [key, fields] of Object.entries(ACTION_FIELDS)) {
    const entry = MATRIX[key]!;
    const base = publicBases[key] ?? (await (entry as ActionEntry).input(a));
    const caller = entry.minRole === "public" ? null : a.ownerId;
    const send = (input: unknown) => () => (signInAs(caller), actionAnswer(key, input));
    for (const [field, kind] of Object.entries(fields)) {
      for (const value of badValues(kind)) {
        const input = withField(base, field, value);
        const form = typeof value === "string" && random() < 0.5 ? asFormData(input) : null;
        add(key, `${field}=${JSON.stringify(value)?.slice(0, 30)}${form ? " (form)" : ""}`, send(form ?? input));
      }
    }
    const required = Object.entries(fields).find(([, k]) => !("optional" in k && k.optional))?.[0];
    for (const [i, shape] of badShapes(base, required).entries()) add(key, `shape #${i}`, send(shape));
  }

  const v1 = "app/api/v1/measurements/route.ts#POST";
  const bearer = { authorization: `Bearer ${a.token}`, "content-type": "application/json" };
  for (const body of badIngestBodies(a))
    add(v1, body.slice(0, 50), () =>
      routeAnswer(v1, { method: "POST", url: "http://localhost/api/v1/measurements", params: {}, headers: bearer, body }),
    );
  add(v1, "content-length over 1 MiB", () =>
    routeAnswer(v1, {
      method: "POST",
      url: "http://localhost/api/v1/measurements",
      params: {},
      headers: { ...bearer, "content-length": "9999999" },
      body: "[]",
    }),
  );

  const csv = "app/api/orgs/[org]/measurements/import/route.ts#POST";
  const importCall = (mode: string, body?: string): RouteCall => ({
    method: "POST",
    url: `http://localhost/api/orgs/${a.slug}/measurements/import?mode=${mode}`,
    params: { org: a.slug },
    body,
  });
  for (const file of badCsvFiles(a)) {
    for (const mode of ["preview", "commit"])
      add(csv, `${mode} ${file.slice(-40)}`, () => (signInAs(a.memberId), routeAnswer(csv, importCall(mode, file))));
  }
  for (const mode of ["", "COMMIT", "__proto__", "commit;drop", "preview&mode=commit"])
    add(csv, `mode=${mode}`, () => (signInAs(a.memberId), routeAnswer(csv, importCall(encodeURIComponent(mode), "dato;kanal\n"))));
  add(csv, "no body", () => (signInAs(a.memberId), routeAnswer(csv, importCall("commit"))));

  // The platform-file route: bad plans, modes and files (each refused whole, nothing written).
  const file = "app/api/orgs/[org]/measurements/import/file/route.ts#POST";
  const fileCall = (query: string, body?: string): RouteCall => ({
    method: "POST",
    url: `http://localhost/api/orgs/${a.slug}/measurements/import/file?${query}`,
    params: { org: a.slug },
    body,
  });
  const goodPlan = (body: string) =>
    encodeURIComponent(
      JSON.stringify({
        channels: { [a.channelKey]: a.channelId },
        mapping: {
          headerRow: 0,
          dateColumn: 0,
          dateFormat: "iso",
          columns: [{ column: 1, channel: a.channelKey, metric: a.metricKey, combine: "sum" }],
        },
      }),
    ) + body;
  for (const plan of [
    "not json",
    "[]",
    '{"channels":{"x":"not-a-uuid"}}',
    '{"__proto__":{"polluted":1}}',
    '{"mapping":{"headerRow":-1}}',
    `{"presetId":"${"9".repeat(40)}"}`,
    "x".repeat(5000),
  ]) {
    add(
      file,
      `plan=${plan.slice(0, 30)}`,
      () => (
        signInAs(a.memberId),
        routeAnswer(file, fileCall(`mode=commit&plan=${encodeURIComponent(plan)}`, `Dag;Tall\n${daysFrom(-2)};1\n`))
      ),
    );
  }
  for (const body of [
    "",
    "\u0000\u0001 binary",
    `Dag;Tall\n${daysFrom(-2)};1\n${daysFrom(-1)};abc\n`,
    `Dag;Tall\n${daysFrom(-2)};1\nyesterday;2\n`,
    `Dag;Tall\n${daysFrom(400)};1\n`,
    "Dag;Tall\n",
  ]) {
    for (const mode of ["preview", "commit"])
      add(
        file,
        `${mode} ${body.slice(-30)}`,
        () => (signInAs(a.memberId), routeAnswer(file, fileCall(`mode=${mode}&plan=${goodPlan("")}`, body))),
      );
  }
  add(file, "mode=COMMIT", () => (signInAs(a.memberId), routeAnswer(file, fileCall("mode=COMMIT", "Dag;Tall\n"))));

  for (const { key, call, note } of badQueries(a)) add(key, note, () => (signInAs(a.memberId), routeAnswer(key, call)));

  return [...byTarget.values()].flat();
}

beforeAll(async () => {
  [a, b] = await Promise.all([seedSide("A"), seedSide("B")]);
  payloads = await allPayloads();
});

describe("bad input", () => {
  it("refuses well over 1,000 malformed payloads to the actions and the API clearly, and writes nothing", async () => {
    const before = await snapshot([a.orgId, b.orgId]);
    const prototype = Object.getOwnPropertyNames(Object.prototype);
    const failures: string[] = [];
    const perTarget = new Map<string, number>();
    for (const [i, payload] of payloads.entries()) {
      const problem = await payload.send();
      perTarget.set(payload.target, (perTarget.get(payload.target) ?? 0) + 1);
      if (problem) failures.push(`#${i} ${payload.target} ${payload.note}: ${problem}`);
    }
    console.log(`bad input: ${payloads.length} payloads to ${perTarget.size} targets (seed ${SEED}):`, Object.fromEntries(perTarget));
    expect(failures).toEqual([]);
    expect(payloads.length).toBeGreaterThan(1000);
    expect(await snapshot([a.orgId, b.orgId])).toEqual(before);
    // Nothing outside the two organizations either: no account, no organization from a sign-up payload.
    expect(await getDb().$count(users, like(users.email, `${a.marker.toLowerCase()}%`))).toBe(0);
    expect(await getDb().$count(organizations, like(organizations.name, `Ny ${a.marker}%`))).toBe(0);
    expect(Object.getOwnPropertyNames(Object.prototype)).toEqual(prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // Some 3,000 payloads: a minute on a loaded 2-core machine, more as actions are added.
  }, 240_000);
});
