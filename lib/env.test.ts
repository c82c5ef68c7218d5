import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

const saved = { ...process.env };
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "maalbar-env-"));
  vi.resetModules();
  process.env = { ...saved, MAALBAR_DATA_DIR: dir };
  delete process.env.AUTH_SECRET;
});
afterEach(() => {
  process.env = { ...saved };
  rmSync(dir, { recursive: true, force: true });
});

const load = () => import("./env");

describe("authSecret", () => {
  it("is generated once into the data folder outside production, readable only by the owner", async () => {
    vi.stubEnv("NODE_ENV", "development");
    const first = (await load()).authSecret();
    expect(first.length).toBeGreaterThanOrEqual(40);
    const file = path.join(dir, "auth-secret");
    expect(readFileSync(file, "utf8")).toBe(first);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    vi.resetModules();
    expect((await load()).authSecret()).toBe(first);
  });

  it("is required in production, with a clear message, and nothing is written", async () => {
    vi.stubEnv("NODE_ENV", "production");
    await expect(load().then((m) => m.authSecret())).rejects.toThrow(/AUTH_SECRET is required in production/);
    expect(existsSync(path.join(dir, "auth-secret"))).toBe(false);
  });

  it("comes from the environment when set", async () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("AUTH_SECRET", "s".repeat(40));
    expect((await load()).authSecret()).toBe("s".repeat(40));
  });
});

describe("env", () => {
  it("names what is wrong", async () => {
    vi.stubEnv("DATABASE_URL", "mysql://nope");
    vi.stubEnv("AUTH_SECRET", "short");
    const { env } = await load();
    expect(() => env()).toThrow(/DATABASE_URL must start with postgres:\/\/[\s\S]*AUTH_SECRET must be at least 32 characters/);
  });

  describe("Microsoft Entra issuer (nOAuth)", () => {
    const entra = (issuer: string | undefined, allow?: string) => {
      vi.stubEnv("AUTH_MICROSOFT_ENTRA_ID_ID", "app-id");
      vi.stubEnv("AUTH_MICROSOFT_ENTRA_ID_SECRET", "app-secret");
      vi.stubEnv("AUTH_MICROSOFT_ENTRA_ID_ISSUER", issuer);
      vi.stubEnv("AUTH_MICROSOFT_ENTRA_ID_ALLOW_MULTI_TENANT", allow);
      return load();
    };
    it.each([undefined, "https://login.microsoftonline.com/common/v2.0", "https://login.microsoftonline.com/organizations/v2.0"])(
      "refuses to start with the issuer %s, and says how to fix it",
      async (issuer) => {
        const { env } = await entra(issuer);
        expect(() => env()).toThrow(
          /AUTH_MICROSOFT_ENTRA_ID_ISSUER: Microsoft Entra sign-in needs your tenant's issuer[\s\S]*ALLOW_MULTI_TENANT=1/,
        );
      },
    );
    it("starts with a tenant's own issuer", async () => {
      const issuer = "https://login.microsoftonline.com/7d3f2c1a-5b4e-4f6a-9c8d-1e2f3a4b5c6d/v2.0";
      expect((await entra(issuer)).env().AUTH_MICROSOFT_ENTRA_ID_ISSUER).toBe(issuer);
    });
    it("starts multi-tenant only when told so explicitly", async () => {
      const { env } = await entra("https://login.microsoftonline.com/common/v2.0", "1");
      expect(env().AUTH_MICROSOFT_ENTRA_ID_ALLOW_MULTI_TENANT).toBe("1");
    });
    it("does not care about the issuer while Entra is off", async () => {
      vi.stubEnv("AUTH_MICROSOFT_ENTRA_ID_ID", "");
      vi.stubEnv("AUTH_MICROSOFT_ENTRA_ID_ISSUER", "https://login.microsoftonline.com/common/v2.0");
      expect((await load()).env().AUTH_MICROSOFT_ENTRA_ID_ID).toBe("");
    });
  });

  it("reads an empty DATABASE_URL as PGlite", async () => {
    vi.stubEnv("DATABASE_URL", "");
    expect((await load()).env().DATABASE_URL).toBeUndefined();
  });

  it.each([
    ["", 10],
    ["4", 4],
  ])("reads DATABASE_POOL_SIZE=%j as %d connections", async (value, size) => {
    vi.stubEnv("DATABASE_POOL_SIZE", value);
    expect((await load()).env().DATABASE_POOL_SIZE).toBe(size);
  });

  it.each(["0", "2.5", "ten", "101"])("refuses DATABASE_POOL_SIZE=%s with a clear message", async (value) => {
    vi.stubEnv("DATABASE_POOL_SIZE", value);
    expect((await load()).env).toThrow(/DATABASE_POOL_SIZE must be a whole number from 1 to 100/);
  });

  it("keeps MAALBAR_BENCH as written, for the exact check of the health route", async () => {
    vi.stubEnv("MAALBAR_BENCH", " 1");
    expect((await load()).env().MAALBAR_BENCH).toBe(" 1");
  });
});

describe("logLevel", () => {
  it.each<[string, string | undefined, string]>([
    ["test", undefined, "warn"],
    ["production", undefined, "info"],
    ["development", "", "info"],
    ["test", "debug", "debug"],
  ])("under NODE_ENV=%s with LOG_LEVEL=%j is %s", async (nodeEnv, level, expected) => {
    vi.stubEnv("NODE_ENV", nodeEnv);
    if (level === undefined) delete process.env.LOG_LEVEL;
    else vi.stubEnv("LOG_LEVEL", level);
    expect((await load()).logLevel()).toBe(expected);
  });

  it("names a wrong LOG_LEVEL", async () => {
    vi.stubEnv("LOG_LEVEL", "loud");
    expect((await load()).logLevel).toThrow(/LOG_LEVEL must be one of/);
  });
});
