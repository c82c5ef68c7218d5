import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { BENCHMARK_SOURCE, BENCHMARK_SOURCE_INFERRED } from "@/lib/domain/benchmark-source";
import en from "@/messages/en.json";
import nb from "@/messages/nb.json";
import { benchmarkSourceText } from "./benchmark-source";

const tNb = createTranslator({ locale: "nb", messages: nb, namespace: "benchmarkSource" });
const tEn = createTranslator({ locale: "en", messages: en, namespace: "benchmarkSource" });

describe("benchmarkSourceText", () => {
  it.each([
    ["the standard table, in bokmål", BENCHMARK_SOURCE, tNb, "Standardtall fra Målbar", true],
    ["the standard table, in English", BENCHMARK_SOURCE, tEn, "Standard benchmark from Målbar", true],
    ["a figure whose channel the guide left out, in English", BENCHMARK_SOURCE_INFERRED, tEn, "Standard benchmark from Målbar", true],
    ["an organization's own source", "Egne tall fra 2025", tEn, "Egne tall fra 2025", false],
  ])("%s", (_name, source, t, short, standard) => {
    const text = benchmarkSourceText(source, t);
    expect(text.short).toBe(short);
    expect(text.standard).toBe(standard);
    if (standard) expect(text.full).toContain("Hva er effektive markedsføringsmål");
  });

  it("says in English where a figure without a channel name comes from, without the stored Norwegian note", () => {
    const { full } = benchmarkSourceText(BENCHMARK_SOURCE_INFERRED, tEn);
    expect(full).toContain("did not name the channel");
    expect(full).not.toContain("utledet");
  });

  it("cuts a long own source short, keeping it whole in full", () => {
    const source = "Tall fra bransjeforeningens rapport om lokale bakerier 2025, side 14";
    expect(benchmarkSourceText(source, tNb)).toEqual({ short: "Tall fra bransjeforeningens rapport om…", full: source, standard: false });
  });
});
