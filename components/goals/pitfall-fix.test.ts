import { describe, expect, it } from "vitest";
import { type Pitfall, PITFALL_NUMBERS, type PitfallId } from "@/lib/domain/pitfalls";
import { pitfallFix, pitfallValues } from "./pitfall-fix";

const pitfall = (id: PitfallId, goalIds: string[], values: Record<string, string | number> = {}): Pitfall => ({
  id,
  number: PITFALL_NUMBERS[id],
  goalIds,
  messageKey: `pitfalls.${id}.title`,
  adviceKey: `pitfalls.${id}.advice`,
  values,
});
const channels: Record<string, string> = { g1: "facebook-id", g2: "instagram-id" };
const manager = { slug: "kafe", canEdit: true, channelOf: (id: string) => channels[id] };
const member = { ...manager, canEdit: false };

describe("pitfallFix", () => {
  it("sends what a goal lacks to its edit page", () => {
    expect(pitfallFix(pitfall("noDeadline", ["g1", "g2"]), "g2", manager)).toEqual({ href: "/kafe/goals/g2/edit", label: "setDeadline" });
    expect(pitfallFix(pitfall("noObjective", ["g1"]), null, manager)).toEqual({ href: "/kafe/goals/g1/edit", label: "linkObjective" });
    expect(pitfallFix(pitfall("vague", ["g1", "g2"]), null, manager)).toEqual({ href: "/kafe/goals#pitfalls-heading", label: "seeGoals" });
  });

  it("gives a member no link to an edit page they cannot open", () => {
    for (const id of ["unrealistic", "vague", "noDeadline", "noObjective", "noOwner", "overOptimism"] as const) {
      expect(pitfallFix(pitfall(id, ["g1"]), "g1", member)).toBeNull();
    }
  });

  it("opens the measurements page on the goal's channel", () => {
    expect(pitfallFix(pitfall("noMeasurement", ["g1", "g2"]), "g2", member)).toEqual({
      href: "/kafe/measurements?channel=instagram-id",
      label: "record",
    });
    expect(pitfallFix(pitfall("noMeasurement", ["g1", "g2"]), null, member)).toEqual({
      href: "/kafe/measurements?channel=facebook-id",
      label: "record",
    });
  });

  it("filters the goals by the person with too many, and sends feedback and channels to their pages", () => {
    expect(pitfallFix(pitfall("tooManyGoals", ["g1"], { scope: "person", ownerId: "u1", count: 4, max: 3 }), null, member)).toEqual({
      href: "/kafe/goals?owner=u1",
      label: "prioritize",
    });
    expect(pitfallFix(pitfall("tooManyGoals", ["g1"], { scope: "team", count: 10, max: 9 }), null, member)).toEqual({
      href: "/kafe/goals",
      label: "prioritize",
    });
    expect(pitfallFix(pitfall("feedbackIgnored", ["g1"]), "g1", member)).toEqual({ href: "/kafe/reviews", label: "review" });
    expect(pitfallFix(pitfall("wrongChannels", ["g1"]), null, member)).toEqual({ href: "/kafe/benchmarks", label: "compareChannels" });
    expect(pitfallFix(pitfall("moneyWithoutResults", [], { channelKey: "google_ads" }), null, member)).toEqual({
      href: "/kafe/channels/google_ads#money",
      label: "seeChannelMoney",
    });
  });
});

describe("pitfallValues", () => {
  it("names the channel in the reader's language", () => {
    const p = pitfall("moneyWithoutResults", [], { channelNb: "Nettside / blogg", channelEn: "Website / blog", reason: "noResults" });
    expect(pitfallValues(p, "nb").channel).toBe("Nettside / blogg");
    expect(pitfallValues(p, "en").channel).toBe("Website / blog");
    expect(pitfallValues(pitfall("noOwner", ["g1"], { count: 1 }), "en")).toEqual({ count: 1 });
  });
});
