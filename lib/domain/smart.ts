/**
 * The SMART check as the product enforces it (DOMAIN.md, "SMART"): five
 * checks, S M A R T, each saying why it is met or not as a message key with
 * values. Values are raw numbers (uplifts as shares, for the messages'
 * `{x, number, percent}`; months for `plural`), formatted by the translator.
 */
import { daysBetween, isoDateMs, monthsBetween } from "./dates";
import type { GoalDraft } from "./goal-types";
import type { RealismVerdict } from "./realism";

/** A title shorter than this says nothing of what the goal is ("Mer", "Salg"). Spaces do not count. */
const MIN_TITLE_CHARS = 5;

/** Percent metrics (open rate, churn, conversion rate) are stored in points and live within 0–100. */
const PERCENT_RANGE = { min: 0, max: 100 } as const;

export type SmartLetter = "S" | "M" | "A" | "R" | "T";

export type SmartCheck = {
  letter: SmartLetter;
  met: boolean;
  messageKey: string;
  values?: Record<string, string | number>;
  /** Met, but worth a second look (the A check's unrealistic or unambitious target). */
  advice?: boolean;
  /** Not yet checked: nothing the letter looks at has been written yet (a form being filled in). Never met. */
  pending?: boolean;
};

export type SmartContext = {
  /** ISO date of today in the organization's time zone. */
  today: string;
  /** A new goal's deadline must lie ahead; an existing goal may keep a past one. */
  isNew: boolean;
  realism: RealismVerdict | null;
};

function result(letter: SmartLetter, met: boolean, messageKey: string, values?: SmartCheck["values"]): SmartCheck {
  return values ? { letter, met, messageKey, values } : { letter, met, messageKey };
}

/** S: what (a title), where (one channel), which number (a metric), and which way. */
export function specificCheck(goal: GoalDraft): SmartCheck {
  const chars = [...goal.title.replace(/\s/gu, "")].length;
  if (chars < MIN_TITLE_CHARS) return result("S", false, "smart.S.shortTitle", { min: MIN_TITLE_CHARS });
  if (!goal.channelId) return result("S", false, "smart.S.missingChannel");
  if (!goal.metricId) return result("S", false, "smart.S.missingMetric");
  if (!goal.direction) return result("S", false, "smart.S.missingDirection");
  return result("S", true, "smart.S.met");
}

const isNumber = (v: number | null): v is number => v !== null && Number.isFinite(v);

/**
 * M: a baseline and a target as numbers, a unit, a real change, in the goal's
 * direction. Without a direction only S fails; M cannot judge the way.
 */
export function measurableCheck(goal: GoalDraft): SmartCheck {
  const { baselineValue: baseline, targetValue: target, unit, direction } = goal;
  if (!isNumber(baseline)) return result("M", false, "smart.M.missingBaseline");
  if (!isNumber(target)) return result("M", false, "smart.M.missingTarget");
  if (!unit) return result("M", false, "smart.M.missingUnit");
  const outside = (v: number) => v < PERCENT_RANGE.min || v > PERCENT_RANGE.max;
  if (unit === "percent" && (outside(target) || outside(baseline))) {
    return result("M", false, "smart.M.percentOutOfRange", { min: PERCENT_RANGE.min, max: PERCENT_RANGE.max });
  }
  if (target === baseline) return result("M", false, "smart.M.noChange");
  if (direction === "increase" && target < baseline) return result("M", false, "smart.M.targetNotAbove");
  if (direction === "decrease" && target > baseline) return result("M", false, "smart.M.targetNotBelow");
  return result("M", true, "smart.M.met");
}

/**
 * A: the realism verdict, as advice. It never fails: an unrealistic target
 * can still be activated with a written reason (lib/domain/realism.ts
 * needsRealismReason), and `advice` marks the two verdicts worth a second look.
 */
export function achievableCheck(realism: RealismVerdict | null): SmartCheck {
  if (!realism || realism.level === "unknown") return result("A", true, "smart.A.notCompared");
  const check = result("A", true, `smart.A.${realism.level}`);
  return realism.level === "unrealistic" || realism.level === "unambitious" ? { ...check, advice: true } : check;
}

/** R: the goal serves a business objective of the organization. */
export function relevantCheck(goal: GoalDraft): SmartCheck {
  return goal.objectiveId ? result("R", true, "smart.R.met") : result("R", false, "smart.R.missingObjective");
}

/** T: a start and a deadline after it; a new goal's deadline after today. */
export function timeBoundCheck(goal: GoalDraft, ctx: Pick<SmartContext, "today" | "isNew">): SmartCheck {
  const { startDate, deadline } = goal;
  if (!startDate || isoDateMs(startDate) === null) return result("T", false, "smart.T.missingStart");
  if (!deadline || isoDateMs(deadline) === null) return result("T", false, "smart.T.missingDeadline");
  if ((daysBetween(startDate, deadline) ?? 0) <= 0) return result("T", false, "smart.T.deadlineNotAfterStart");
  if (ctx.isNew && (daysBetween(ctx.today, deadline) ?? 0) <= 0) return result("T", false, "smart.T.deadlinePassed");
  const months = Math.round((monthsBetween(startDate, deadline) ?? 0) * 10) / 10;
  return result("T", true, "smart.T.met", { months });
}

/** The five checks in order S, M, A, R, T. */
export function smartChecks(goal: GoalDraft, ctx: SmartContext): SmartCheck[] {
  return [specificCheck(goal), measurableCheck(goal), achievableCheck(ctx.realism), relevantCheck(goal), timeBoundCheck(goal, ctx)];
}

/**
 * Whether a letter has anything to check yet, on a goal being written: S once
 * a title, channel or metric is given; M once a baseline or target; A once M
 * has (the verdict compares those numbers); R once an objective is chosen; T
 * once a deadline (the start is filled in for the writer).
 */
function started(letter: SmartLetter, goal: GoalDraft): boolean {
  switch (letter) {
    case "S":
      return goal.title.trim() !== "" || goal.channelId !== null || goal.metricId !== null;
    case "M":
    case "A":
      return goal.baselineValue !== null || goal.targetValue !== null;
    case "R":
      return goal.objectiveId !== null;
    case "T":
      return goal.deadline !== null;
  }
}

/**
 * The checks as a form shows them while the goal is written: a letter whose
 * fields are still empty is "not yet checked" rather than failed. It stays
 * unmet, so the goal cannot be activated with it.
 */
export function formChecks(checks: SmartCheck[], goal: GoalDraft): SmartCheck[] {
  return checks.map((c) => {
    if (started(c.letter, goal)) return c;
    // A's own messages judge a comparison; before any number there is none to judge.
    const messageKey = c.letter === "A" ? "smart.A.pending" : c.messageKey;
    return { letter: c.letter, met: false, messageKey, ...(c.values ? { values: c.values } : {}), pending: true };
  });
}

export function allMet(checks: SmartCheck[]): boolean {
  return checks.every((c) => c.met);
}
