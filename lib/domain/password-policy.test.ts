import { describe, expect, it } from "vitest";
import { passwordProblem } from "./password-policy";

describe("passwordProblem", () => {
  it.each([
    ["kort", undefined, "tooShort"],
    ["x".repeat(201), undefined, "tooLong"],
    ["Passord123", undefined, "common"],
    ["1234567890", undefined, "common"],
    ["aaaaaaaaaaaa", undefined, "oneCharacter"],
    ["ababababab", undefined, "oneCharacter"],
    ["kari.nordmann@bakeriet.no", "Kari.Nordmann@bakeriet.no", "sameAsEmail"],
    ["kari.nordmann", "kari.nordmann@bakeriet.no", "sameAsEmail"],
    ["maalbar-demo", "eier@bakeriet.no", null],
    ["bryllupskake-2026", undefined, null],
  ] as const)("%s → %s", (password, email, problem) => {
    expect(passwordProblem(password, email)).toBe(problem);
  });
});
