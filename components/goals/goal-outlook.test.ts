import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import type { GoalInsight, GoalRow } from "@/lib/data/goals";
import en from "@/messages/en.json";
import nb from "@/messages/nb.json";
import { outlookFacts } from "./goal-outlook";

const goal = { deadline: "2027-01-02", status: "active", unit: "count", metricKind: "level", period: "week" } as GoalRow;
const insight = (low: number, high: number, basis: "goal" | "history" = "goal") =>
  ({
    forecast: { low, high, value: (low + high) / 2, basis, perPeriod: 8.7 },
    neededPerPeriod: null,
    neededBy: null,
    verdict: { status: "on_track" },
  }) as unknown as GoalInsight;

describe("the forecast in a goal's outlook", () => {
  const tNb = createTranslator({ locale: "nb", messages: nb, namespace: "dashboard" }) as Parameters<typeof outlookFacts>[0];
  const tEn = createTranslator({ locale: "en", messages: en, namespace: "dashboard" }) as Parameters<typeof outlookFacts>[0];
  const forecast = (t: typeof tNb, locale: string, i: GoalInsight) => outlookFacts(t, locale, goal, i)[0]![1];

  it("gives the likely range at the deadline", () => {
    expect(forecast(tNb, "nb", insight(1290, 1400))).toBe("trolig 1\u00a0290–1\u00a0400");
    expect(forecast(tEn, "en", insight(1290, 1400))).toBe("likely 1,290–1,400");
  });

  it("gives one number when both ends of the range round to the same, not 4 670–4 670", () => {
    expect(forecast(tNb, "nb", insight(4668.2, 4671.9))).toBe("trolig 4\u00a0670");
    expect(forecast(tEn, "en", insight(4670, 4670))).toBe("likely 4,670");
    expect(forecast(tNb, "nb", insight(4670, 4670, "history"))).toBe("trolig 4\u00a0670 (delvis fra før målet startet)");
  });
});
