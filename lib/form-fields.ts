import { z } from "zod";
import { dateProblem } from "@/lib/domain/dates";
import { parseDecimal } from "@/lib/domain/decimal-input";

/**
 * Field parsers shared by the feature schemas. FormData sends strings: an
 * empty field means "not given".
 */

/** "1 499,5", "1.499,5", "1,499.5" and "1499.5" alike: either convention (lib/domain/decimal-input.ts). */
export const decimal = z.preprocess(
  (v) => (typeof v === "string" ? parseDecimal(v) : v),
  z.number("validation.number").finite("validation.number").nullable(),
);
/** A calendar date YYYY-MM-DD within MIN_YEAR–MAX_YEAR (lib/domain/dates): a year like 9999 is refused, not stored. */
export const requiredIsoDate = z.iso
  .date({ error: "validation.date", abort: true })
  .refine((d) => dateProblem(d) === null, "validation.dateRange");
export const isoDate = z.preprocess((v) => (v === "" ? null : v), requiredIsoDate.nullable());
export const optionalId = z.preprocess((v) => (v === "" ? null : v), z.uuid("validation.invalid").nullable());
export const orgSlug = z.string().min(1).max(100);

/**
 * A whole number from a form: a numeric string, or a number. Unlike
 * z.coerce.number(), which reads `true` and `["1"]` as 1 and `null` as 0, any
 * other type is refused: a server action can be called with any value.
 */
export const wholeNumber = (schema: z.ZodNumber) => z.preprocess((v) => (typeof v === "string" && v.trim() !== "" ? Number(v) : v), schema);
