import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import nb from "@/messages/nb.json";

/**
 * Words a bakery owner would not use, which once were in the interface:
 * the specification's names for the guide Målbar builds on, its notes on
 * how the benchmark table was read, and numbered pitfalls. A figure names
 * who found it ("HubSpot, via the guide …") or says it is Målbar's standard
 * benchmark; a pitfall is called by its name.
 */
const BANNED: [RegExp, string][] = [
  [/kildeartikkel/i, "«kildeartikkelen»: name the guide, or say «standardtall fra Målbar»"],
  [/source article/i, "“the source article”: name the guide, or say “standard benchmark from Målbar”"],
  [/\butledet\b/i, "«utledet»: say what was done, in plain words"],
  [/\binferred\b/i, "“inferred”: say what was done, in plain words"],
  [/kanalnavnet er utledet|det manglet i tabellen/i, "the benchmark table's reading note"],
  [/sitert i\b/i, "«sitert i …»: name who found the figure and the guide it comes through"],
  [/\bcited in\b/i, "“cited in …”: name who found the figure and the guide it comes through"],
  [/fallgruve\s*(\{|\d)/i, "«Fallgruve 5/10»: call the pitfall by its name"],
  [/pitfall\s*(\{|\d)/i, "“Pitfall 5/10”: call the pitfall by its name"],
  [/SMART-kriteri|SMART criteri/i, "«SMART-kriterium»: say which letter and what it checks"],
  [/spesifikasjon|specification/i, "specification language"],
];

function strings(messages: unknown, path = ""): [string, string][] {
  if (typeof messages === "string") return [[path, messages]];
  if (!messages || typeof messages !== "object") return [];
  return Object.entries(messages).flatMap(([key, value]) => strings(value, path ? `${path}.${key}` : key));
}

describe.each([
  ["nb", nb],
  ["en", en],
])("plain words in %s.json", (_locale, messages) => {
  it.each(BANNED.map(([pattern, why]) => [why, pattern] as const))("has no %s", (_why, pattern) => {
    const found = strings(messages).filter(([, text]) => pattern.test(text));
    expect(found).toEqual([]);
  });

  it("can still be read: the check sees the catalog's strings", () => {
    expect(strings(messages).length).toBeGreaterThan(500);
    expect(strings(messages).some(([key]) => key === "benchmarkSource.short")).toBe(true);
  });
});
