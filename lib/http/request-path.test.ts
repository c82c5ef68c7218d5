import { describe, expect, it } from "vitest";
import { orgSlugOf } from "./request-path";

describe("orgSlugOf", () => {
  it.each([
    ["/bakeriet/audit", "bakeriet"],
    ["/bakeriet", "bakeriet"],
    ["/bakeriet/goals/3f1c/edit", "bakeriet"],
    ["/kafe-2/team", "kafe-2"],
    ["/", null],
    ["", null],
    [null, null],
    ["//evil.example/x", null],
    ["/Bakeriet/audit", null],
    ["/bakeriet%2F..%2Fx", null],
  ])("%s → %s", (path, slug) => expect(orgSlugOf(path)).toBe(slug));
});
