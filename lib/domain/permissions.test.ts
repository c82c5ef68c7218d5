import { describe, expect, it } from "vitest";
import {
  can,
  MONEY_VISIBILITIES,
  permissionsOf,
  refusedAsMissing,
  type MoneyVisibility,
  type Permission,
  PERMISSIONS,
  ROLES,
} from "./permissions";

// Written out by hand from what each role does in Målbar, not derived
// from the table: a change to the table must change this test too.
const expected: Record<Permission, { owner: boolean; manager: boolean; member: boolean }> = {
  "org.view": { owner: true, manager: true, member: true },
  "goal.write": { owner: true, manager: true, member: false },
  "objective.write": { owner: true, manager: true, member: false },
  "measurement.record": { owner: true, manager: true, member: true },
  "measurement.correctAny": { owner: true, manager: true, member: false },
  "measurement.export": { owner: true, manager: true, member: true },
  "apiToken.manage": { owner: true, manager: true, member: false },
  "apiToken.use": { owner: true, manager: true, member: false },
  "import.manage": { owner: true, manager: true, member: false },
  "benchmark.write": { owner: true, manager: true, member: false },
  "channel.manage": { owner: true, manager: true, member: false },
  "review.run": { owner: true, manager: true, member: false },
  "review.contribute": { owner: true, manager: true, member: true },
  "actionItem.completeAny": { owner: true, manager: true, member: false },
  "confidence.record": { owner: true, manager: true, member: true },
  "confidence.recordAny": { owner: true, manager: true, member: false },
  "chartNote.write": { owner: true, manager: true, member: true },
  "chartNote.editAny": { owner: true, manager: true, member: false },
  "notification.manageOwn": { owner: true, manager: true, member: true },
  "team.manage": { owner: true, manager: false, member: false },
  "org.export": { owner: true, manager: false, member: false },
  "org.delete": { owner: true, manager: false, member: false },
  "audit.read": { owner: true, manager: false, member: false },
  "reminders.status": { owner: true, manager: false, member: false },
  "money.view": { owner: true, manager: true, member: false },
  "money.manage": { owner: true, manager: true, member: false },
  "money.visibility": { owner: true, manager: false, member: false },
};

/** Money per the owners' choice (organizations.money_visibility); the table above is the default, "managers". */
const money: Record<MoneyVisibility, Record<"money.view" | "money.manage", { owner: boolean; manager: boolean; member: boolean }>> = {
  owners: { "money.view": { owner: true, manager: false, member: false }, "money.manage": { owner: true, manager: false, member: false } },
  managers: { "money.view": { owner: true, manager: true, member: false }, "money.manage": { owner: true, manager: true, member: false } },
  everyone: { "money.view": { owner: true, manager: true, member: true }, "money.manage": { owner: true, manager: true, member: false } },
};
const byDefault = { moneyVisibility: "managers" } as const;

describe("can", () => {
  const cases = Object.entries(expected).flatMap(([permission, roles]) =>
    ROLES.map((role) => [permission as Permission, role, roles[role]] as const),
  );
  it.each(cases)("%s for %s: %s", (permission, role, allowed) => {
    expect(can(role, permission, byDefault)).toBe(allowed);
  });

  const moneyCases = MONEY_VISIBILITIES.flatMap((visibility) =>
    (["money.view", "money.manage"] as const).flatMap((permission) =>
      ROLES.map((role) => [visibility, permission, role, money[visibility][permission][role]] as const),
    ),
  );
  it.each(moneyCases)("money seen by %s: %s for %s: %s", (visibility, permission, role, allowed) => {
    expect(can(role, permission, { moneyVisibility: visibility })).toBe(allowed);
  });

  it("refuses a policy permission asked without the organization", () => {
    const ask = can as (role: string, permission: string) => boolean;
    for (const role of ROLES) expect(ask(role, "money.view")).toBe(false);
  });

  it("names every permission of the table in this test", () => {
    expect(Object.keys(PERMISSIONS).sort()).toEqual(Object.keys(expected).sort());
  });

  it("never gives a member what a manager lacks, nor a manager what an owner lacks", () => {
    for (const moneyVisibility of MONEY_VISIBILITIES) {
      const org = { moneyVisibility };
      for (const permission of Object.keys(PERMISSIONS) as Permission[]) {
        if (can("member", permission, org)) expect(can("manager", permission, org)).toBe(true);
        if (can("manager", permission, org)) expect(can("owner", permission, org)).toBe(true);
      }
    }
  });

  it.each([
    ["member", "money.manage", "managers", true],
    ["member", "money.visibility", "managers", true],
    ["manager", "money.visibility", "managers", false],
    ["manager", "money.manage", "owners", true],
    ["member", "money.manage", "everyone", false],
    ["member", "team.manage", "owners", false],
  ] as const)("a %s refused %s where %s see money: as missing %s", (role, permission, moneyVisibility, missing) => {
    expect(refusedAsMissing(role, permission, { moneyVisibility })).toBe(missing);
  });
});

describe("permissionsOf", () => {
  it.each([
    [
      "member",
      "managers",
      [
        "org.view",
        "measurement.record",
        "measurement.export",
        "review.contribute",
        "confidence.record",
        "chartNote.write",
        "notification.manageOwn",
      ],
    ],
    [
      "member",
      "everyone",
      [
        "org.view",
        "measurement.record",
        "measurement.export",
        "review.contribute",
        "confidence.record",
        "chartNote.write",
        "notification.manageOwn",
        "money.view",
      ],
    ],
    ["manager", "owners", ["org.view", "goal.write", "objective.write", "measurement.record", "measurement.correctAny", "import.manage"]],
  ] as const)("a %s where %s see money", (role, moneyVisibility, expected) => {
    const got = permissionsOf(role, { moneyVisibility });
    if (role === "manager") {
      // The first six of the manager's, and no money at all where only owners see it.
      expect(got.slice(0, 6)).toEqual(expected);
      expect(got.filter((p) => p.startsWith("money."))).toEqual([]);
      expect(got).not.toContain("team.manage");
    } else expect(got).toEqual(expected);
  });

  it("gives an owner every permission", () => {
    expect(permissionsOf("owner", byDefault)).toEqual(Object.keys(PERMISSIONS));
  });
});
