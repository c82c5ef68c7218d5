import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import nb from "@/messages/nb.json";
import { initialsOf } from "./menu-triggers";

/**
 * WCAG 2.5.3 Label in Name: a button's accessible name starts with the text
 * it shows, so a person who says what they see ("click Kafé Universell",
 * "click KT") reaches it. The shell's two menu buttons show the
 * organization's name and the person's initials.
 */
describe.each([
  ["nb", nb, "Kafé Universell, bytt organisasjon", "KT, brukermeny for Kari Tilgjengelig"],
  ["en", en, "Kafé Universell, switch organization", "KT, user menu for Kari Tilgjengelig"],
] as const)("the shell's menu buttons in %s", (locale, messages, orgLabel, userLabel) => {
  const t = createTranslator({ locale, messages, namespace: "shell" });
  const name = "Kari Tilgjengelig";

  it("name the organization switcher by the organization it shows, first", () => {
    expect(t("switchOrg", { org: "Kafé Universell" })).toBe(orgLabel);
  });

  it("name the user menu by the initials it shows, first", () => {
    expect(initialsOf(name)).toBe("KT");
    expect(t("userMenu", { initials: initialsOf(name), name })).toBe(userLabel);
  });
});
