import { describe, expect, it } from "vitest";
import { AUDIT_KINDS, kindOf, kindPrefixes } from "./audit-kinds";

describe("audit kinds", () => {
  it.each([
    ["auth.login", "security"],
    ["auth.login_failed", "security"],
    ["invitation.accepted", "security"],
    ["member.role_changed", "security"],
    ["api_token.revoked", "security"],
    ["goal.updated", "goals"],
    ["objective.created", "goals"],
    ["confidence.recorded", "goals"],
    ["chart_note.deleted", "goals"],
    ["measurements.imported", "measurements"],
    ["measurements.corrected", "measurements"],
    ["review.note_added", "meetings"],
    ["review.closed", "meetings"],
  ])("%s is %s", (action, kind) => {
    expect(kindOf(action)).toBe(kind);
  });

  it("an action that only looks like a prefix belongs to no kind", () => {
    expect(kindOf("goals")).toBeNull();
    expect(kindOf("reviewer.x")).toBeNull();
  });

  it('no prefix belongs to two kinds, and every prefix ends with a dot ("goal." never matches "goals.")', () => {
    const all = AUDIT_KINDS.flatMap((k) => kindPrefixes(k));
    expect(new Set(all).size).toBe(all.length);
    expect(all.every((p) => p.endsWith("."))).toBe(true);
  });
});
