import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import type { GoalDraft, Point } from "./goal-types";
import enAll from "@/messages/en.json";
import nbAll from "@/messages/nb.json";
import { findPitfalls, type PitfallGoal } from "./pitfalls";
import { realismVerdict, type RealismInput, type RealismVerdict } from "./realism";
import { realismParts } from "./realism-text";
import { formChecks, smartChecks } from "./smart";
import { GOAL_TEMPLATES } from "./templates";

type Messages = Record<string, unknown>;

// The domain's own messages live in the app catalogs under these top-level keys.
const DOMAIN_KEYS = ["smart", "realism", "pitfalls", "templates"] as const;
const domainPart = (all: Messages): Messages => Object.fromEntries(DOMAIN_KEYS.map((k) => [k, all[k]]));
const nb = domainPart(nbAll);
const en = domainPart(enAll);

function keys(obj: Messages, prefix = ""): string[] {
  return Object.entries(obj).flatMap(([k, v]) => (v && typeof v === "object" ? keys(v as Messages, `${prefix}${k}.`) : [`${prefix}${k}`]));
}
function lookup(obj: Messages, key: string): unknown {
  return key.split(".").reduce<unknown>((o, part) => (o && typeof o === "object" ? (o as Messages)[part] : undefined), obj);
}
// The same placeholder rule as lib/i18n/catalogs.test.ts, which these files must pass once merged.
const placeholders = (s: string) => [...s.matchAll(/(?<!(?:=\d+|zero|one|two|few|many|other)\s?)\{(\w+)\s*[,}]/g)].map((m) => m[1]).sort();

/** Every key the domain functions return, with the values they return it with. */
type Use = { key: string; values: Record<string, string | number> };
const uses: Use[] = [];

// SMART: the bakery and every way of failing each letter.
const bakery: GoalDraft = {
  title: "Flere bestillinger av bryllupskaker",
  channelId: "ch",
  metricId: "m",
  unit: "count",
  direction: "increase",
  baselineValue: 20,
  targetValue: 26,
  startDate: "2026-01-01",
  deadline: "2026-07-01",
  objectiveId: "obj",
};
const realismOf = (change: Partial<RealismInput>): RealismVerdict =>
  realismVerdict({
    kind: "total",
    direction: "increase",
    baseline: 20,
    target: 26,
    startDate: "2026-01-01",
    deadline: "2026-07-01",
    benchmark: { upliftPct: 15, source: "s" },
    history: [],
    ...change,
  });
const bench = (upliftPct: number) => ({ upliftPct, source: "s" });
const steady: Point[] = [
  { date: "2025-10-03", value: 1465 },
  { date: "2025-11-02", value: 1585 },
  { date: "2025-12-02", value: 1705 },
  { date: "2026-01-01", value: 1825 },
];
const falling: Point[] = steady.map((p) => ({ ...p, value: 3000 - p.value }));
const verdicts: RealismVerdict[] = [
  realismOf({}),
  realismOf({ benchmark: bench(30) }),
  realismOf({ benchmark: bench(10) }),
  realismOf({ target: 40, benchmark: bench(8) }),
  realismOf({ target: 40, benchmark: null, history: falling }),
  realismOf({ target: 23, benchmark: null, history: falling }),
  realismOf({ baseline: 1825, target: 2372.5, benchmark: bench(10), history: steady }),
  realismOf({ baseline: 1825, target: 3100, benchmark: bench(10), history: steady }),
  realismOf({ baseline: 1825, target: 5000, benchmark: bench(10), history: steady }),
  realismOf({ baseline: 1825, target: 1900, benchmark: bench(10), history: steady }),
  realismOf({ kind: "level", direction: "decrease", baseline: 20, target: 17 }),
  realismOf({ target: 22, benchmark: null, history: [18, 18, 18, 18].map((value, i) => ({ date: steady[i]!.date, value })) }),
  realismOf({ target: 60, benchmark: bench(20) }),
  realismOf({ target: null }),
  realismOf({ target: 18 }),
  realismOf({ benchmark: null }),
  // Last year's January → July (10 → 15) is the team's own reference: "the same 6 months last year".
  realismOf({
    baseline: 10,
    target: 13,
    history: [9, 10, 11, 15, 15].map((value, i) => ({
      date: ["2024-12-25", "2025-01-01", "2025-01-08", "2025-06-24", "2025-07-01"][i]!,
      value,
    })),
  }),
];
for (const v of verdicts) {
  const { comparison, verdict } = realismParts(v);
  // The UI formats the change ("+14 %") and names the metric.
  for (const p of [...comparison, verdict]) uses.push({ key: p.key, values: { ...p.values, change: "+14 %", metric: "følgere" } });
}

