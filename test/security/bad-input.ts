import { randomUUID } from "node:crypto";

/**
 * Malformed values, by the kind of field they are sent to: each one is wrong
 * for that kind (a wrong type, too long, not a real date, not a member of the
 * enum, a number that is not finite, an injection fragment where only an id
 * fits), so every payload built from them must be refused.
 */
export type Kind =
  | { t: "slug" }
  | { t: "uuid"; optional?: boolean }
  | { t: "uuids" }
  | {
      t: "text";
      max: number;
      optional?: boolean;
      /** A password: not trimmed, so "   " is a (wrong) value, not a malformed one. */ untrimmed?: boolean;
    }
  | { t: "email"; optional?: boolean }
  | { t: "date"; optional?: boolean }
  | { t: "number"; optional?: boolean; min?: number; max?: number }
  | { t: "int"; min: number; max?: number }
  | { t: "enum"; values: string[]; optional?: boolean }
  | { t: "bool" }
  | { t: "cells" };

export const MIB = "x".repeat(1 << 20);
const NUL = "ok\u0000ok";
export const INJECTIONS = [
  "' OR '1'='1",
  "1; DROP TABLE goals; --",
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "__proto__",
  "constructor",
  "../../../etc/passwd",
  "${7*7}{{7*7}}",
];
export const BAD_DATES = ["2026-02-30", "2026-02-29", "yesterday", "99999-01-01", "2026-13-01", "2026-1-1", "20260101", "01.10.2026"];
const WRONG_TYPES: unknown[] = [{}, { $ne: null }, ["a", "b"], 20_261_127, true];
/** For a number field a number is the right type: only the others. */
const NOT_NUMBERS = WRONG_TYPES.filter((v) => typeof v !== "number");

/** The wrong values for one field, strings first (they go as FormData too), then other types (only as objects). */
export function badValues(kind: Kind): unknown[] {
  const required = !("optional" in kind && kind.optional);
  const missing = required ? [undefined, null] : [];
  switch (kind.t) {
    case "slug":
      return ["", MIB, NUL, ...INJECTIONS.slice(0, 2), ...WRONG_TYPES, ...missing];
    case "uuid":
      return [
        ...(required ? [""] : []),
        "not-a-uuid",
        "00000000-0000-0000-0000-00000000000g",
        MIB,
        NUL,
        ...INJECTIONS,
        ...WRONG_TYPES,
        ...missing,
      ];
    case "uuids":
      return [
        "not-a-uuid",
        INJECTIONS[0],
        [randomUUID(), "x"],
        Array.from({ length: 201 }, () => randomUUID()),
        [{}],
        { 0: randomUUID() },
        7,
      ];
    case "text":
      return [
        ...(required ? ["", ...(kind.untrimmed ? [] : ["   "])] : []),
        "y".repeat(kind.max + 1),
        MIB,
        NUL,
        ...WRONG_TYPES,
        ...missing,
      ];
    case "email":
      return ["not-an-email", "a@", "@b.no", MIB, INJECTIONS[0], ...WRONG_TYPES, ...missing];
    case "date":
      return [...(required ? [""] : []), ...BAD_DATES, MIB, INJECTIONS[0], INJECTIONS[2], ...WRONG_TYPES, ...missing];
    case "number":
      return [
        ...(required ? [""] : []),
        "NaN",
        "Infinity",
        "-Infinity",
        "abc",
        "1.2.3",
        "9".repeat(400),
        MIB,
        INJECTIONS[0],
        ...(kind.min !== undefined ? [String(kind.min - 1)] : []),
        ...(kind.max !== undefined ? [String(kind.max + 1)] : []),
        ...NOT_NUMBERS,
        Number.NaN,
        Number.POSITIVE_INFINITY,
        ...missing,
      ];
    case "int":
      return [
        String(kind.min - 1),
        "-1",
        "1.5",
        "NaN",
        "Infinity",
        "abc",
        "1e400",
        MIB,
        INJECTIONS[0],
        ...(kind.max ? [String(kind.max + 1)] : []),
        ...WRONG_TYPES,
        ["1"],
        ...missing,
      ];
    case "enum":
      return [
        "unknown",
        "",
        kind.values[0]!.toUpperCase(),
        `${kind.values[0]} `,
        "__proto__",
        "toString",
        MIB,
        INJECTIONS[0],
        ...WRONG_TYPES,
        [kind.values[0]],
        ...missing,
      ];
    case "bool":
      return ["maybe", "", "2", MIB, {}, 2, null, ["true", "false"]];
    case "cells":
      return [
        "not json",
        "{}",
        "[]",
        `[${MIB}]`,
        '{"__proto__":{"polluted":1}}',
        "[null]",
        '[{"metricId":"x","date":"2026-01-01","value":1}]',
        42,
        {},
      ];
  }
}

/** A payload: the valid input with one field replaced (or removed: undefined). */
export function withField(base: Record<string, unknown>, field: string, value: unknown): Record<string, unknown> {
  const out = { ...base };
  if (value === undefined) delete out[field];
  else out[field] = value;
  return out;
}

/** FormData as a browser posts it; only for payloads whose values are all strings or string arrays. */
export function asFormData(input: Record<string, unknown>): FormData | null {
  const data = new FormData();
  for (const [k, v] of Object.entries(input)) {
    const values = Array.isArray(v) ? v : [v];
    if (!values.every((x) => typeof x === "string")) return null;
    for (const x of values) data.append(k, x);
  }
  return data;
}

/** Whole payloads that are not a form at all, or carry prototype keys in place of a field. */
export function badShapes(base: Record<string, unknown>, field: string | undefined): unknown[] {
  const shapes: unknown[] = [null, "org=x", 42, [], [base], {}];
  if (field) {
    const { [field]: moved, ...rest } = base;
    // An own "__proto__" key, as a JSON body decodes it, holding the missing field.
    shapes.push(JSON.parse(JSON.stringify({ ...rest, __proto__x: { [field]: moved } }).replace('"__proto__x"', '"__proto__"')) as unknown);
    shapes.push({ ...rest, constructor: { prototype: { [field]: moved } } });
    // FormData with the key "__proto__": a browser can send it, and a plain object would take it as its prototype.
    const form = asFormData(rest);
    if (form) {
      form.append("__proto__", new File([String(moved)], String(moved)));
      shapes.push(form);
    }
  }
  return shapes;
}
