import { afterEach, describe, expect, it, vi } from "vitest";
import type { Point } from "@/lib/domain/goal-types";
import { cachedHistory } from "./use-metric-history";

const points: Point[] = [{ date: "2026-11-01", value: 400 }];
let n = 0;
/** A key of its own per test: the cache lives for the visit, as the module does. */
const freshKey = () => `key-${++n}`;

afterEach(() => vi.useRealTimers());

describe("cachedHistory (the goal form's metric history)", () => {
  it("asks once for a key and answers the same within 30 seconds", async () => {
    vi.useFakeTimers({ now: new Date("2026-12-01T12:00:00Z") });
    const key = freshKey();
    const fetch = vi.fn(() => Promise.resolve(points));
    expect(await cachedHistory(key, fetch)).toEqual(points);
    vi.setSystemTime(new Date("2026-12-01T12:00:29Z"));
    expect(await cachedHistory(key, fetch)).toEqual(points);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it("asks again after 30 seconds, and for another key", async () => {
    vi.useFakeTimers({ now: new Date("2026-12-01T12:00:00Z") });
    const key = freshKey();
    const fetch = vi.fn(() => Promise.resolve(points));
    await cachedHistory(key, fetch);
    await cachedHistory(freshKey(), fetch);
    expect(fetch).toHaveBeenCalledTimes(2);
    vi.setSystemTime(new Date("2026-12-01T12:00:31Z"));
    await cachedHistory(key, fetch);
    expect(fetch).toHaveBeenCalledTimes(3);
  });

  it("tries a failed fetch once more", async () => {
    const key = freshKey();
    const fetch = vi.fn().mockRejectedValueOnce(new Error("network")).mockResolvedValueOnce(points);
    expect(await cachedHistory(key, fetch)).toEqual(points);
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it("does not keep a failure: the next call asks again", async () => {
    const key = freshKey();
    const failing = vi.fn(() => Promise.reject(new Error("network")));
    await expect(cachedHistory(key, failing)).rejects.toThrow("network");
    expect(failing).toHaveBeenCalledTimes(2);
    const working = vi.fn(() => Promise.resolve(points));
    expect(await cachedHistory(key, working)).toEqual(points);
    expect(working).toHaveBeenCalledTimes(1);
  });
});
