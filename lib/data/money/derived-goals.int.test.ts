import { readFileSync } from "node:fs";
import path from "node:path";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { goals, kpiSnapshots, metrics } from "@/db/schema/index";
import { channelCatalog } from "@/lib/data/benchmarks";
import { dashboardData, goalChartData, metricHistory } from "@/lib/data/goals";
import { commitFileImport } from "@/lib/data/imports";
import { recordMeasurements } from "@/lib/data/measurements";
import { readGrid } from "@/lib/domain/import";
import { ValidationError } from "@/lib/errors";
import { makeTeam } from "@/test/fixtures";
import { setResultMetrics } from "./index";

/**
 * Spend imported from the platforms' own downloads lands as the channel's
 * spend series, and a goal on a derived figure reads its progress from it.
 *
 * Google Ads (googleAds/campaign-report-excel-en.csv): 1 Nov 225 + 75 = 300 kr
 * and 5 + 1 = 6 conversions, 2 Nov 280 kr and 0 conversions. November's cost
 * per conversion: 580 / 6 = 96.67 kr; a goal from 120 kr to 80 kr is
 * (96.67 − 120) / (80 − 120) = 58.3 % of the way.
 *
 * Meta Ads (metaAds/ads-daily-en.csv): 2 Nov 250 + 150 = 400 kr and 40 + 10 =
 * 50 results, 3 Nov 210 kr and 25 results. The week of 2 Nov: 610 / 75 = 8.13
 * kr a result; a goal from 10 kr to 6 kr is (8.13 − 10) / (6 − 10) = 46.7 % of the way.
 */
type Team = Awaited<ReturnType<typeof makeTeam>>;
let team: Team;
const today = "2026-12-10";
const owner = () => ({ orgId: team.org.id, userId: team.ownerId, role: "owner" as const });
const ids: Record<string, string> = {};

async function fixture(file: string) {
  const bytes = new Uint8Array(readFileSync(path.join(process.cwd(), "test", "fixtures", "imports", file)));
  return readGrid(bytes, path.basename(file));
}

async function goalOn(channel: string, metric: string, period: "week" | "month", baseline: number, target: number) {
  const [row] = await getDb()
    .insert(goals)
    .values({
      orgId: team.org.id,
      title: `${channel} ${metric}`,
      channelId: ids[channel]!,
      metricId: ids[`${channel}.${metric}`]!,
      unit: "nok",
      direction: "decrease",
      baselineValue: baseline,
      baselineDate: "2026-10-01",
      targetValue: target,
      startDate: "2026-10-01",
      deadline: "2027-06-30",
      measurePeriod: period,
      ownerId: team.ownerId,
      status: "active",
    })
    .returning({ id: goals.id });
  return row!.id;
}

beforeAll(async () => {
  team = await makeTeam();
  for (const c of await channelCatalog(owner(), undefined, { derived: true })) {
    ids[c.key] = c.id;
    for (const m of c.metrics) ids[`${c.key}.${m.key}`] = m.id;
  }
  await commitFileImport(
    owner(),
    await fixture("googleAds/campaign-report-excel-en.csv"),
    "google.csv",
    { channels: { google_ads: ids.google_ads! } },
    today,
  );
  await commitFileImport(
    owner(),
    await fixture("metaAds/ads-daily-en.csv"),
    "meta.csv",
    { channels: { facebook: ids.facebook! }, newMetrics: { "facebook|custom:Results": "total" } },
    today,
  );
});

describe("imported spend", () => {
  it("lands as the channels' spend series, in kroner", async () => {
    const spend = await getDb()
      .select({ metricId: kpiSnapshots.metricId, date: kpiSnapshots.date, value: kpiSnapshots.value })
      .from(kpiSnapshots)
      .where(and(eq(kpiSnapshots.orgId, team.org.id), eq(kpiSnapshots.metricId, ids["google_ads.spend"]!)))
      .orderBy(kpiSnapshots.date);
    expect(spend.map((r) => [r.date, r.value])).toEqual([
      ["2026-11-01", 300],
      ["2026-11-02", 280],
    ]);
    const fbSpend = await getDb()
      .select({ date: kpiSnapshots.date, value: kpiSnapshots.value })
      .from(kpiSnapshots)
      .where(and(eq(kpiSnapshots.orgId, team.org.id), eq(kpiSnapshots.metricId, ids["facebook.spend"]!)))
      .orderBy(kpiSnapshots.date);
    expect(fbSpend.map((r) => [r.date, r.value])).toEqual([
      ["2026-11-02", 400],
      ["2026-11-03", 210],
    ]);
  });
});

describe("a goal on a derived figure", () => {
  let google: string;
  let meta: string;
  beforeAll(async () => {
    // Facebook counts Meta's "Results" as its results (the catalogue's default is leads).
    const [results] = await getDb()
      .select({ id: metrics.id })
      .from(metrics)
      .where(and(eq(metrics.orgId, team.org.id), eq(metrics.channelId, ids.facebook!), eq(metrics.nameEn, "Results")));
    await setResultMetrics(owner(), ids.facebook!, [results!.id]);
    google = await goalOn("google_ads", "cost_per_result", "month", 120, 80);
    meta = await goalOn("facebook", "cost_per_result", "week", 10, 6);
  });

  it("computes its progress from the spend and results per period (hand-computed)", async () => {
    const data = await dashboardData(owner(), today);
    const byId = new Map(data.goals.map((g) => [g.id, g]));
    const g = byId.get(google)!;
    expect(g.currentPeriod).toMatchObject({ start: "2026-11-01", end: "2026-11-30", partial: false });
    expect(g.latestValue).toBeCloseTo(580 / 6, 10);
    expect(g.insight?.progress).toBeCloseTo((580 / 6 - 120) / (80 - 120), 10);
    // Its last input was the spend of 2 November: measured, not "never measured".
    expect(g.latestDate).toBe("2026-11-02");
    const m = byId.get(meta)!;
    expect(m.currentPeriod).toMatchObject({ start: "2026-11-02", partial: false });
    expect(m.latestValue).toBeCloseTo(610 / 75, 10);
    expect(m.insight?.progress).toBeCloseTo((610 / 75 - 10) / (6 - 10), 10);
  });

  it("draws the figure per period on the chart, and offers it as the form's history", async () => {
    const chart = await goalChartData(owner(), google, "6m", today);
    expect(chart.measurements.map((p) => [p.date, Math.round(p.value * 100) / 100])).toEqual([["2026-11-01", 96.67]]);
    const history = await metricHistory(
      owner(),
      { channelId: ids.google_ads!, metricId: ids["google_ads.cost_per_result"]! },
      "month",
      today,
    );
    expect(history.map((p) => [p.date, Math.round(p.value * 100) / 100])).toEqual([["2026-11-01", 96.67]]);
  });

  it("is never recorded: a value typed for it is refused like an unknown metric", async () => {
    const item = { channelId: ids.google_ads!, metricId: ids["google_ads.cost_per_result"]!, date: "2026-12-01", value: 90 };
    await expect(recordMeasurements(owner(), [item], { source: "manual", today })).rejects.toBeInstanceOf(ValidationError);
  });
});
