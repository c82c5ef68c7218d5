import { DIRECTIONS, type Direction, type Unit } from "./goal-types";
import type { MetricKind } from "./series";
import { slugify } from "./slug";

/**
 * An organization's own channel (TikTok, Finn.no, the local paper): one name
 * as the team typed it, one or more metrics, each with what kind of number it
 * is, which way is better and, if the team has one, a benchmark.
 */

/** A channel's or a metric's name: long enough for "Avisannonser i Fædrelandsvennen". */
export const MAX_OWN_NAME = 60;
/** A channel with more metrics than this is several channels. */
export const MAX_OWN_METRICS = 10;
/** The benchmark's bounds, the same as the benchmarks page's (lib/data/benchmarks). */
const OWN_BENCHMARK_MIN = -100;
const OWN_BENCHMARK_MAX = 1000;

/**
 * What kind of number a metric is, as a person chooses it: each is a unit and
 * a kind (lib/domain/series.ts) that belong together. A share is never a
 * total (shares are not added up), and a count of followers is a level while
 * a count of views is a total.
 */
export const OWN_METRIC_TYPES = {
  countTotal: { unit: "count", kind: "total" },
  countLevel: { unit: "count", kind: "level" },
  share: { unit: "percent", kind: "rate" },
  moneyTotal: { unit: "nok", kind: "total" },
  moneyPer: { unit: "nok", kind: "rate" },
  average: { unit: "ratio", kind: "level" },
} as const satisfies Record<string, { unit: Unit; kind: MetricKind }>;
export type OwnMetricType = keyof typeof OWN_METRIC_TYPES;
export const OWN_METRIC_TYPE_KEYS = Object.keys(OWN_METRIC_TYPES) as OwnMetricType[];

export type OwnMetricInput = { name: string; type: OwnMetricType; direction: Direction; benchmarkPct: number | null };

/** The same name to a person: case, surrounding and repeated spaces do not make a new one. */
export function nameKey(name: string): string {
  return name.normalize("NFC").trim().replace(/\s+/g, " ").toLocaleLowerCase("nb");
}

/** Why a name cannot be used, as a message key; null when it can. */
export function ownNameProblem(name: string): string | null {
  const cleaned = name.normalize("NFC").trim().replace(/\s+/g, " ");
  if (!cleaned) return "validation.required";
  if (cleaned.length > MAX_OWN_NAME) return "validation.tooLong";
  // Control characters (a pasted tab, a null byte) have no place in a name shown everywhere.
  if (/\p{Cc}/u.test(name.replace(/[\t\n\r]/g, " "))) return "ownChannels.errors.badCharacters";
  if (!/[\p{L}\p{N}]/u.test(cleaned)) return "ownChannels.errors.needsLetters";
  return null;
}

/** The name as it is stored: trimmed, inner spaces single. */
export function cleanName(name: string): string {
  return name.normalize("NFC").trim().replace(/\s+/g, " ");
}

/**
 * Whether `name` is already a channel the organization sees: the catalogue's
 * in either language, or one of its own (archived ones too: restore it
 * instead). `exceptId` is the channel being renamed.
 */
export function nameTaken(name: string, channels: readonly { id: string; nameNb: string; nameEn: string }[], exceptId?: string): boolean {
  const key = nameKey(name);
  return channels.some((c) => c.id !== exceptId && (nameKey(c.nameNb) === key || nameKey(c.nameEn) === key));
}

/** The stored key of an own metric: "custom_" and its name's slug, the same rule as a goal's own metric. */
export function ownMetricKey(name: string): string {
  return `custom_${slugify(name).replace(/-/g, "_")}`;
}

/** The key of an own channel: "own_" and its name's slug, made unique against the organization's keys. */
export function ownChannelKey(name: string, taken: ReadonlySet<string>): string {
  const base = `own_${slugify(name).replace(/-/g, "_")}`;
  if (!taken.has(base)) return base;
  for (let n = 2; n <= taken.size + 1; n++) if (!taken.has(`${base}_${n}`)) return `${base}_${n}`;
  return `${base}_${taken.size + 2}`;
}

/**
 * The problems of a new channel's metrics, keyed as the form's fields
 * ("metrics.0.name"): at least one, at most MAX_OWN_METRICS, each named, no
 * two with the same name (or the same key, "Følgere" and "følgere!"), a type
 * and a direction from the lists, a benchmark within its bounds.
 */
export function ownMetricsProblems(items: readonly OwnMetricInput[]): Record<string, string[]> {
  const problems: Record<string, string[]> = {};
  const add = (field: string, key: string) => (problems[field] ??= []).push(key);
  if (items.length === 0) add("metrics", "ownChannels.errors.noMetrics");
  if (items.length > MAX_OWN_METRICS) add("metrics", "ownChannels.errors.tooManyMetrics");
  const seen = new Set<string>();
  items.slice(0, MAX_OWN_METRICS).forEach((m, i) => {
    const problem = ownNameProblem(m.name);
    if (problem) add(`metrics.${i}.name`, problem);
    else {
      const key = ownMetricKey(m.name);
      if (seen.has(key)) add(`metrics.${i}.name`, "ownChannels.errors.metricTwice");
      seen.add(key);
    }
    if (!(m.type in OWN_METRIC_TYPES)) add(`metrics.${i}.type`, "validation.invalid");
    if (!(DIRECTIONS as readonly string[]).includes(m.direction)) add(`metrics.${i}.direction`, "validation.invalid");
    if (m.benchmarkPct !== null) {
      if (!Number.isFinite(m.benchmarkPct)) add(`metrics.${i}.benchmarkPct`, "validation.number");
      else if (m.benchmarkPct < OWN_BENCHMARK_MIN || m.benchmarkPct > OWN_BENCHMARK_MAX)
        add(`metrics.${i}.benchmarkPct`, "ownChannels.errors.benchmarkRange");
    }
  });
  return problems;
}
