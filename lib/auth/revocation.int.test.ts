import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { changeRole, removeMember } from "@/lib/data/team";
import { form, makeTeam } from "@/test/fixtures";

// One session cookie, held still: the claims never change during the test, as
// a stolen or simply open browser's would not. Everything else is read from
// the database on each call by the real action and route wrappers.
const session = vi.hoisted(() => ({ claims: null as { uid: string; sv: number } | null }));
vi.mock("@/lib/auth/session", async () => (await import("@/test/session-rows")).claimsDouble(() => session.claims));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const { createApiTokenAction } = await import("@/app/[org]/measurements/api/actions");
const { GET: exportCsv } = await import("@/app/api/orgs/[org]/measurements/export/route");

type Team = Awaited<ReturnType<typeof makeTeam>>;
let team: Team;
beforeAll(async () => {
  team = await makeTeam();
});

const managerOnly = () => createApiTokenAction(undefined, form({ org: team.slug, name: "Nettbutikken" }));
const memberRoute = async () =>
  (
    await exportCsv(new Request(`http://localhost/api/orgs/${team.slug}/measurements/export`), {
      params: Promise.resolve({ org: team.slug }),
    })
  ).status;

describe("one unchanged session cookie of a manager", () => {
  it("loses the manager's powers at the next call after a demotion, a removal and a session revocation", async () => {
    session.claims = { uid: team.managerId, sv: 1 };
    const owner = { orgId: team.org.id, userId: team.ownerId, role: "owner" as const };
    expect(await managerOnly()).toMatchObject({ ok: true });
    expect(await memberRoute()).toBe(200);

    await changeRole(owner, team.managerId, "member");
    expect(await managerOnly()).toMatchObject({ ok: false, error: "errors.forbidden" });
    expect(await memberRoute()).toBe(200);

    await changeRole(owner, team.managerId, "manager");
    expect(await managerOnly()).toMatchObject({ ok: true });

    await removeMember(owner, team.managerId);
    expect(await managerOnly()).toMatchObject({ ok: false, error: "errors.notFound" });
    expect(await memberRoute()).toBe(404);

    // The owner's own cookie, after their session version moved on (a password change elsewhere).
    session.claims = { uid: team.ownerId, sv: 1 };
    expect(await memberRoute()).toBe(200);
    await getDb()
      .update(users)
      .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, team.ownerId));
    expect(await memberRoute()).toBe(401);
    expect(await createApiTokenAction(undefined, form({ org: team.slug, name: "Etter" }))).toMatchObject({
      ok: false,
      error: "errors.unauthenticated",
    });
  });
});
