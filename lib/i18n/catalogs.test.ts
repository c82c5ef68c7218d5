import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import nb from "@/messages/nb.json";

function keys(obj: Record<string, unknown>, prefix = ""): string[] {
  return Object.entries(obj).flatMap(([k, v]) =>
    v && typeof v === "object" ? keys(v as Record<string, unknown>, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}

function leaves(obj: Record<string, unknown>): string[] {
  return Object.values(obj).flatMap((v) => (v && typeof v === "object" ? leaves(v as Record<string, unknown>) : [String(v)]));
}

describe("message catalogs", () => {
  it("bokmål and English have exactly the same keys", () => {
    const a = new Set(keys(nb));
    const b = new Set(keys(en));
    expect([...a].filter((k) => !b.has(k))).toEqual([]);
    expect([...b].filter((k) => !a.has(k))).toEqual([]);
  });

  it("no message is empty", () => {
    expect(leaves(nb).filter((s) => !s.trim())).toEqual([]);
    expect(leaves(en).filter((s) => !s.trim())).toEqual([]);
  });

  it("placeholders match between the languages", () => {
    const placeholders = (s: string) =>
      [...s.matchAll(/(?<!(?:=\d+|\b(?:zero|one|two|few|many|other))\s?)\{(\w+)\s*[,}]/g)].map((m) => m[1]).sort();
    const nbFlat = Object.fromEntries(
      keys(nb).map((k) => [k, k.split(".").reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], nb)]),
    );
    for (const key of keys(en)) {
      const enValue = key.split(".").reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], en);
      expect(placeholders(String(nbFlat[key])), key).toEqual(placeholders(String(enValue)));
    }
  });
});
