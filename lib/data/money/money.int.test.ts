import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { queryCount } from "@/db/query-counter";
import { channels, metrics } from "@/db/schema/index";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { type CatalogueIds, catalogueIds, makeTeam, storeValue } from "@/test/fixtures";
import {
  addOneOffCost,
  channelEconomics,
  deleteOneOffCost,
  listBudgets,
  listOneOffCosts,
  moneySettings,
  pitfallChannels,
  resultMetricsByChannel,
  setBudget,
  setMoneySettings,
  setResultMetrics,
} from "./index";

type Team = Awaited<ReturnType<typeof makeTeam>>;
let a: Team;
let b: Team;
const today = "2026-12-15";
const owner = (t: Team) => ({ orgId: t.org.id, userId: t.ownerId, role: "owner" as const });
const catalogue: CatalogueIds = {};

const record = (t: Team, channel: string, metric: string, date: string, value: number, covers: "day" | "week" | "month" = "day") =>
  storeValue(t.org.id, catalogue, [channel, metric], date, value, covers);

beforeAll(async () => {
  [a, b] = await Promise.all([makeTeam(), makeTeam()]);
  Object.assign(catalogue, await catalogueIds());
});

describe("budgets", () => {
  it("sets, corrects and removes a channel's budget for a month named by any of its days", async () => {
    const ga = catalogue.google_ads!.id;
    await setBudget(owner(a), { channelId: ga, month: "2026-11-20", amount: 4_000 });
    await setBudget(owner(a), { channelId: ga, month: "2026-12-01", amount: 4_500 });
    await setBudget(owner(a), { channelId: ga, month: "2026-12-31", amount: 5_000 });
    expect(await listBudgets(owner(a), { from: "2026-11-01", to: "2026-12-01" })).toEqual([
      { channelId: ga, month: "2026-11-01", amount: 4_000 },
      { channelId: ga, month: "2026-12-01", amount: 5_000 },
    ]);
    await setBudget(owner(a), { channelId: ga, month: "2026-11-01", amount: null });
    expect((await listBudgets(owner(a), { from: "2026-11-01", to: "2026-12-01" })).map((r) => r.month)).toEqual(["2026-12-01"]);
    expect(await listBudgets(owner(b), { from: "2026-11-01", to: "2026-12-01" })).toEqual([]);
  });

  it("answers another organization's own channel like a channel that doesn't exist", async () => {
    const [own] = await getDb().insert(channels).values({ orgId: b.org.id, key: "messe", nameNb: "Messe", nameEn: "Fair" }).returning();
    await expect(setBudget(owner(a), { channelId: own!.id, month: "2026-12-01", amount: 1_000 })).rejects.toBeInstanceOf(NotFoundError);
    await expect(setBudget(owner(a), { channelId: "not-a-uuid", month: "2026-12-01", amount: 1_000 })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    // B's own channel gets a spend series when money is first set on it.
    await setBudget(owner(b), { channelId: own!.id, month: "2026-12-01", amount: 1_000 });
    const spend = await getDb()
      .select({ unit: metrics.unit, kind: metrics.kind })
      .from(metrics)
      .where(and(eq(metrics.channelId, own!.id), eq(metrics.key, "spend")));
    expect(spend).toEqual([{ unit: "nok", kind: "total" }]);
  });
});

describe("one-off costs", () => {
  it("adds, lists and deletes; another organization's cost is not found and stays", async () => {
    const influencer = catalogue.influencer!.id;
    const cost = await addOneOffCost(owner(a), { channelId: influencer, date: "2026-12-10", amount: 12_000, note: "Influencerkampanje" });
    const older = await addOneOffCost(owner(a), { channelId: influencer, date: "2026-06-01", amount: 500, note: "" });
    expect((await listOneOffCosts(owner(a), { from: "2026-07-01" })).map((c) => [c.date, c.amount, c.note])).toEqual([
      ["2026-12-10", 12_000, "Influencerkampanje"],
    ]);
    await expect(deleteOneOffCost(owner(b), cost.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(deleteOneOffCost(owner(a), "nope")).rejects.toBeInstanceOf(NotFoundError);
    expect(await listOneOffCosts(owner(b), { from: "2026-01-01" })).toEqual([]);
    await deleteOneOffCost(owner(a), older.id);
    expect((await listOneOffCosts(owner(a), { from: "2026-01-01", channelId: influencer })).map((c) => c.id)).toEqual([cost.id]);
    await expect(
      addOneOffCost(owner(b), { channelId: "0f0f0f0f-0000-4000-8000-000000000000", date: "2026-12-01", amount: 1, note: "" }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("result metrics", () => {
  it("defaults to the catalogue's, can be chosen per organization, and refuses what is not a count of results", async () => {
    const fb = catalogue.facebook!;
    expect((await resultMetricsByChannel(owner(a))).get(fb.id)!.map((m) => m.key)).toEqual(["leads"]);
    await setResultMetrics(owner(a), fb.id, [fb.metrics.engagement!, fb.metrics.leads!]);
    expect(
      (await resultMetricsByChannel(owner(a)))
        .get(fb.id)!
        .map((m) => m.key)
        .sort(),
    ).toEqual(["engagement", "leads"]);
    expect((await resultMetricsByChannel(owner(b))).get(fb.id)!.map((m) => m.key)).toEqual(["leads"]);
    for (const wrong of [[fb.metrics.followers!], [fb.metrics.spend!], [fb.metrics.cost_per_result!]])
      await expect(setResultMetrics(owner(a), fb.id, wrong)).rejects.toBeInstanceOf(ValidationError);
    // Another channel's metric is not one of this channel's.
    await expect(setResultMetrics(owner(a), fb.id, [catalogue.google_ads!.metrics.conversions!])).rejects.toBeInstanceOf(ValidationError);
    await setResultMetrics(owner(a), fb.id, []);
    expect((await resultMetricsByChannel(owner(a))).get(fb.id)!.map((m) => m.key)).toEqual(["leads"]);
  });
});

describe("money settings", () => {
  it("defaults to owners and managers, excluding VAT, and changes per organization", async () => {
    expect(await moneySettings(owner(a))).toEqual({ moneyVisibility: "managers", vatMode: "excluding" });
    await setMoneySettings(owner(b), { moneyVisibility: "everyone", vatMode: "including" });
    expect(await moneySettings(owner(b))).toEqual({ moneyVisibility: "everyone", vatMode: "including" });
    expect(await moneySettings(owner(a))).toEqual({ moneyVisibility: "managers", vatMode: "excluding" });
  });
});

describe("channelEconomics", () => {
  let team: Team;
  beforeAll(async () => {
    team = await makeTeam();
    const ctx = owner(team);
    // Google Ads, November: 1 000 + 2 000 kr of daily spend, 20 conversions (one month value), 12 000 kr revenue.
    await record(team, "google_ads", "spend", "2026-11-02", 1_000);
    await record(team, "google_ads", "spend", "2026-11-20", 2_000);
    await record(team, "google_ads", "conversions", "2026-11-01", 20, "month");
    await record(team, "google_ads", "revenue", "2026-11-01", 12_000, "month");
    // September: 600 kr for 4 conversions. December so far: 3 100 kr, no conversions yet.
    await record(team, "google_ads", "spend", "2026-09-01", 600, "month");
    await record(team, "google_ads", "conversions", "2026-09-01", 4, "month");
    await record(team, "google_ads", "spend", "2026-12-03", 3_100);
    await setBudget(ctx, { channelId: catalogue.google_ads!.id, month: "2026-11-01", amount: 4_000 });
    await setBudget(ctx, { channelId: catalogue.google_ads!.id, month: "2026-12-01", amount: 5_000 });
    // The influencer campaign: a one-off cost, no views recorded.
    await addOneOffCost(ctx, { channelId: catalogue.influencer!.id, date: "2026-12-10", amount: 12_000, note: "Influencerkampanje" });
    // Facebook: 1 500 kr in November and 3 leads.
    await record(team, "facebook", "spend", "2026-11-01", 1_500, "month");
    await record(team, "facebook", "leads", "2026-11-10", 3);
  });

  it("gives each window's spend, budget, results, cost per result, revenue and ROAS (hand-computed)", async () => {
    const e = await channelEconomics(owner(team), today);
    expect(e.windows.lastQuarter).toEqual({ from: "2026-09-01", to: "2026-11-01" });
    expect(e.channels.map((c) => c.key)).toEqual(["facebook", "google_ads", "influencer"]);
    const ga = e.channels.find((c) => c.key === "google_ads")!;
    expect(ga.windows.lastMonth).toMatchObject({
      spend: 3_000,
      budget: 4_000,
      results: 20,
      revenue: 12_000,
      costPerResult: { state: "value", value: 150 },
      roas: { state: "value", value: 4 },
      roi: { state: "value", value: 3 },
      resultsPerThousand: { state: "value", value: 20 / 3 },
    });
    // September to November: 3 600 kr for 24 conversions = 150 kr; the budget only for November.
    expect(ga.windows.lastQuarter).toMatchObject({
      spend: 3_600,
      results: 24,
      budget: 4_000,
      costPerResult: { state: "value", value: 150 },
    });
    expect(ga.windows.thisMonth).toMatchObject({
      spend: 3_100,
      budget: 5_000,
      results: null,
      costPerResult: { state: "noResults" },
      roas: { state: "noRevenue" },
    });
    // 3 100 of 5 000 = 62 % spent, 15 of 31 days gone: over pace.
    expect(ga.pace).toMatchObject({ state: "budget", spentShare: 0.62, verdict: "over", overBudget: false });
    expect(ga.months.map((m) => [m.start, m.spend, m.costPerResult.state])).toEqual([
      ["2026-09-01", 600, "value"],
      ["2026-10-01", null, "noSpend"],
      ["2026-11-01", 3_000, "value"],
      ["2026-12-01", 3_100, "noResults"],
    ]);
    const influencer = e.channels.find((c) => c.key === "influencer")!;
    expect(influencer.windows.thisMonth).toMatchObject({ spend: 12_000, costPerResult: { state: "noResults" } });
    expect(influencer.pace).toEqual({ state: "noBudget", spent: 12_000 });
    const fb = e.channels.find((c) => c.key === "facebook")!;
    expect(fb.windows.lastMonth.costPerResult).toEqual({ state: "value", value: 500 });
  });

  it("feeds pitfall 8: last month's spend and results per channel, with what counts as a result", async () => {
    const e = await channelEconomics(owner(team), today);
    expect(pitfallChannels(e).map((c) => [c.channelKey, c.resultKey, c.spend, c.results])).toEqual([
      ["facebook", "leads", 1_500, 3],
      ["google_ads", "conversions", 3_000, 20],
      ["influencer", "views", null, null],
    ]);
  });

  it("sees nothing of another organization's money", async () => {
    expect((await channelEconomics(owner(b), today)).channels.map((c) => c.key)).toEqual(["messe"]);
  });

  it("reads in the same number of queries for one channel with money and for eight", async () => {
    const [one, eight] = await Promise.all([makeTeam(), makeTeam()]);
    await record(one, "facebook", "spend", "2026-11-01", 100, "month");
    const keys = ["facebook", "instagram", "google_ads", "email", "linkedin", "google_business", "youtube", "website"];
    for (const [i, key] of keys.entries()) {
      await record(eight, key, "spend", "2026-11-01", 100 + i, "month");
      await setBudget(owner(eight), { channelId: catalogue[key]!.id, month: "2026-11-01", amount: 1_000 });
      await addOneOffCost(owner(eight), { channelId: catalogue[key]!.id, date: "2026-11-05", amount: 50, note: "" });
    }
    const count = async (t: Team) => {
      const before = queryCount();
      const e = await channelEconomics(owner(t), today);
      return { queries: queryCount() - before, channels: e.channels.length };
    };
    const small = await count(one);
    const large = await count(eight);
    expect([small.channels, large.channels]).toEqual([1, 8]);
    expect(large.queries).toBe(small.queries);
    // The economics cache (with the channels, budgets and one-off costs), the series, the cache's upsert.
    expect(small.queries).toBeLessThanOrEqual(3);
  });
});