const drafts: Partial<GoalDraft>[] = [
  {},
  { title: "" },
  { channelId: null },
  { metricId: null },
  { direction: null },
  { baselineValue: null },
  { targetValue: null },
  { unit: null },
  { unit: "percent", targetValue: 120 },
  { targetValue: 20 },
  { targetValue: 18 },
  { direction: "decrease" },
  { objectiveId: null },
  { startDate: null },
  { deadline: null },
  { deadline: "2025-12-01" },
  // An empty form: every letter not yet checked (formChecks).
  { title: "", channelId: null, metricId: null, baselineValue: null, targetValue: null, objectiveId: null, deadline: null },
];
for (const realism of [...verdicts, null]) {
  for (const change of drafts) {
    for (const today of ["2026-01-01", "2026-08-01"]) {
      const goal = { ...bakery, ...change };
      const checks = smartChecks(goal, { today, isNew: true, realism });
      for (const c of [...checks, ...formChecks(checks, goal)]) uses.push({ key: c.messageKey, values: c.values ?? {} });
    }
  }
}

// Pitfalls: a team with every one of the ten, and one with too many goals for the team as a whole.
const g = (id: string, change: Partial<PitfallGoal> = {}): PitfallGoal => ({
  id,
  title: id,
  status: "active",
  ownerId: "kari",
  channelId: "facebook",
  metricId: "m",
  objectiveId: "obj",
  baselineValue: 20,
  targetValue: 26,
  direction: "increase",
  startDate: "2026-01-01",
  deadline: "2026-09-01",
  lastMeasuredOn: null,
  lastReviewedOn: null,
  createdAt: "2026-01-01T00:00:00.000Z",
  realism: "unrealistic",
  realismReason: null,
  forecastAtDeadline: 21,
  progress: 0,
  ...change,
});
const everything = [
  g("a", { channelId: "facebook", metricId: null, deadline: null, objectiveId: null }),
  g("b", { channelId: "instagram", ownerId: null }),
  g("c", { channelId: "email" }),
  g("d", { channelId: "youtube" }),
  g("e", { channelId: "google_ads" }),
];
const unowned = Array.from({ length: 4 }, (_, i) => g(`u${i}`, { ownerId: null }));
// Money without results, both ways: Facebook with spend and no leads, Google Ads at 10 times the others' cost per lead.
const money = (channelId: string, spend: number, results: number) => ({
  channelId,
  channelKey: channelId,
  channelNb: channelId,
  channelEn: channelId,
  resultKey: "leads",
  spend,
  results,
});
const channels = [money("facebook", 1_000, 0), money("google_ads", 10_000, 10), money("a", 100, 1), money("b", 100, 1)];
for (const input of [
  { today: "2026-06-01", goals: everything, memberCount: 3 },
  { today: "2026-06-01", goals: unowned, memberCount: 1 },
  { today: "2026-06-01", goals: [], memberCount: 1, channels },
]) {
  for (const p of findPitfalls(input)) {
    // The UI names a channel in the reader's language (components/goals/pitfall-fix.ts pitfallValues).
    const values = { ...(p.values ?? {}), ...(p.values?.channelNb ? { channel: p.values.channelNb } : {}) };
    uses.push({ key: p.messageKey, values });
    uses.push({ key: p.adviceKey, values });
  }
}
for (const t of GOAL_TEMPLATES) uses.push({ key: t.titleKey, values: {} }, { key: t.descriptionKey, values: {} });

