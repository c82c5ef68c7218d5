import { afterAll, describe, expect, it, vi } from "vitest";

// A real postgres.js client pointed at a port where nothing listens: the
// health check must answer 503, not hang and not throw.
vi.stubEnv("DATABASE_URL", "postgres://postgres@127.0.0.1:9/unreachable");
vi.stubEnv("LOG_LEVEL", "silent");
const { GET } = await import("./route");
const { closeDb } = await import("@/db/client");

afterAll(() => closeDb());

describe("GET /api/health", () => {
  it("answers 503 with a reason when the database is unreachable", async () => {
    const response = await GET();
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: "unavailable", database: "unreachable" });
    expect(response.headers.get("cache-control")).toBe("no-store");
  });
});
