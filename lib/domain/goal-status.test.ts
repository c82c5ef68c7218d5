import { describe, expect, it } from "vitest";
import { canTransition, needsReason, needsSmartCheck, nextStatuses } from "./goal-status";
import type { GoalStatus } from "./goal-types";

const STATUSES: GoalStatus[] = ["draft", "active", "achieved", "missed", "archived"];

// Written out by hand, one line per status, so that a change to the table must change this too.
const ALLOWED = new Set([
  "draft → active",
  "draft → archived",
  "active → achieved",
  "active → missed",
  "active → archived",
  "achieved → archived",
  "achieved → draft",
  "missed → archived",
  "missed → draft",
  "archived → draft",
]);

const everyPair = STATUSES.flatMap((from) => STATUSES.map((to) => [from, to, ALLOWED.has(`${from} → ${to}`)] as const));

describe("canTransition", () => {
  it("is asked about all 25 pairs", () => {
    expect(everyPair).toHaveLength(25);
    expect(everyPair.filter(([, , allowed]) => allowed)).toHaveLength(ALLOWED.size);
  });

  it.each(everyPair)("%s → %s: %s", (from, to, allowed) => {
    expect(canTransition(from, to)).toBe(allowed);
  });

  it.each([
    ["a never-checked draft straight to achieved", "draft", "achieved"],
    ["an archived goal back to achieved", "archived", "achieved"],
    ["an archived goal straight back to active", "archived", "active"],
    ["an active goal back to draft", "active", "draft"],
    ["achieved swapped for missed", "achieved", "missed"],
  ] as const)("refuses %s", (_name, from, to) => {
    expect(canTransition(from, to)).toBe(false);
  });
});

describe("nextStatuses", () => {
  it.each(STATUSES)("from %s lists exactly the allowed pairs", (from) => {
    expect([...nextStatuses(from)].sort()).toEqual(STATUSES.filter((to) => ALLOWED.has(`${from} → ${to}`)).sort());
  });
});

describe("needsSmartCheck", () => {
  it.each(STATUSES.map((to) => [to, to === "active"] as const))("to %s: %s", (to, expected) => {
    expect(needsSmartCheck(to)).toBe(expected);
  });
});

describe("needsReason", () => {
  it.each([
    ["draft", false],
    ["active", false],
    ["achieved", true],
    ["missed", true],
    ["archived", false],
  ] as const)("moving to %s: %s", (to, expected) => {
    expect(needsReason(to)).toBe(expected);
  });
});
