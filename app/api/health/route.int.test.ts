import { afterEach, describe, expect, it, vi } from "vitest";

afterEach(() => vi.unstubAllEnvs());

/** The route as a server started with this MAALBAR_BENCH sees it (lib/env reads the environment once per process). */
async function healthWith(bench: string) {
  vi.stubEnv("MAALBAR_BENCH", bench);
  vi.resetModules();
  return (await import("./route")).GET;
}

describe("GET /api/health with a database", () => {
  it("answers ok without the query counter by default", async () => {
    const response = await (await healthWith(""))();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", database: "ok" });
  });

  it("adds the query counter, its own query included, only under MAALBAR_BENCH=1", async () => {
    expect(await (await (await healthWith("true"))()).json()).not.toHaveProperty("queries");
    const GET = await healthWith("1");
    const first = (await (await GET()).json()) as { queries: number };
    const second = (await (await GET()).json()) as { queries: number };
    expect(typeof first.queries).toBe("number");
    expect(second.queries - first.queries).toBe(1);
  });
});
