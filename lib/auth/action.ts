import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import type { User } from "@/db/schema";
import type { Permission } from "@/lib/domain/permissions";
import { errorMessageKey, isKnownError, ValidationError } from "@/lib/errors";
import { log } from "@/lib/log";
import { requireTenant, requireUser, type Tenant } from "./current";

/**
 * The one authorization path of every server action:
 * parse the input with the action's zod schema → session → membership read
 * from the database → the permission (lib/domain/permissions) → the handler (which calls lib/data).
 * Errors come back as message keys, translated where they are shown.
 */
export type FieldErrors = Record<string, string[]>;
export type ActionState<T = unknown> =
  | { ok: true; data: T }
  | { ok: false; error: string; errorValues?: Record<string, string | number>; fieldErrors: FieldErrors; values: Record<string, string> }
  | undefined;

type Input = FormData | Record<string, unknown>;

function toObject(input: Input): Record<string, unknown> {
  // A caller can send any serialisable argument: anything but an object is an empty form, refused by the schema.
  if (!(input instanceof FormData)) return input && typeof input === "object" && !Array.isArray(input) ? input : {};
  const out: Record<string, unknown> = {};
  for (const [key, value] of input.entries()) {
    if (key.startsWith("$ACTION")) continue;
    const prev: unknown = out[key];
    out[key] = prev === undefined ? value : Array.isArray(prev) ? [...(prev as unknown[]), value] : [prev, value];
  }
  return out;
}

/** What the form shows again after an error; passwords are never echoed. */
function echo(raw: Record<string, unknown>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw)) {
    if (typeof v === "string" && !/password|token/i.test(k)) values[k] = v;
  }
  return values;
}

const KEY = /^[a-zA-Z]+(\.[a-zA-Z0-9_]+)+$/;

function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.map(String).join(".") || "_form";
    const key = KEY.test(issue.message) ? issue.message : "validation.invalid";
    (out[field] ??= []).push(key);
  }
  return out;
}

function failure(error: unknown, raw: Record<string, unknown>): ActionState<never> {
  unstable_rethrow(error);
  if (!isKnownError(error)) log.error({ err: error }, "server action failed");
  return {
    ok: false,
    error: errorMessageKey(error),
    ...(error instanceof ValidationError && error.messageValues ? { errorValues: error.messageValues } : {}),
    fieldErrors: error instanceof ValidationError ? error.fieldErrors : {},
    values: echo(raw),
  };
}

/** How deep textProblem looks into a field's arrays and objects: FormData holds none, a direct call few. */
const MAX_TEXT_DEPTH = 8;

/**
 * Why a field's text cannot be stored, as a message key, or null. PostgreSQL
 * text holds neither a NUL character nor a lone UTF-16 surrogate ("\uD800",
 * which is no Unicode at all): a field carrying one is invalid, not a
 * database error (a 500 that logged the statement's parameters).
 */
function textProblem(v: unknown, depth = 0): "validation.invalid" | "validation.malformedText" | null {
  if (typeof v === "string") return v.includes("\0") ? "validation.invalid" : v.isWellFormed() ? null : "validation.malformedText";
  if (depth >= MAX_TEXT_DEPTH || v === null || typeof v !== "object" || v instanceof Blob) return null;
  for (const item of Array.isArray(v) ? v : Object.values(v)) {
    const problem = textProblem(item, depth + 1);
    if (problem) return problem;
  }
  return null;
}

function parse<S extends z.ZodType>(schema: S, raw: Record<string, unknown>): z.output<S> {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new ValidationError(fieldErrorsOf(parsed.error), "errors.validation");
  const problems = Object.entries(raw).flatMap(([k, v]): [string, string[]][] => {
    const problem = textProblem(v);
    return problem ? [[k, [problem]]] : [];
  });
  if (problems.length) throw new ValidationError(Object.fromEntries(problems), "errors.validation");
  return parsed.data;
}

/** An action anyone may call (sign-up, login): parsing and error mapping only. */
export function publicAction<S extends z.ZodType, T>(schema: S, handler: (input: z.output<S>) => Promise<T>) {
  return async (_prev: ActionState<T>, input: Input): Promise<ActionState<T>> => {
    const raw = toObject(input);
    try {
      return { ok: true, data: await handler(parse(schema, raw)) };
    } catch (error) {
      return failure(error, raw);
    }
  };
}

/** An action for any signed-in person, outside an organization (create one, join one). */
export function userAction<S extends z.ZodType, T>(schema: S, handler: (user: User, input: z.output<S>) => Promise<T>) {
  return async (_prev: ActionState<T>, input: Input): Promise<ActionState<T>> => {
    const raw = toObject(input);
    try {
      const data = parse(schema, raw);
      return { ok: true, data: await handler(await requireUser(), data) };
    } catch (error) {
      return failure(error, raw);
    }
  };
}

/**
 * An action inside an organization. The input names the organization by its
 * slug in the field `org`; the caller's membership and role are read from the
 * database, never from the token.
 */
export function orgAction<S extends z.ZodType<{ org: string }>, T>(
  schema: S,
  permission: Permission,
  handler: (tenant: Tenant, input: z.output<S>) => Promise<T>,
) {
  return async (_prev: ActionState<T>, input: Input): Promise<ActionState<T>> => {
    const raw = toObject(input);
    try {
      const data = parse(schema, raw);
      const tenant = await requireTenant(data.org, permission);
      return { ok: true, data: await handler(tenant, data) };
    } catch (error) {
      return failure(error, raw);
    }
  };
}
