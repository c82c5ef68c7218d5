import { describe, expect, it, vi } from "vitest";
import type { Point } from "@/lib/domain/goal-types";
import { cachedHistory } from "./history-cache";

const points: Point[] = [{ date: "2026-11-01", value: 400 }];
let n = 0;
/** A key of its own per test: the cache lives for the visit, as the module does. */
const freshKey = () => `key-${++n}`;

const noon = Date.parse("2026-12-01T12:00:00Z");

describe("cachedHistory (the goal form's metric history)", () => {
  it("asks once for a key and answers the same within 30 seconds", async () => {
    const key = freshKey();
    const fetch = vi.fn(() => Promise.resolve(points));
    expect(await cachedHistory(key, fetch, noon)).toEqual(points);
    expect(await cachedHistory(key, fetch, noon + 29_000)).toEqual(points);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it("asks again after 30 seconds, and for another key", async () => {
    const key = freshKey();
    const fetch = vi.fn(() => Promise.resolve(points));
    await cachedHistory(key, fetch, noon);
    await cachedHistory(freshKey(), fetch, noon);
    expect(fetch).toHaveBeenCalledTimes(2);
    await cachedHistory(key, fetch, noon + 31_000);
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
