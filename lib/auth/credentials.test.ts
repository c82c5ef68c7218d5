import { describe, expect, it, vi } from "vitest";

vi.mock("@/lib/data/accounts", () => ({}));
vi.mock("@/lib/data/audit", () => ({}));
vi.mock("@/lib/data/accounts", () => ({}));
const { clientIp } = await import("./credentials");
const { throttledError } = await import("./throttled");

describe("the client's address", () => {
  const h = (xff?: string) => new Headers(xff === undefined ? {} : { "x-forwarded-for": xff });

  it("is the entry the nearest proxy appended, not what the client wrote before it", () => {
    expect(clientIp(h("6.6.6.6, 203.0.113.7"), 1)).toBe("203.0.113.7");
    expect(clientIp(h("6.6.6.6, 203.0.113.7, 10.0.0.2"), 2)).toBe("203.0.113.7");
  });
  it("is the socket's address Next fills in when no proxy is in front", () => {
    expect(clientIp(h("127.0.0.1"), 1)).toBe("127.0.0.1");
  });
  it("falls back to the leftmost entry when there are fewer hops, and to 'unknown' without a header", () => {
    expect(clientIp(h("203.0.113.7"), 3)).toBe("203.0.113.7");
    expect(clientIp(h(), 1)).toBe("unknown");
    expect(clientIp(undefined, 1)).toBe("unknown");
  });
});

describe("the throttled answer", () => {
  it("names seconds up to two minutes and whole minutes beyond", () => {
    expect(throttledError(0.2)).toMatchObject({ messageKey: "login.errors.throttled", messageValues: { seconds: 1 } });
    expect(throttledError(8)).toMatchObject({ messageKey: "login.errors.throttled", messageValues: { seconds: 8 } });
    expect(throttledError(120)).toMatchObject({ messageKey: "login.errors.throttled", messageValues: { seconds: 120 } });
    expect(throttledError(121)).toMatchObject({ messageKey: "login.errors.throttledMinutes", messageValues: { minutes: 3 } });
    expect(throttledError(3600)).toMatchObject({ messageKey: "login.errors.throttledMinutes", messageValues: { minutes: 60 } });
    expect(throttledError(8, "account")).toMatchObject({ messageKey: "account.errors.throttled", messageValues: { seconds: 8 } });
  });
});
