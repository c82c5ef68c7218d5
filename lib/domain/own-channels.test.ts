import { describe, expect, it } from "vitest";
import {
  MAX_OWN_METRICS,
  nameKey,
  nameTaken,
  ownChannelKey,
  ownMetricKey,
  ownMetricsProblems,
  ownNameProblem,
  cleanName,
  type OwnMetricInput,
} from "./own-channels";

describe("ownNameProblem", () => {
  it.each([
    ["TikTok", null],
    ["  Finn.no  ", null],
    ["Fædrelandsvennen", null],
    ["7", null],
    ["", "validation.required"],
    ["   ", "validation.required"],
    ["a".repeat(60), null],
    ["a".repeat(61), "validation.tooLong"],
    // Sixty letters with spaces around them are sixty letters.
    [`  ${"a".repeat(60)}  `, null],
    ["---", "ownChannels.errors.needsLetters"],
    ["🎉", "ownChannels.errors.needsLetters"],
    ["Tik\u0000Tok", "ownChannels.errors.badCharacters"],
    ["Tik\u0007Tok", "ownChannels.errors.badCharacters"],
    // A pasted tab or line break is a space, not an error.
    ["Tik\tTok", null],
  ])("%j → %s", (name, expected) => {
    expect(ownNameProblem(name)).toBe(expected);
  });
});

describe("cleanName and nameKey", () => {
  it.each([
    ["  Lokal   avis ", "Lokal avis", "lokal avis"],
    ["TikTok", "TikTok", "tiktok"],
    ["ØSTLANDETS BLAD", "ØSTLANDETS BLAD", "østlandets blad"],
  ])("%j is stored as %j and compared as %j", (name, stored, key) => {
    expect(cleanName(name)).toBe(stored);
    expect(nameKey(name)).toBe(key);
  });
});

describe("nameTaken", () => {
  const channels = [
    { id: "fb", nameNb: "Facebook", nameEn: "Facebook" },
    { id: "mail", nameNb: "E-postmarkedsføring", nameEn: "E-mail marketing" },
    { id: "own", nameNb: "TikTok", nameEn: "TikTok" },
  ];
  it.each([
    ["facebook", undefined, true],
    // The catalogue's English name counts for a team writing in Norwegian, and the other way round.
    ["e-mail MARKETING", undefined, true],
    ["e-postmarkedsføring", undefined, true],
    [" tiktok ", undefined, true],
    ["Tik Tok", undefined, false],
    ["Snapchat", undefined, false],
    // Renaming a channel to its own name in other letters is no clash.
    ["TIKTOK", "own", false],
    ["Facebook", "own", true],
  ])("%j (renaming %s) → %s", (name, exceptId, expected) => {
    expect(nameTaken(name, channels, exceptId)).toBe(expected);
  });
});

describe("keys", () => {
  it.each([
    ["Følgere", "custom_folgere"],
    ["Visninger per video", "custom_visninger_per_video"],
  ])("metric %j → %s", (name, key) => {
    expect(ownMetricKey(name)).toBe(key);
  });
  it.each([
    ["TikTok", [], "own_tiktok"],
    ["TikTok", ["own_tiktok"], "own_tiktok_2"],
    ["Tik-tok!", ["own_tik_tok", "own_tik_tok_2"], "own_tik_tok_3"],
  ])("channel %j with %j taken → %s", (name, taken, key) => {
    expect(ownChannelKey(name, new Set(taken))).toBe(key);
  });
});

describe("ownMetricsProblems", () => {
  const m = (over: Partial<OwnMetricInput> = {}): OwnMetricInput => ({
    name: "Følgere",
    type: "countLevel",
    direction: "increase",
    benchmarkPct: null,
    ...over,
  });
  it.each<[string, OwnMetricInput[], Record<string, string[]>]>([
    ["one good metric", [m()], {}],
    ["two good metrics with a benchmark", [m(), m({ name: "Visninger", type: "countTotal", benchmarkPct: 25 })], {}],
    ["none", [], { metrics: ["ownChannels.errors.noMetrics"] }],
    ["an empty name", [m({ name: " " })], { "metrics.0.name": ["validation.required"] }],
    ["the same name twice, other case", [m(), m({ name: "FØLGERE" })], { "metrics.1.name": ["ownChannels.errors.metricTwice"] }],
    ["names with the same key", [m({ name: "Likes" }), m({ name: "likes!" })], { "metrics.1.name": ["ownChannels.errors.metricTwice"] }],
    ["an unknown type", [m({ type: "bananas" as never })], { "metrics.0.type": ["validation.invalid"] }],
    ["an unknown direction", [m({ direction: "sideways" as never })], { "metrics.0.direction": ["validation.invalid"] }],
    ["the lowest benchmark", [m({ benchmarkPct: -100 })], {}],
    ["the highest benchmark", [m({ benchmarkPct: 1000 })], {}],
    ["a benchmark below -100 %", [m({ benchmarkPct: -100.01 })], { "metrics.0.benchmarkPct": ["ownChannels.errors.benchmarkRange"] }],
    ["a benchmark above 1000 %", [m({ benchmarkPct: 1000.5 })], { "metrics.0.benchmarkPct": ["ownChannels.errors.benchmarkRange"] }],
    ["a benchmark that is not a number", [m({ benchmarkPct: Number.NaN })], { "metrics.0.benchmarkPct": ["validation.number"] }],
  ])("%s", (_, items, expected) => {
    expect(ownMetricsProblems(items)).toEqual(expected);
  });

  it("refuses more than the limit, and judges only the first ones", () => {
    const many = Array.from({ length: MAX_OWN_METRICS + 1 }, (_, i) => m({ name: `Tall ${i + 1}` }));
    expect(ownMetricsProblems(many)).toEqual({ metrics: ["ownChannels.errors.tooManyMetrics"] });
    expect(ownMetricsProblems(many.slice(0, MAX_OWN_METRICS))).toEqual({});
  });
});
