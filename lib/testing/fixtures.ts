import { randomUUID } from "node:crypto";
import { getDb } from "@/db/client";
import { memberships, type Role } from "@/db/schema";
import { registerAccount } from "@/lib/data/accounts";
import { insertUser } from "@/lib/data/users";

/** A unique suffix, so test files sharing one PostgreSQL database never collide. */
export function unique(prefix: string): string {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}

export const TEST_PASSWORD = "bryllupskake-2026";

/** An organization with an owner, a manager and a member, made through the real sign-up path. */
export async function makeTeam(name = unique("Testbakeriet")) {
  const ownerEmail = `${unique("eier")}@test.no`;
  const { userId: ownerId, slug } = await registerAccount({
    name: "Eier Test",
    email: ownerEmail,
    password: TEST_PASSWORD,
    locale: "nb",
    organizationName: name,
  });
  const [org] = await getDb().query.organizations.findMany({ where: (o, { eq }) => eq(o.slug, slug) });
  const add = async (role: Role) => {
    const user = await insertUser(getDb(), { email: `${unique(role)}@test.no`, name: `${role} test`, passwordHash: null });
    await getDb().insert(memberships).values({ orgId: org!.id, userId: user.id, role });
    return user;
  };
  const manager = await add("manager");
  const member = await add("member");
  return { org: org!, slug, ownerId, ownerEmail, managerId: manager.id, memberId: member.id };
}

/** FormData from a plain object, as a browser form would post it. */
export function form(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) data.append(k, v);
  return data;
}
