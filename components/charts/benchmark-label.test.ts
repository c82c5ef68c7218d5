import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import nb from "@/messages/nb.json";

// The goal chart's benchmark line goes the goal's way (lib/domain/goal-paths.ts benchmarkPath);
// its legend and note say which way, from the chart data's direction.
const tNb = createTranslator({ locale: "nb", messages: nb, namespace: "charts" });
const tEn = createTranslator({ locale: "en", messages: en, namespace: "charts" });

describe("the goal chart's benchmark label", () => {
  it.each([
    [tEn, "increase", "Benchmark pace (up 15% per 6 months)"],
    [tEn, "decrease", "Benchmark pace (down 15% per 6 months)"],
    [tNb, "increase", "Referansetempo (opp 15 % per 6 mnd)"],
    [tNb, "decrease", "Referansetempo (ned 15 % per 6 mnd)"],
  ] as const)("%#: %s", (t, direction, label) => {
    expect(t("series.benchmark", { uplift: t === tNb ? "15 %" : "15%", direction })).toBe(label);
  });

  it.each([
    [tEn, "decrease", "The benchmark pace is a fall of 10% per 6 months. Source: Standard benchmark from Målbar."],
    [tNb, "decrease", "Referansetempoet er en nedgang på 10 % per 6 måneder. Kilde: Standardtall fra Målbar."],
    [tNb, "increase", "Referansetempoet er en økning på 10 % per 6 måneder. Kilde: Standardtall fra Målbar."],
  ] as const)("note %#: %s", (t, direction, note) => {
    const source = t === tNb ? "Standardtall fra Målbar" : "Standard benchmark from Målbar";
    expect(t("benchmarkNote", { uplift: t === tNb ? "10 %" : "10%", direction, source })).toBe(note);
  });
});
