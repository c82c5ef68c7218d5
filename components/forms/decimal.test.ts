import { describe, expect, it } from "vitest";
import { typedNumber } from "@/lib/domain/decimal-input";
import { decimalText } from "./decimal";

describe("decimalText", () => {
  it.each([
    [1499.5, "nb", "1499,5"],
    [1499.5, "en", "1499.5"],
    [2 / 3, "nb", "0,667"],
    [10, "nb", "10"],
    [-3.25, "nb", "-3,25"],
    [null, "nb", ""],
    [undefined, "en", ""],
  ])("%j in %s → %j", (value, locale, text) => expect(decimalText(value, locale)).toBe(text));

  it("writes what typedNumber reads back", () => {
    for (const value of [1499.5, 0.125, -3.25, 10]) {
      expect(typedNumber(decimalText(value, "nb"))).toBe(value);
      expect(typedNumber(decimalText(value, "en"))).toBe(value);
    }
  });
});
