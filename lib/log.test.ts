import { DrizzleQueryError } from "drizzle-orm/errors";
import { describe, expect, it } from "vitest";
import { makeLogger } from "./log";

/** What the logger writes for one error, as the text an operator would read. */
function logged(err: unknown): string {
  const lines: string[] = [];
  const logger = makeLogger({ write: (line: string) => void lines.push(line) });
  logger.error({ err }, "server action failed");
  return lines.join("");
}

const NOTE = "Kari sin hemmelige notat \uD800";
const EMAIL = "kari@bakeri.no";

/** A driver error as postgres.js makes it with `debug` on: the statement and its values enumerable. */
function driverError(): Error {
  const error = Object.assign(new Error('invalid byte sequence for encoding "UTF8"'), { code: "22021", severity: "ERROR" });
  Object.defineProperties(error, {
    query: { value: "insert into review_notes (body) values ($1)", enumerable: true },
    parameters: { value: [NOTE, EMAIL], enumerable: true },
    args: { value: [NOTE, EMAIL], enumerable: true },
  });
  return error;
}

describe("the logger never writes SQL parameters", () => {
  it("drizzle's query error: not its message's params line, its stack, its params, nor its cause's parameters", () => {
    const err = new DrizzleQueryError("insert into review_notes (body, author) values ($1, $2)", [NOTE, EMAIL], driverError());
    const out = logged(err);
    expect(out).not.toContain("hemmelige");
    expect(out).not.toContain(EMAIL);
    // What an operator needs stays: the statement (with placeholders), the code, the message.
    const entry = JSON.parse(out) as { err: { message: string; stack: string; cause: { code: string; message: string } } };
    expect(entry.err.message).toBe("Failed query: insert into review_notes (body, author) values ($1, $2)\nparams: [redacted]");
    expect(entry.err.stack).toContain("params: [redacted]");
    expect(entry.err.stack).toContain("    at ");
    expect(entry.err.cause).toMatchObject({ code: "22021", message: 'invalid byte sequence for encoding "UTF8"' });
  });

  it("a constraint error's detail, which repeats the duplicate value, is left out", () => {
    const err = Object.assign(new Error("duplicate key value violates unique constraint"), {
      code: "23505",
      detail: `Key (email)=(${EMAIL}) already exists.`,
    });
    const out = logged(err);
    expect(out).not.toContain(EMAIL);
    expect(out).toContain("23505");
  });

  it("an error without parameters is logged as before", () => {
    const out = JSON.parse(logged(new TypeError("x is not a function"))) as { err: { type: string; message: string } };
    expect(out.err).toMatchObject({ type: "TypeError", message: "x is not a function" });
  });
});
