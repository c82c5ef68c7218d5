import { describe, expect, it } from "vitest";
import { cookiesOf, sessionCookieName, sessionToken } from "./session-cookie-name";

describe("sessionCookieName", () => {
  it.each([
    [{}, "https", "__Secure-authjs.session-token"],
    [{}, "http", "authjs.session-token"],
    [{}, "http:", "authjs.session-token"],
    [{}, null, "__Secure-authjs.session-token"],
    [{ AUTH_URL: "https://maalbar.example" }, "http", "__Secure-authjs.session-token"],
    [{ AUTH_URL: "http://localhost:3000" }, "https", "authjs.session-token"],
    [{ NEXTAUTH_URL: "http://localhost:3000" }, null, "authjs.session-token"],
  ])("%j, X-Forwarded-Proto %s → %s", (env, proto, expected) => {
    expect(sessionCookieName(env, proto)).toBe(expected);
  });
});

describe("sessionToken", () => {
  const name = "authjs.session-token";
  it("reads the whole cookie, else its chunks in order, else nothing", () => {
    expect(sessionToken([{ name, value: "abc" }], name)).toBe("abc");
    expect(
      sessionToken(
        [
          { name: `${name}.1`, value: "def" },
          { name: `${name}.0`, value: "abc" },
          { name: `${name}.10`, value: "!" },
          { name: `${name}.2`, value: "ghi" },
        ],
        name,
      ),
    ).toBe("abcdefghi!");
    expect(
      sessionToken(
        [
          { name: `__Secure-${name}`, value: "x" },
          { name: `${name}.x`, value: "y" },
        ],
        name,
      ),
    ).toBeNull();
    expect(sessionToken([], name)).toBeNull();
  });
});

describe("cookiesOf", () => {
  it("splits a Cookie header, decoding what is %-encoded and keeping what is not", () => {
    expect(cookiesOf("a=1; authjs.session-token=eyJ.x.y-z_; b=%C3%A5; c=100%; =bare; d")).toEqual([
      { name: "a", value: "1" },
      { name: "authjs.session-token", value: "eyJ.x.y-z_" },
      { name: "b", value: "å" },
      { name: "c", value: "100%" },
    ]);
    expect(cookiesOf(null)).toEqual([]);
  });
});