/** A translator over one of the files, taking keys known only at run time. */
function translator(locale: "nb" | "en", onError?: (error: Error) => void) {
  const t = createTranslator({ locale, messages: locale === "nb" ? nb : en, onError });
  const untyped = t as unknown as (key: string, values: Record<string, string | number>) => string;
  return (key: string, values: Record<string, string | number> = {}): string => untyped(key, values);
}

// Keys for the UI to show beside the returned ones, not returned by any function.
const uiOnly = (key: string) => /^smart\.[SMART]\.label$|^realism\.moreThanTenfold$|^pitfalls\.\w+\.name$/.test(key);

describe("lib/domain message files", () => {
  it("the realism verdicts above cover every level", () => {
    expect(new Set(verdicts.map((v) => v.level))).toEqual(new Set(["unambitious", "typical", "ambitious", "unrealistic", "unknown"]));
  });

  it("bokmål and English have the same keys under smart, realism, pitfalls and templates", () => {
    expect(keys(nb)).toEqual(keys(en));
    expect(Object.keys(nb)).toEqual(["smart", "realism", "pitfalls", "templates"]);
  });

  it("no message is empty and placeholders match between the languages", () => {
    for (const key of keys(en)) {
      const [a, b] = [lookup(nb, key), lookup(en, key)];
      expect(typeof a === "string" && a.trim() !== "", key).toBe(true);
      expect(placeholders(String(a)), key).toEqual(placeholders(String(b)));
    }
  });

  it("has every key the functions return, and nothing they never return but the UI labels", () => {
    const returned = new Set(uses.map((u) => u.key));
    expect(returned.size).toBeGreaterThan(60);
    expect([...returned].filter((key) => typeof lookup(nb, key) !== "string")).toEqual([]);
    expect(keys(nb).filter((key) => !returned.has(key) && !uiOnly(key))).toEqual([]);
  });

  it.each(["nb", "en"] as const)("formats every returned key with its values in %s", (locale) => {
    const errors: string[] = [];
    const t = translator(locale, (e) => errors.push(e.message));
    const seen = new Set<string>();
    for (const { key, values } of uses) {
      const id = `${key} ${JSON.stringify(values)}`;
      if (seen.has(id)) continue;
      seen.add(id);
      const text = t(key, values);
      expect(text, id).not.toMatch(/[{}]/);
      expect(text, id).not.toBe(key);
    }
    expect(errors).toEqual([]);
  });

  it("reads as the product speaks", () => {
    const t = translator("nb");
    // The sentence, with the figures the UI formats (lib/format formatSignedShare).
    expect(t("realism.needs", { change: "+60 %", months: 6 })).toBe("Målet krever +60 % på 6 måneder");
    expect(t("realism.own", { change: "+14 %", months: 6 })).toBe("deres egne siste 6 måneder: +14 %");
    expect(t("realism.benchmark", { change: "+20 %", months: 6, metric: "følgere (Instagram)" })).toBe(
      "vanlig for følgere (Instagram): +20 % på 6 måneder",
    );
    expect(t("realism.needs", { change: "+25 %", months: 1 })).toBe("Målet krever +25 % på 1 måned");
    const tEn = translator("en");
    expect(tEn("pitfalls.noDeadline.title", { count: 1 })).toBe("1 goal has no deadline");
    expect(tEn("pitfalls.noDeadline.title", { count: 3 })).toBe("3 goals have no deadline");
    expect(t("smart.T.met", { months: 6 })).toBe("Målet har en frist og løper over 6 måneder.");
  });
});
