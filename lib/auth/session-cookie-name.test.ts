import { describe, expect, it } from "vitest";
import { hasSessionCookie } from "./session-cookie-name";

describe("hasSessionCookie", () => {
  it.each([
    [["authjs.session-token"], true],
    [["__Secure-authjs.session-token"], true],
    [["maalbar-locale", "authjs.session-token.0", "authjs.session-token.1"], true],
    [["__Secure-authjs.session-token.0"], true],
    [[], false],
    [["authjs.csrf-token", "authjs.callback-url", "maalbar-locale", "maalbar-device"], false],
    [["authjs.session-token-old", "xauthjs.session-token", "authjs.session-token.x"], false],
  ])("%j → %s", (names, expected) => {
    expect(hasSessionCookie(names)).toBe(expected);
  });
});
