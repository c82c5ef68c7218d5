import { describe, expect, it } from "vitest";
import { delayAfter, FREE_FAILURES, MAX_DELAY_SECONDS, retryAfterSeconds } from "./login-attempts";

describe("the growing delay", () => {
  it.each([
    [0, 0],
    [4, 0],
    [5, 1],
    [6, 2],
    [7, 4],
    [10, 32],
    [14, 512],
    [15, MAX_DELAY_SECONDS],
    [99, MAX_DELAY_SECONDS],
  ])("after %i failures in 15 minutes: %i s", (failures, seconds) => {
    expect(delayAfter(failures)).toBe(seconds);
  });

  it("doubles with every failure past the free ones, until the cap", () => {
    for (let n = FREE_FAILURES + 1; n < 15; n++) expect(delayAfter(n)).toBe(2 * delayAfter(n - 1));
  });
});

describe("how long to wait", () => {
  const none = { recent: 0, sinceLast: null, accountCapWait: null, ipCapWait: null };

  it("is nothing without failures", () => expect(retryAfterSeconds(none)).toBe(0));
  it("counts the delay from the last failure, rounded up to whole seconds", () => {
    expect(retryAfterSeconds({ ...none, recent: 7, sinceLast: 1.2 })).toBe(3);
    expect(retryAfterSeconds({ ...none, recent: 7, sinceLast: 4 })).toBe(0);
    expect(retryAfterSeconds({ ...none, recent: 7, sinceLast: 9 })).toBe(0);
  });
  it("takes the longest of the delay and the hourly caps", () => {
    expect(retryAfterSeconds({ ...none, recent: 5, sinceLast: 0.5, accountCapWait: 120.2 })).toBe(121);
    expect(retryAfterSeconds({ ...none, ipCapWait: 30 })).toBe(30);
  });
});
