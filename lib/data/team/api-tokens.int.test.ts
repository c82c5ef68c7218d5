import { createHash, randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { apiTokens, auditEvents, memberships } from "@/db/schema/index";
import { NotFoundError } from "@/lib/errors";
import { makeTeam } from "@/test/fixtures";
import { authenticateToken, createApiToken, listApiTokens, revokeApiToken } from "./api-tokens";

type Team = Awaited<ReturnType<typeof makeTeam>>;
let a: Team;
let b: Team;
const ctx = (t: Team, userId = t.ownerId, role: "owner" | "manager" = "owner") => ({ orgId: t.org.id, userId, role });

const rowOf = async (id: string) => (await getDb().select().from(apiTokens).where(eq(apiTokens.id, id)))[0]!;
const auditOf = (t: Team, action: string) =>
  getDb()
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.orgId, t.org.id), eq(auditEvents.action, action)));

beforeAll(async () => {
  [a, b] = await Promise.all([makeTeam(), makeTeam()]);
});

describe("createApiToken", () => {
  it("returns an mb_ token once and keeps only its SHA-256 hash and a display prefix", async () => {
    const { token, id } = await createApiToken(ctx(a, a.managerId, "manager"), "Nettbutikken");
    expect(token).toMatch(/^mb_[A-Za-z0-9_-]{43}$/);
    const row = await rowOf(id);
    expect(row).toMatchObject({
      orgId: a.org.id,
      name: "Nettbutikken",
      prefix: token.slice(0, 10),
      createdBy: a.managerId,
      lastUsedAt: null,
      revokedAt: null,
    });
    expect(row.tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(JSON.stringify(row)).not.toContain(token.slice(10));
    expect(await auditOf(a, "api_token.created")).toEqual([
      expect.objectContaining({ actorId: a.managerId, targetId: id, data: { name: "Nettbutikken" } }),
    ]);
  });

  it("makes a different token every time", async () => {
    const [x, y] = await Promise.all([createApiToken(ctx(b), "En"), createApiToken(ctx(b), "To")]);
    expect(x.token).not.toBe(y.token);
  });
});

describe("listApiTokens", () => {
  it("lists the organization's tokens with their creator's name, never another organization's", async () => {
    const listA = await listApiTokens(ctx(a));
    expect(listA.map((t) => t.name)).toEqual(["Nettbutikken"]);
    expect(listA[0]).toMatchObject({ createdByName: "manager test", lastUsedAt: null, revokedAt: null });
    expect(listA[0]).not.toHaveProperty("tokenHash");
    expect((await listApiTokens(ctx(b))).map((t) => t.name).sort()).toEqual(["En", "To"]);
  });
});

describe("authenticateToken", () => {
  it("names the organization and the token's creator", async () => {
    const { token, id } = await createApiToken(ctx(a), "Regnearket");
    expect(await authenticateToken(token)).toEqual({
      orgId: a.org.id,
      tokenId: id,
      tokenName: "Regnearket",
      userId: a.ownerId,
      role: "owner",
      timeZone: "Europe/Oslo",
    });
  });

  it("refuses an unknown token and a token with one character changed", async () => {
    const { token } = await createApiToken(ctx(a), "Endret");
    const last = token.at(-1) === "A" ? "B" : "A";
    expect(await authenticateToken(`${token.slice(0, -1)}${last}`)).toBeNull();
    expect(await authenticateToken(`mb_${"x".repeat(43)}`)).toBeNull();
    expect(await authenticateToken("")).toBeNull();
  });

  it("records the last use at most once a minute", async () => {
    const { token, id } = await createApiToken(ctx(a), "Bruk");
    await authenticateToken(token);
    const first = (await rowOf(id)).lastUsedAt;
    expect(first).toBeInstanceOf(Date);
    await authenticateToken(token);
    expect((await rowOf(id)).lastUsedAt).toEqual(first);
    // Thirty seconds ago stays; two minutes ago is moved forward.
    await getDb()
      .update(apiTokens)
      .set({ lastUsedAt: sql`now() - interval '30 seconds'` })
      .where(eq(apiTokens.id, id));
    const recent = (await rowOf(id)).lastUsedAt;
    await authenticateToken(token);
    expect((await rowOf(id)).lastUsedAt).toEqual(recent);
    await getDb()
      .update(apiTokens)
      .set({ lastUsedAt: sql`now() - interval '2 minutes'` })
      .where(eq(apiTokens.id, id));
    const old = (await rowOf(id)).lastUsedAt!;
    await authenticateToken(token);
    expect((await rowOf(id)).lastUsedAt!.getTime()).toBeGreaterThan(old.getTime() + 60_000);
  });

  it("stops working once the creator has left the organization", async () => {
    const team = await makeTeam();
    const { token } = await createApiToken(ctx(team, team.managerId, "manager"), "Gammel");
    expect(await authenticateToken(token)).not.toBeNull();
    await getDb()
      .delete(memberships)
      .where(and(eq(memberships.orgId, team.org.id), eq(memberships.userId, team.managerId)));
    expect(await authenticateToken(token)).toBeNull();
  });
});

describe("revokeApiToken", () => {
  it("answers another organization's id like an unknown one, and changes nothing", async () => {
    const { token, id } = await createApiToken(ctx(a), "Bs mål");
    await expect(revokeApiToken(ctx(b), id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(revokeApiToken(ctx(b), randomUUID())).rejects.toBeInstanceOf(NotFoundError);
    expect((await rowOf(id)).revokedAt).toBeNull();
    expect(await authenticateToken(token)).not.toBeNull();
    expect(await auditOf(b, "api_token.revoked")).toEqual([]);
  });

  it("revokes at once, is audited, and a second revoke is not found", async () => {
    const { token, id } = await createApiToken(ctx(a), "Utgått");
    await revokeApiToken(ctx(a, a.managerId, "manager"), id);
    expect(await authenticateToken(token)).toBeNull();
    expect((await listApiTokens(ctx(a))).find((t) => t.id === id)?.revokedAt).toBeInstanceOf(Date);
    expect(await auditOf(a, "api_token.revoked")).toEqual([expect.objectContaining({ actorId: a.managerId, targetId: id })]);
    await expect(revokeApiToken(ctx(a), id)).rejects.toBeInstanceOf(NotFoundError);
  });
});
