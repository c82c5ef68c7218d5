/**
 * What the realism box says, as message keys with raw values: first what was
 * compared, each figure over its own months ("the target needs +60 % in 6
 * months; your own last 6 months: +14 %; usual for followers: +20 % in 6
 * months"), then the verdict naming what set the bar. The team's own trend is
 * never called the benchmark. The caller formats `change` (a signed share) and
 * fills `{metric}`.
 */
import type { Change, RealismVerdict } from "./realism";

/** A change of ten times the start or more is said in words ("more than 10×"), never as "+1 150 %". */
const DISPLAY_CAP_FACTOR = 10;

export type RealismPart = { key: string; values: Record<string, number>; capped: boolean };

/** Months as people say them: whole when within a tenth of a whole, else to one decimal. */
function monthsOf(months: number): number {
  return Math.round(months * 10) / 10;
}

function part(key: string, change: Change | null, signed: (c: Change) => number): RealismPart {
  if (!change) return { key, values: {}, capped: false };
  const value = signed(change);
  return { key, values: { change: value, months: monthsOf(change.months) }, capped: 1 + value >= DISPLAY_CAP_FACTOR };
}

export function realismParts(v: RealismVerdict): { comparison: RealismPart[]; verdict: RealismPart } {
  // Shares are kept in the goal's direction; people read the metric's own change (−15 % for a cut).
  const signed = (c: Change) => (v.direction === "decrease" ? -c.share : c.share);
  const comparison: RealismPart[] = [];
  if (v.needed && v.needed.share > 0) comparison.push(part("realism.needs", v.needed, signed));
  if (v.level !== "unknown" || v.messageKey === "realism.unknown.noReference") {
    comparison.push(
      v.own ? part(v.own.season ? "realism.ownSeason" : "realism.own", v.own, signed) : part("realism.ownNone", null, signed),
    );
    comparison.push(v.benchmark ? part("realism.benchmark", v.benchmark, signed) : part("realism.benchmarkNone", null, signed));
  }
  const key = v.level === "unknown" || v.level === "unambitious" ? v.messageKey : `${v.messageKey}.${v.reference}`;
  return { comparison, verdict: { key, values: {}, capped: false } };
}
