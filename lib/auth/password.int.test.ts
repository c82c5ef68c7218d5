import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { makeTeam } from "@/test/fixtures";
import { dummyHash } from "./password";

/** The parameters written into a PHC-format argon2 hash: $argon2id$v=19$m=19456,t=2,p=1$salt$hash */
function parametersOf(hash: string) {
  const match = /^\$(argon2(?:id|i|d))\$v=(\d+)\$m=(\d+),t=(\d+),p=(\d+)\$([A-Za-z0-9+/]+)\$([A-Za-z0-9+/]+)$/.exec(hash);
  if (!match) throw new Error(`not an argon2 hash: ${hash.slice(0, 20)}…`);
  const [, algorithm, version, m, t, p, salt] = match;
  return {
    algorithm,
    version: Number(version),
    memoryKiB: Number(m),
    iterations: Number(t),
    parallelism: Number(p),
    saltBytes: Buffer.from(salt!, "base64").length,
  };
}

describe("stored password hashes", () => {
  it("are argon2id with at least OWASP's minimum: 19 MiB of memory, 2 iterations", async () => {
    const { ownerId } = await makeTeam();
    const [row] = await getDb().select({ hash: users.passwordHash }).from(users).where(eq(users.id, ownerId));
    const params = parametersOf(row!.hash!);
    expect(params.algorithm).toBe("argon2id");
    expect(params.version).toBe(19);
    expect(params.memoryKiB).toBeGreaterThanOrEqual(19 * 1024);
    expect(params.iterations).toBeGreaterThanOrEqual(2);
    expect(params.parallelism).toBeGreaterThanOrEqual(1);
    expect(params.saltBytes).toBeGreaterThanOrEqual(16);
  });

  it("and the dummy hash an unknown e-mail is checked against costs exactly the same", async () => {
    const { ownerId } = await makeTeam();
    const [row] = await getDb().select({ hash: users.passwordHash }).from(users).where(eq(users.id, ownerId));
    const { saltBytes: _a, ...real } = parametersOf(row!.hash!);
    const { saltBytes: _b, ...dummy } = parametersOf(await dummyHash());
    expect(dummy).toEqual(real);
  });
});
