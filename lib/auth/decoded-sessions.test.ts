import { describe, expect, it } from "vitest";
import { type Decoded, decodedSessions } from "./decoded-sessions";

/** A decoder that counts its calls and answers from a table of tokens. */
function decoder(table: Record<string, Decoded | null>) {
  const calls: string[] = [];
  return {
    calls,
    for: (token: string) => () => {
      calls.push(token);
      return Promise.resolve(table[token] ?? null);
    },
  };
}

const EXP = 1_800_000_000; // seconds
const claims = (uid: string, exp: unknown = EXP): Decoded => ({ uid, sid: `s-${uid}`, sv: 1, exp });

describe("decodedSessions", () => {
  it("decodes a cookie once and answers the same claims from the cache until its expiry", async () => {
    let now = (EXP - 60) * 1000;
    const cache = decodedSessions({ max: 10, now: () => now });
    const d = decoder({ a: claims("anna") });
    expect(await cache.read("a", "authjs.session-token", "secret", d.for("a"))).toEqual(claims("anna"));
    expect(await cache.read("a", "authjs.session-token", "secret", d.for("a"))).toEqual(claims("anna"));
    expect(d.calls).toEqual(["a"]);
    // One millisecond before the expiry it is still the cache's; at the expiry it is decoded again.
    now = EXP * 1000 - 1;
    await cache.read("a", "authjs.session-token", "secret", d.for("a"));
    expect(d.calls).toEqual(["a"]);
    now = EXP * 1000;
    await cache.read("a", "authjs.session-token", "secret", d.for("a"));
    expect(d.calls).toEqual(["a", "a"]);
  });

  it("answers what decode answers once a kept cookie has expired (decode refuses it: null)", async () => {
    let now = (EXP - 1) * 1000;
    const cache = decodedSessions({ max: 10, now: () => now });
    let valid = true;
    const decode = () => Promise.resolve(valid ? claims("anna") : null);
    expect(await cache.read("a", "n", "secret", decode)).not.toBeNull();
    now = (EXP + 20) * 1000;
    valid = false;
    expect(await cache.read("a", "n", "secret", decode)).toBeNull();
    expect(cache.size()).toBe(0);
  });

  it.each([
    ["a refused cookie", null],
    ["claims without an expiry", { uid: "anna", sid: "s" }],
    ["an expiry that is not a number", claims("anna", "1800000000")],
  ])("keeps nothing for %s", async (_, answer) => {
    const cache = decodedSessions({ max: 10, now: () => 0 });
    const d = decoder({ x: answer });
    expect(await cache.read("x", "n", "secret", d.for("x"))).toEqual(answer);
    await cache.read("x", "n", "secret", d.for("x"));
    expect(d.calls).toEqual(["x", "x"]);
    expect(cache.size()).toBe(0);
  });

  it("keeps cookies apart by cookie name and forgets everything when the secret changes", async () => {
    const cache = decodedSessions({ max: 10, now: () => 0 });
    const d = decoder({ a: claims("anna") });
    await cache.read("a", "__Secure-authjs.session-token", "one", d.for("a"));
    await cache.read("a", "authjs.session-token", "one", d.for("a"));
    expect(d.calls).toHaveLength(2);
    await cache.read("a", "authjs.session-token", "two", d.for("a"));
    expect(d.calls).toHaveLength(3);
    expect(cache.size()).toBe(1);
  });

  it("holds at most `max` cookies and lets the least recently used go first", async () => {
    const cache = decodedSessions({ max: 2, now: () => 0 });
    const d = decoder({ a: claims("a"), b: claims("b"), c: claims("c") });
    await cache.read("a", "n", "s", d.for("a"));
    await cache.read("b", "n", "s", d.for("b"));
    await cache.read("a", "n", "s", d.for("a")); // a used again: b is now the oldest
    await cache.read("c", "n", "s", d.for("c")); // b goes
    expect(cache.size()).toBe(2);
    await cache.read("a", "n", "s", d.for("a"));
    await cache.read("b", "n", "s", d.for("b"));
    expect(d.calls).toEqual(["a", "b", "c", "b"]);
  });
});
