import { describe, expect, it } from "vitest";
import { editableDecimal, parseDecimal, typedNumber } from "./decimal-input";

describe("parseDecimal", () => {
  it.each([
    ["10,5", 10.5],
    ["10.5", 10.5],
    ["1 499,5", 1499.5],
    ["1\u00a0499,5", 1499.5],
    ["1\u202f499,5", 1499.5],
    ["1.499,5", 1499.5],
    ["1,499.5", 1499.5],
    ["1.000.000", 1_000_000],
    ["1,000,000", 1_000_000],
    ["1.000.000,25", 1_000_000.25],
    // A lone separator is the decimal mark, as in bokmål.
    ["1,499", 1.499],
    ["1.499", 1.499],
    ["-3,5", -3.5],
    ["\u22123,5", -3.5],
    ["+2", 2],
    ["0,05", 0.05],
    [",5", 0.5],
    ["12", 12],
    [" 42 ", 42],
  ])("%s is %d", (text, value) => {
    expect(parseDecimal(text)).toBe(value);
  });

  it.each([[""], ["   "]])("blank %j is no value", (text) => {
    expect(parseDecimal(text)).toBeNull();
  });

  it.each([["abc"], ["1,2,3"], ["1.2.3"], ["1.2,3.4"], ["12,34.5"], ["1e5"], ["--1"], ["1-2"], [","], ["10 %"], ["Infinity"]])(
    "%j is not a number",
    (text) => {
      expect(parseDecimal(text)).toBeNaN();
    },
  );
});

describe("editableDecimal", () => {
  it.each([
    ["nb-NO", 10.5, "10,5"],
    ["en-GB", 10.5, "10.5"],
    ["nb-NO", 1499.5, "1499,5"],
    ["en-GB", 1499.5, "1499.5"],
    ["nb-NO", -3.25, "-3,25"],
    ["nb-NO", 460, "460"],
    ["nb-NO", 0.0001, "0,0001"],
  ])("%s %d is %s", (tag, value, text) => {
    expect(editableDecimal(tag, value)).toBe(text);
  });

  it.each([["nb-NO"], ["en-GB"]])("reads back to the same number in %s", (tag) => {
    for (const value of [10.5, 1499.5, -3.25, 0.0001, 123456.789, 2.5]) expect(parseDecimal(editableDecimal(tag, value))).toBe(value);
  });
});

describe("typedNumber", () => {
  it.each([
    ["1 499,5", 1499.5],
    ["1.499,5", 1499.5],
    ["1,499.5", 1499.5],
    ["10,5", 10.5],
    ["\u22123", -3],
    ["", null],
    ["  ", null],
    ["tolv", null],
    ["1,2,3", null],
  ])("%j → %j, as the server reads it", (text, value) => expect(typedNumber(text)).toBe(value));
});
