import { describe, expect, it } from "vitest";
import { PERMISSIONS } from "@/lib/domain/permissions";
import en from "@/messages/en.json";
import nb from "@/messages/nb.json";

/**
 * The role-change dialog says what a role may do by listing its permissions
 * in words (messages "permissions.<name>"): every permission of the one table
 * must have them in both languages, so the words cannot fall behind the rules.
 */
function wordsFor(catalog: Record<string, unknown>, permission: string): unknown {
  return permission.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], catalog.permissions);
}

describe.each([
  ["nb", nb],
  ["en", en],
] as const)("permission words in %s", (_locale, catalog) => {
  it.each(Object.keys(PERMISSIONS))("%s", (permission) => {
    const words = wordsFor(catalog, permission);
    expect(typeof words).toBe("string");
    expect((words as string).length).toBeGreaterThan(5);
  });
});
