import pino, { type DestinationStream } from "pino";
import { logLevel } from "@/lib/env";

/**
 * Fields of a database error that carry the statement's values (a person's
 * note, e-mail or password hash): drizzle's query error has `params`,
 * postgres.js's `parameters` and `args` (enumerable with `debug`), PGlite's
 * `params`; a constraint error's `detail` repeats the offending key's value.
 * None of them is ever logged.
 */
const VALUE_FIELDS = new Set(["params", "parameters", "args", "detail"]);
// drizzle writes "Failed query: <sql>\nparams: <values>" into the message, and so into the stack.
const PARAMS_LINE = /\nparams: [\s\S]*?(?=\n {4}at |$)/g;
/** How deep an error's `cause` chain is followed: drizzle → driver → socket is three. */
const MAX_CAUSE_DEPTH = 5;

const scrub = (text: unknown) => (typeof text === "string" ? text.replace(PARAMS_LINE, "\nparams: [redacted]") : text);

/** An error as a plain object for the log: type, message, stack, code, cause…, never the SQL parameters. */
function safeError(error: unknown, depth = 0): unknown {
  if (!(error instanceof Error) && !(error && typeof error === "object" && "message" in error)) return error;
  const e = error as Error & Record<string, unknown>;
  const out: Record<string, unknown> = { type: e.constructor?.name ?? "Error", message: scrub(e.message), stack: scrub(e.stack) };
  for (const [key, value] of Object.entries(e)) {
    if (VALUE_FIELDS.has(key) || key === "cause" || key in out) continue;
    out[key] = typeof value === "string" ? scrub(value) : value;
  }
  if (e.cause !== undefined && depth < MAX_CAUSE_DEPTH) out.cause = safeError(e.cause, depth + 1);
  return out;
}

/** Structured JSON logs, one object per line; `destination` is stdout unless a test passes its own. */
export function makeLogger(destination?: DestinationStream) {
  const options = {
    level: logLevel(),
    base: { service: "maalbar" },
    timestamp: pino.stdTimeFunctions.isoTime,
    serializers: { err: safeError, error: safeError },
  };
  return destination ? pino(options, destination) : pino(options);
}

export const log = makeLogger();
