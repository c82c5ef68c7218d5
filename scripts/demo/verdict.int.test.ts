import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { memberships, organizations } from "@/db/schema/index";
import { dashboardData } from "@/lib/data/goals";
import { goalProgress } from "@/lib/domain/progress";
import { FORECAST_MISS_TOLERANCE } from "@/lib/domain/verdict";
import { DEMO_ORG_SLUG, seedDemo } from "./seed";
import { todayUtc } from "./series";

describe("the demo bakery's verdicts", () => {
  it("never contradict their forecasts: a reliable forecast that clearly misses is never on track, and the reason quotes it", async () => {
    const db = getDb();
    await seedDemo(db);
    const [org] = await db.select({ id: organizations.id }).from(organizations).where(eq(organizations.slug, DEMO_ORG_SLUG));
    const [owner] = await db
      .select({ userId: memberships.userId })
      .from(memberships)
      .where(and(eq(memberships.orgId, org!.id), eq(memberships.role, "owner")));
    const data = await dashboardData({ orgId: org!.id, userId: owner!.userId, role: "owner" }, todayUtc());
    expect(data.goals.length).toBeGreaterThan(0);
    let judgedOnForecast = 0;
    // Goals at risk only because of where their trend leads: at or ahead of their path today, the forecast clearly short.
    const atRiskByForecast: string[] = [];
    for (const g of data.goals) {
      const { verdict, forecast } = g.insight!;
      expect(g.pace, g.title).toBe(verdict.status);
      if (!forecast || forecast.basis !== "goal" || g.baselineValue == null || g.targetValue == null) continue;
      judgedOnForecast += 1;
      const share = (v: number) => goalProgress(g.baselineValue!, g.targetValue!, v)!;
      const likely = share(forecast.likely);
      const best = Math.max(share(forecast.low), share(forecast.high));
      if (likely < 1 - FORECAST_MISS_TOLERANCE && best < 1) expect(verdict.status, g.title).not.toBe("on_track");
      if (verdict.status === "on_track") expect(best, g.title).toBeGreaterThanOrEqual(1 - FORECAST_MISS_TOLERANCE);
      // The sentence says where the forecast leads, with the same number the forecast shows.
      if (verdict.status !== "achieved") expect(verdict.reason.values.forecast, g.title).toBe(forecast.likely);
      // latestValue is the value the goal tracks (a total's latest complete period), as the verdict reads it.
      const onOrAhead = g.latestValue !== null && g.expected !== null && share(g.latestValue) >= g.expected;
      const misses = likely < 1 - FORECAST_MISS_TOLERANCE && best < 1;
      if (verdict.status === "at_risk" && onOrAhead && misses) atRiskByForecast.push(g.title);
    }
    // The demo has goals old enough to be judged on their own forecast.
    expect(judgedOnForecast).toBeGreaterThan(0);
    // And one the forecast alone puts at risk, with the sentence saying so ("Foran planen, men …").
    expect(atRiskByForecast).toEqual(["25 % mer engasjement på Facebook-innlegg"]);
    const facebook = data.goals.find((g) => g.title === atRiskByForecast[0])!;
    expect(facebook.insight!.verdict.reason.key).toMatch(/^(ahead|onPath)\.short$/);
    // The wedding cakes follow last year's season (a year of history is there), the organic visits their milestones.
    const pathOf = (title: string) => data.goals.find((g) => g.title === title)?.insight?.path;
    expect(pathOf("30 % flere bryllupskakebestillinger via sosiale medier")).toEqual({ kind: "seasonal", fallback: null });
    expect(pathOf("30 % flere organiske besøk på nettsiden")).toEqual({ kind: "milestones", fallback: null });
    if (process.env.DEMO_VERDICTS)
      console.log(
        data.goals.map((g) => [
          g.title,
          g.pace,
          g.insight?.verdict.reason.key,
          g.expected,
          g.insight?.forecast?.likely,
          g.insight?.realism?.level,
        ]),
      );
  });
});
