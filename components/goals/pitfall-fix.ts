import type { Pitfall, PitfallId } from "@/lib/domain/pitfalls";

/** A link to where a pitfall is fixed; `label` is a key under "goals.pitfalls.fix". */
export type PitfallFix = { href: string; label: string };

export type FixContext = {
  slug: string;
  /** Owners and managers edit goals; for a member the edit page is a 404, so no edit link. */
  canEdit: boolean;
  /** A goal's channel, for the measurements page to open on it. */
  channelOf: (goalId: string) => string | undefined;
};

/** Pitfalls fixed on the goal's own edit page, with the words for what to change there. */
const ON_EDIT_PAGE: Partial<Record<PitfallId, string>> = {
  unrealistic: "adjustTarget",
  vague: "fillNumbers",
  noDeadline: "setDeadline",
  noObjective: "linkObjective",
  noOwner: "chooseOwner",
  overOptimism: "adjustTarget",
};

/**
 * Where the advice of a pitfall is acted on, for one of its goals (or the
 * pitfall as a whole when `goalId` is null): the goal's edit page for what
 * the goal itself lacks, the measurements page on the goal's channel for
 * "no measurement", the owner's goals for "too many goals", the reviews for
 * "feedback ignored", the benchmarks for "wrong channels" and the
 * channel's money for "money without results". Null when this
 * person cannot act on it from a page of their own.
 */
export function pitfallFix(pitfall: Pitfall, goalId: string | null, { slug, canEdit, channelOf }: FixContext): PitfallFix | null {
  const base = `/${slug}`;
  switch (pitfall.id) {
    case "tooManyGoals": {
      const owner = pitfall.values?.scope === "person" ? pitfall.values.ownerId : undefined;
      return { href: owner ? `${base}/goals?owner=${encodeURIComponent(String(owner))}` : `${base}/goals`, label: "prioritize" };
    }
    case "noMeasurement": {
      const channel = goalId ? channelOf(goalId) : pitfall.goalIds.map(channelOf).find(Boolean);
      return { href: channel ? `${base}/measurements?channel=${encodeURIComponent(channel)}` : `${base}/measurements`, label: "record" };
    }
    case "feedbackIgnored":
      return { href: `${base}/reviews`, label: "review" };
    case "wrongChannels":
      return { href: `${base}/benchmarks`, label: "compareChannels" };
    case "moneyWithoutResults":
      // The channel's page holds its money: spend, results, the budget.
      return { href: `${base}/channels/${encodeURIComponent(String(pitfall.values?.channelKey ?? ""))}#money`, label: "seeChannelMoney" };
    default: {
      const label = ON_EDIT_PAGE[pitfall.id];
      const id = goalId ?? (pitfall.goalIds.length === 1 ? pitfall.goalIds[0] : undefined);
      if (!label || !canEdit) return null;
      // Several goals: the goals page lists each with its own link.
      return id ? { href: `${base}/goals/${id}/edit`, label } : { href: `${base}/goals#pitfalls-heading`, label: "seeGoals" };
    }
  }
}

/** The values a pitfall's words take: a channel named by the domain in both languages is named in the reader's. */
export function pitfallValues(pitfall: Pitfall, locale: string): Record<string, string | number> {
  const values = pitfall.values ?? {};
  if (values.channelNb === undefined) return values;
  return { ...values, channel: locale === "nb" ? values.channelNb : (values.channelEn ?? values.channelNb) };
}
