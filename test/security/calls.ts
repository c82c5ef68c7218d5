import { randomBytes, randomUUID } from "node:crypto";
import type { ReactNode } from "react";
import { resolveServerTree } from "./server-tree";

/**
 * Calls server actions, route handlers and pages the way Next does, and
 * turns every answer into plain data the tests can compare: the state an
 * action returns, the redirect, 404 or 403 it throws, the status and body of a
 * response. Anything else thrown is an outcome of its own ("threw"), which
 * no test accepts: in the app it is a 500.
 */
export type ActionState =
  { ok: true; data: unknown } | { ok: false; error: string; fieldErrors: Record<string, string[]>; values: Record<string, string> };
export type Outcome =
  | { kind: "state"; state: ActionState }
  | { kind: "redirect"; to: string }
  | { kind: "notFound" }
  | { kind: "forbidden" }
  | { kind: "rendered" }
  | { kind: "threw"; message: string };

type AnyFn = (...args: never[]) => unknown;

function thrown(error: unknown): Outcome {
  const digest = (error as { digest?: unknown } | null)?.digest;
  if (typeof digest === "string" && digest.startsWith("NEXT_REDIRECT;")) return { kind: "redirect", to: digest.split(";")[2] ?? "" };
  if (digest === "NEXT_HTTP_ERROR_FALLBACK;404") return { kind: "notFound" };
  if (digest === "NEXT_HTTP_ERROR_FALLBACK;403") return { kind: "forbidden" };
  return { kind: "threw", message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
}

/** A server action as the browser calls it: (previous state, the form's payload). */
export async function callAction(fn: unknown, input: unknown): Promise<Outcome> {
  try {
    const state = (await (fn as (prev: undefined, input: unknown) => Promise<unknown>)(undefined, input)) as ActionState | undefined;
    if (!state || typeof state !== "object" || typeof state.ok !== "boolean")
      return { kind: "threw", message: `not an action state: ${JSON.stringify(state)}` };
    return { kind: "state", state };
  } catch (error) {
    return thrown(error);
  }
}

/** A page component with its params promise; a tree it returns (its async parts run) is "rendered". */
export async function callPage(page: unknown, params: Record<string, string>, searchParams: Record<string, string> = {}): Promise<Outcome> {
  try {
    const tree = await (page as (p: { params: Promise<unknown>; searchParams: Promise<unknown> }) => Promise<ReactNode>)({
      params: Promise.resolve(params),
      searchParams: Promise.resolve(searchParams),
    });
    // What streams later behind a Suspense boundary runs too: a 404 or a crash in it counts.
    await resolveServerTree(tree);
    return { kind: "rendered" };
  } catch (error) {
    return thrown(error);
  }
}

export type RouteCall = { method: string; url: string; params: Record<string, string>; headers?: Record<string, string>; body?: string };
export type Answer = { status: number; contentType: string | null; body: string };

/** A route handler with a real Request and the params promise, as Next calls it. Thrown: status -1. */
export async function callRoute(handler: unknown, call: RouteCall): Promise<Answer> {
  try {
    const init: RequestInit & { duplex?: string } = { method: call.method, headers: call.headers };
    if (call.body !== undefined) Object.assign(init, { body: call.body, duplex: "half" });
    const response = await (handler as AnyFn as (r: Request, c: { params: Promise<unknown> }) => Promise<Response>)(
      new Request(call.url, init),
      {
        params: Promise.resolve(call.params),
      },
    );
    return { status: response.status, contentType: response.headers.get("content-type"), body: await response.text() };
  } catch (error) {
    return { status: -1, contentType: null, body: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}

export const isSuccess = (o: Outcome) => (o.kind === "state" && o.state.ok) || o.kind === "redirect" || o.kind === "rendered";
export const errorOf = (o: Outcome) => (o.kind === "state" && !o.state.ok ? o.state.error : o.kind);

/** The secrets (markers, tokens) that occur in a serialised answer, except those the caller sent itself. */
export function leaked(answer: unknown, secrets: string[], sent: unknown = ""): string[] {
  const text = typeof answer === "string" ? answer : JSON.stringify(answer);
  const own = JSON.stringify(sent);
  return secrets.filter((s) => text.includes(s) && !own.includes(s));
}

/** `value` with every occurrence of each key of `map` replaced (ids inside JSON strings included). */
export function substitute<T>(value: T, map: Map<string, string>): T {
  let text = JSON.stringify(value);
  for (const [from, to] of map) text = text.split(from).join(to);
  return JSON.parse(text) as T;
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/**
 * Stand-ins for `originals` (random values of the same shape) and the way
 * back: an answer to the stand-in call, with its echoes of the caller's input
 * turned back into the originals, must equal the answer to the original call.
 */
export function standIns(originals: string[]): { forward: Map<string, string>; back: Map<string, string> } {
  const forward = new Map(originals.map((o) => [o, standIn(o)]));
  return { forward, back: new Map([...forward].map(([o, s]) => [s, o])) };
}

/** Every UUID in a value, except those of the shared catalogue (which every organization sees). */
export function idsIn(value: unknown, shared: Set<string>): string[] {
  return [...new Set(JSON.stringify(value).match(UUID) ?? [])].filter((id) => !shared.has(id));
}

/** Random stand-ins of the same shape: a UUID for a UUID, a key for a key, a slug for a slug. */
export function standIn(value: string): string {
  if (/^[0-9a-f-]{36}$/i.test(value)) return randomUUID();
  if (value.startsWith("mb_")) return `mb_${randomBytes(32).toString("base64url")}`;
  return `${value.replace(/[^a-z_]+$/i, "").slice(0, 12)}zz${randomBytes(4).toString("hex")}`;
}
