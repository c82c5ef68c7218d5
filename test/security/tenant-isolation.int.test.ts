import path from "node:path";
import { isDeepStrictEqual } from "node:util";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { type Answer, callAction, callPage, callRoute, leaked, type Outcome, standIns, substitute } from "@/test/security/calls";
import { type Request, pageTemplates, seeded, SLOTS, type Slot, type Template, TEMPLATES } from "@/test/security/fuzz-requests";
import { signInAs } from "@/test/security/session-double";
import { snapshot } from "@/test/security/snapshot";
import { seedSide, type Side } from "@/test/security/world";

vi.mock("@/lib/auth/session", () => import("@/test/security/session-double"));
vi.mock("next-intl/server", () => import("@/test/security/intl-double"));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn(), refresh: vi.fn() }));

/**
 * Two organizations, each with a record of every kind, and 1,000 requests
 * from one organization's people naming the other's slug, ids, channel and
 * metric keys (with their own API token). Each answer must be exactly the
 * answer to the same request with those values made up, contain nothing of
 * the other organization, and write nothing. Seeded: FUZZ_SEED replays a run.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20261127);
const REQUESTS = 1000;
const root = path.resolve(import.meta.dirname, "../..");

let a: Side;
let b: Side;
let templates: Template[];
const modules = new Map<string, Record<string, unknown>>();

async function handler(file: string, name: string): Promise<unknown> {
  if (!modules.has(file)) modules.set(file, (await import(/* @vite-ignore */ path.join(root, file))) as Record<string, unknown>);
  const fn = modules.get(file)![name];
  if (typeof fn !== "function") throw new Error(`${file} exports no ${name}`);
  return fn;
}

async function send(request: Request): Promise<Outcome | Answer> {
  if (request.type === "page") return callPage(await handler(request.file, "default"), request.params);
  const [file, name] = request.key.split("#") as [string, string];
  if (request.type === "action") return callAction(await handler(file, name), request.input);
  return callRoute(await handler(file, name), request.call);
}

/**
 * What no answer to a foreign request may be: an exception (a 500 in the app), a 5xx, or a page that rendered.
 * Under another organization's slug a page is the 404; under the caller's own slug (with the other's ids) it
 * may be the 403 of a page the caller's role does not open, which is decided before any id is read.
 */
function problemWith(request: Request, answer: Outcome | Answer, foreignSlug: boolean): string | null {
  if ("status" in answer) return answer.status < 0 || answer.status >= 500 ? `status ${answer.status}: ${answer.body.slice(0, 200)}` : null;
  if (answer.kind === "threw") return answer.message;
  if (answer.kind === "state" && !answer.state.ok && answer.state.error === "errors.unexpected")
    return "errors.unexpected (a 500 in the app)";
  if (request.type === "page" && answer.kind !== "notFound" && (foreignSlug || answer.kind !== "forbidden"))
    return `page answered ${answer.kind}, not the 404`;
  if (request.type === "action" && answer.kind === "redirect") return `redirected to ${answer.to}`;
  return null;
}

beforeAll(async () => {
  [a, b] = await Promise.all([seedSide("A"), seedSide("B")]);
  templates = [...TEMPLATES, ...pageTemplates(root)];
});

describe("tenant isolation under fuzzing", () => {
  it(`answers ${REQUESTS} requests with another organization's slug, ids and keys exactly like made-up ones, leaking and writing nothing`, async () => {
    console.log(`tenant-isolation fuzz: seed ${SEED} (replay with FUZZ_SEED=${SEED}), ${templates.length} request kinds`);
    const random = seeded(SEED);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
    const before = await snapshot([a.orgId, b.orgId]);
    const failures: string[] = [];
    const sent = { action: 0, route: 0, page: 0, twins: 0 };

    for (let i = 0; i < REQUESTS; i++) {
      const template = pick(templates);
      const [own, other] = random() < 0.5 ? [a, b] : [b, a];
      const role = pick(["owner", "owner", "manager", "member"] as const);
      let foreignSlug = !template.bearer && (template.slots.length === 0 || random() < 0.4);
      const foreign = new Set<Slot>(template.slots.filter(() => random() < 0.6));
      // At least one value of the other organization, or the request is simply the caller's own.
      if (!foreignSlug && !foreign.size) {
        if (template.slots.length) foreign.add(pick(template.slots));
        else foreignSlug = true;
      }
      const values = Object.fromEntries(template.slots.map((s) => [s, (foreign.has(s) ? other : own)[SLOTS[s]]])) as Record<Slot, string>;
      const request = template.build(foreignSlug ? other.slug : own.slug, values, own.token);
      const twin = standIns([...(foreignSlug ? [other.slug] : []), ...[...foreign].map((s) => other[SLOTS[s]])]);

      signInAs({ owner: own.ownerId, manager: own.managerId, member: own.memberId }[role]);
      const answer = await send(request);
      const madeUp = substitute(await send(substitute(request, twin.forward)), twin.back);
      sent[request.type]++;
      sent.twins++;

      const where = `#${i} ${template.name} as ${own === a ? "A" : "B"}'s ${role}, foreign: ${[...(foreignSlug ? ["slug"] : []), ...foreign].join("+")}`;
      for (const [which, outcome] of [
        ["", answer],
        ["made-up: ", madeUp],
      ] as const) {
        const problem = problemWith(request, outcome, foreignSlug);
        if (problem) failures.push(`${where}: ${which}${problem}`);
      }
      if (!isDeepStrictEqual(answer, madeUp))
        failures.push(`${where}: ${JSON.stringify(answer).slice(0, 300)} ≠ made-up ${JSON.stringify(madeUp).slice(0, 300)}`);
      const leaks = leaked(answer, other.secrets);
      if (leaks.length) failures.push(`${where}: leaks ${leaks.join(", ")}`);
      if (i % 200 === 199) {
        const now = await snapshot([a.orgId, b.orgId]);
        const changed = Object.keys(now).filter((table) => !isDeepStrictEqual(now[table], before[table]));
        if (changed.length) failures.push(`written by requests #${i - 199}..#${i}: ${changed.join(", ")}`);
      }
      if (failures.length >= 10) break;
    }

    console.log(
      `tenant-isolation fuzz: sent ${sent.action} actions, ${sent.route} route requests, ${sent.page} page renders (+${sent.twins} made-up twins)`,
    );
    expect(failures, `seed ${SEED}`).toEqual([]);
    expect(sent.action + sent.route + sent.page).toBe(REQUESTS);
    expect(await snapshot([a.orgId, b.orgId])).toEqual(before);
    // A thousand renders and actions: minutes on a loaded 2-core machine, more as entry points are added.
  }, 240_000);

  it("uses live ids: the same pages and reads answer their own organization", async () => {
    // Without this, a foreign id answering like a missing one would prove nothing.
    for (const side of [a, b]) {
      signInAs(side.ownerId);
      const values = Object.fromEntries(Object.entries(SLOTS).map(([slot, field]) => [slot, side[field]])) as Record<Slot, string>;
      for (const template of templates) {
        const request = template.build(side.slug, values, side.token);
        if (request.type === "action") continue;
        if (request.type === "route" && request.call.method !== "GET") continue;
        const answer = await send(request);
        const ok =
          "status" in answer
            ? answer.status === 200
            : answer.kind === "rendered" || (answer.kind === "redirect" && answer.to.includes("/minutes"));
        expect(ok, `${template.name}: ${JSON.stringify(answer).slice(0, 300)}`).toBe(true);
      }
    }
  });
});
