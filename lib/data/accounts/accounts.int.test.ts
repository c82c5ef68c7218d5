import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { auditEvents, memberships, organizations, users } from "@/db/schema/index";
import { verifyPassword } from "@/lib/auth/password";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { unique } from "@/test/fixtures";
import { registerAccount } from "./accounts";
import { createInvitation } from "@/lib/data/team";

describe("registerAccount", () => {
  it("creates the person, the organization and the owner membership together", async () => {
    const email = `${unique("kari")}@Bakeri.no`;
    const result = await registerAccount({
      name: "Kari",
      email,
      password: "bryllupskake-2026",
      locale: "nb",
      organizationName: "Bakeriet i Oslo",
    });
    expect(result.slug).toMatch(/^bakeriet-i-oslo(-\d+)?$/);
    const [user] = await getDb().select().from(users).where(eq(users.id, result.userId));
    expect(user!.email).toBe(email.toLowerCase());
    expect(user!.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(user!.passwordHash!, "bryllupskake-2026")).toBe(true);
    const rows = await getDb()
      .select({ role: memberships.role, name: organizations.name, currency: organizations.currency, cadence: organizations.reviewCadence })
      .from(memberships)
      .innerJoin(organizations, eq(organizations.id, memberships.orgId))
      .where(eq(memberships.userId, result.userId));
    expect(rows).toEqual([{ role: "owner", name: "Bakeriet i Oslo", currency: "NOK", cadence: "monthly" }]);
  });

  it("gives the second organization with the same name its own slug", async () => {
    const name = unique("Kafé Trondheim");
    const a = await registerAccount({
      name: "A",
      email: `${unique("a")}@t.no`,
      password: "bryllupskake-2026",
      locale: "nb",
      organizationName: name,
    });
    const b = await registerAccount({
      name: "B",
      email: `${unique("b")}@t.no`,
      password: "bryllupskake-2026",
      locale: "en",
      organizationName: name,
    });
    expect(b.slug).toBe(`${a.slug}-2`);
  });

  it("refuses a taken e-mail whatever its case, and writes nothing", async () => {
    const email = `${unique("ola")}@verksted.no`;
    await registerAccount({ name: "Ola", email, password: "bryllupskake-2026", locale: "nb", organizationName: "Verkstedet" });
    const before = await getDb().$count(organizations);
    await expect(
      registerAccount({
        name: "Ola 2",
        email: email.toUpperCase(),
        password: "bryllupskake-2026",
        locale: "nb",
        organizationName: "Verkstedet 2",
      }),
    ).rejects.toBeInstanceOf(ConflictError);
    expect(await getDb().$count(organizations)).toBe(before);
  });

  it("leaves no orphan person behind when joining through an invalid invitation fails", async () => {
    const email = `${unique("orphan")}@t.no`;
    await expect(
      registerAccount({ name: "Orphan", email, password: "bryllupskake-2026", locale: "nb", inviteToken: "no-such-token" }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(await getDb().$count(users, eq(users.email, email))).toBe(0);
  });

  it("joins the invited organization with the invitation's role, once", async () => {
    const owner = await registerAccount({
      name: "Eier",
      email: `${unique("eier")}@t.no`,
      password: "bryllupskake-2026",
      locale: "nb",
      organizationName: unique("Salong"),
    });
    const [membership] = await getDb().select().from(memberships).where(eq(memberships.userId, owner.userId));
    const ctx = { orgId: membership!.orgId, userId: owner.userId, role: "owner" as const };
    const { token } = await createInvitation(ctx, { role: "manager", days: 7 });
    const joined = await registerAccount({
      name: "Leder",
      email: `${unique("leder")}@t.no`,
      password: "bryllupskake-2026",
      locale: "nb",
      inviteToken: token,
    });
    expect(joined.slug).toBe(owner.slug);
    const [role] = await getDb().select({ role: memberships.role }).from(memberships).where(eq(memberships.userId, joined.userId));
    expect(role!.role).toBe("manager");
    expect(await getDb().$count(auditEvents, eq(auditEvents.orgId, ctx.orgId))).toBeGreaterThanOrEqual(3);
    await expect(
      registerAccount({
        name: "Second",
        email: `${unique("second")}@t.no`,
        password: "bryllupskake-2026",
        locale: "nb",
        inviteToken: token,
      }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});
