import { describe, expect, it } from "vitest";
import { can, type Permission, PERMISSIONS, ROLES } from "./permissions";

// Written out by hand from what each role does in Målbar, not derived
// from the table: a change to the table must change this test too.
const expected: Record<Permission, { owner: boolean; manager: boolean; member: boolean }> = {
  "org.view": { owner: true, manager: true, member: true },
  "goal.write": { owner: true, manager: true, member: false },
  "objective.write": { owner: true, manager: true, member: false },
  "measurement.record": { owner: true, manager: true, member: true },
  "measurement.export": { owner: true, manager: true, member: true },
  "apiToken.manage": { owner: true, manager: true, member: false },
  "apiToken.use": { owner: true, manager: true, member: false },
  "import.manage": { owner: true, manager: true, member: false },
  "benchmark.write": { owner: true, manager: true, member: false },
  "review.run": { owner: true, manager: true, member: false },
  "review.contribute": { owner: true, manager: true, member: true },
  "actionItem.completeAny": { owner: true, manager: true, member: false },
  "notification.manageOwn": { owner: true, manager: true, member: true },
  "team.manage": { owner: true, manager: false, member: false },
  "audit.read": { owner: true, manager: false, member: false },
};

describe("can", () => {
  const cases = Object.entries(expected).flatMap(([permission, roles]) =>
    ROLES.map((role) => [permission as Permission, role, roles[role]] as const),
  );
  it.each(cases)("%s for %s: %s", (permission, role, allowed) => {
    expect(can(role, permission)).toBe(allowed);
  });

  it("names every permission of the table in this test", () => {
    expect(Object.keys(PERMISSIONS).sort()).toEqual(Object.keys(expected).sort());
  });

  it("never gives a member what a manager lacks, nor a manager what an owner lacks", () => {
    for (const permission of Object.keys(PERMISSIONS) as Permission[]) {
      if (can("member", permission)) expect(can("manager", permission)).toBe(true);
      if (can("manager", permission)) expect(can("owner", permission)).toBe(true);
    }
  });
});
