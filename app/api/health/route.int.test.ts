import { afterEach, describe, expect, it, vi } from "vitest";
import { GET } from "./route";

afterEach(() => vi.unstubAllEnvs());

describe("GET /api/health with a database", () => {
  it("answers ok without the query counter by default", async () => {
    vi.stubEnv("MAALBAR_BENCH", "");
    const response = await GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", database: "ok" });
  });

  it("adds the query counter, its own query included, only under MAALBAR_BENCH=1", async () => {
    vi.stubEnv("MAALBAR_BENCH", "true");
    expect(await (await GET()).json()).not.toHaveProperty("queries");
    vi.stubEnv("MAALBAR_BENCH", "1");
    const first = (await (await GET()).json()) as { queries: number };
    const second = (await (await GET()).json()) as { queries: number };
    expect(typeof first.queries).toBe("number");
    expect(second.queries - first.queries).toBe(1);
  });
});
