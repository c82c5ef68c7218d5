import { eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { apiTokens, auditEvents } from "@/db/schema";
import { authenticateToken, createApiToken } from "@/lib/data/team";
import { form, makeTeam } from "@/test/fixtures";

// The signed session cookie is the only thing not real here: which person is
// calling. Membership and role are then read from the real database.
const session = vi.hoisted(() => ({ claims: null as { uid: string; sv: number } | null }));
vi.mock("@/lib/auth/session", async () => (await import("@/test/session-rows")).claimsDouble(() => session.claims));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const { createApiTokenAction, revokeApiTokenAction } = await import("./actions");

type Team = Awaited<ReturnType<typeof makeTeam>>;
let a: Team;
let b: Team;
let existing: { token: string; id: string };

const as = (userId: string | null) => {
  session.claims = userId ? { uid: userId, sv: 1 } : null;
};

async function snapshot(team: Team) {
  const db = getDb();
  return {
    tokens: await db.select().from(apiTokens).where(eq(apiTokens.orgId, team.org.id)),
    audit: await db.$count(auditEvents, eq(auditEvents.orgId, team.org.id)),
  };
}

beforeAll(async () => {
  [a, b] = await Promise.all([makeTeam(), makeTeam()]);
  existing = await createApiToken({ orgId: a.org.id, userId: a.ownerId, role: "owner" }, "Fra før");
});
beforeEach(() => as(null));

describe("API token actions refuse callers below manager", () => {
  it.each([
    ["anonymous", () => null, "errors.unauthenticated"],
    ["a member", () => a.memberId, "errors.forbidden"],
    // Organization B's owner with organization A's slug and ids: the same answer as a slug that doesn't exist.
    ["another organization's owner", () => b.ownerId, "errors.notFound"],
  ])("%s is refused and nothing changes", async (_who, caller, error) => {
    as(caller());
    const before = await snapshot(a);
    expect(await createApiTokenAction(undefined, form({ org: a.slug, name: "Snik" }))).toMatchObject({ ok: false, error });
    expect(await revokeApiTokenAction(undefined, form({ org: a.slug, id: existing.id }))).toMatchObject({ ok: false, error });
    expect(await snapshot(a)).toEqual(before);
    expect(await authenticateToken(existing.token)).not.toBeNull();
  });

  it("B's owner cannot revoke A's token through B's own slug either", async () => {
    as(b.ownerId);
    expect(await revokeApiTokenAction(undefined, form({ org: b.slug, id: existing.id }))).toMatchObject({
      ok: false,
      error: "errors.notFound",
    });
    expect(await authenticateToken(existing.token)).not.toBeNull();
  });
});

describe("owners and managers manage tokens", () => {
  it("a manager creates a token in their own name", async () => {
    as(a.managerId);
    const result = await createApiTokenAction(undefined, form({ org: a.slug, name: "  Nettbutikken  " }));
    expect(result).toMatchObject({ ok: true, data: { token: expect.stringMatching(/^mb_[\w-]{43}$/) as unknown } });
    const data = result?.ok ? result.data : null;
    const auth = await authenticateToken(data!.token);
    expect(auth).toMatchObject({ orgId: a.org.id, tokenId: data!.id, userId: a.managerId });
    const [row] = await getDb().select().from(apiTokens).where(eq(apiTokens.id, data!.id));
    expect(row).toMatchObject({ name: "Nettbutikken", createdBy: a.managerId });
  });

  it("shows a bad name next to the field and writes nothing", async () => {
    as(a.ownerId);
    const before = await snapshot(a);
    expect(await createApiTokenAction(undefined, form({ org: a.slug, name: "   " }))).toMatchObject({
      ok: false,
      error: "errors.validation",
      fieldErrors: { name: ["validation.required"] },
    });
    expect(await createApiTokenAction(undefined, form({ org: a.slug, name: "x".repeat(81) }))).toMatchObject({
      fieldErrors: { name: ["validation.tooLong"] },
    });
    expect(await revokeApiTokenAction(undefined, form({ org: a.slug, id: "not-a-uuid" }))).toMatchObject({
      ok: false,
      error: "errors.validation",
    });
    expect(await snapshot(a)).toEqual(before);
  });

  it("an owner revokes a token, which stops working at once", async () => {
    as(a.ownerId);
    expect(await revokeApiTokenAction(undefined, form({ org: a.slug, id: existing.id }))).toEqual({ ok: true, data: undefined });
    expect(await authenticateToken(existing.token)).toBeNull();
    expect(await revokeApiTokenAction(undefined, form({ org: a.slug, id: existing.id }))).toMatchObject({
      ok: false,
      error: "errors.notFound",
    });
  });
});
