import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { queryCount } from "@/db/query-counter";
import { economicsCache, kpiSnapshots } from "@/db/schema/index";
import { deleteOrganization } from "@/lib/data/privacy";
import { type CatalogueIds, catalogueIds, makeTeam, storeValue } from "@/test/fixtures";
import { addOneOffCost, channelEconomics, deleteOneOffCost, moneyChannels, moneyWithChannels, setBudget, setResultMetrics } from "./index";

/**
 * The economics cache is right only if no input change can leave stale money
 * behind. Each input is changed in turn through the app's write paths; after
 * each, the cached economics (the first read after the change, then a hit)
 * must equal the economics computed without the cache, and that must have
 * moved, so the step could have caught a stale entry.
 */
type Team = Awaited<ReturnType<typeof makeTeam>>;
let team: Team;
let other: Team;
let today = "2026-12-15";
const owner = (t: Team) => ({ orgId: t.org.id, userId: t.ownerId, role: "owner" as const });
const catalogue: CatalogueIds = {};
type Economics = Awaited<ReturnType<typeof channelEconomics>>;

const record = (t: Team, channel: string, metric: string, date: string, value: number) =>
  storeValue(t.org.id, catalogue, [channel, metric], date, value);

/** Cached (a miss or a hit, then surely a hit) and computed without the cache: equal. Answers the computed one. */
async function agreed(t: Team = team): Promise<Economics> {
  const first = await channelEconomics(owner(t), today);
  const second = await channelEconomics(owner(t), today);
  const bypassed = await channelEconomics(owner(t), today, { cache: false });
  expect(first).toEqual(bypassed);
  expect(second).toEqual(bypassed);
  return bypassed;
}

let last: Economics;
/** The new economics differ from the last step's, and agree with the cache. */
async function moved(): Promise<void> {
  const now = await agreed();
  expect(now).not.toEqual(last);
  last = now;
}

beforeAll(async () => {
  [team, other] = await Promise.all([makeTeam(), makeTeam()]);
  Object.assign(catalogue, await catalogueIds());
  await record(team, "google_ads", "spend", "2026-11-10", 3000);
  await record(team, "google_ads", "conversions", "2026-11-10", 12);
  last = await agreed();
});

describe("the economics cache", () => {
  it("agrees with the computation; a hit is one query, with the money channels as moneyChannels reads them", async () => {
    expect(last.channels.map((c) => c.key)).toEqual(["google_ads"]);
    await channelEconomics(owner(team), today);
    const before = queryCount();
    const both = await moneyWithChannels(owner(team), today);
    expect(queryCount() - before).toBe(1);
    expect(both.economics).toEqual(last);
    expect(both.channels).toEqual(await moneyChannels(owner(team)));
  });

  it("spend, results and revenue recorded", async () => {
    await record(team, "google_ads", "spend", "2026-12-02", 1500);
    await moved();
    await record(team, "google_ads", "conversions", "2026-12-03", 4);
    await moved();
    await record(team, "google_ads", "revenue", "2026-10-20", 20_000);
    await moved();
  });

  it("a value corrected and deleted", async () => {
    const c = catalogue.google_ads!;
    const at = and(eq(kpiSnapshots.orgId, team.org.id), eq(kpiSnapshots.metricId, c.metrics.spend!), eq(kpiSnapshots.date, "2026-12-02"));
    await getDb().update(kpiSnapshots).set({ value: 1700 }).where(at);
    await moved();
    await getDb().delete(kpiSnapshots).where(at);
    await moved();
  });

  it("a one-off cost added and deleted, a budget set and removed", async () => {
    const cost = await addOneOffCost(owner(team), { channelId: catalogue.google_ads!.id, date: "2026-12-05", amount: 800, note: "" });
    await moved();
    await deleteOneOffCost(owner(team), cost.id);
    await moved();
    await setBudget(owner(team), { channelId: catalogue.google_ads!.id, month: "2026-12-01", amount: 5000 });
    await moved();
    await setBudget(owner(team), { channelId: catalogue.google_ads!.id, month: "2026-12-01", amount: 6000 });
    await moved();
    await setBudget(owner(team), { channelId: catalogue.google_ads!.id, month: "2026-12-01", amount: null });
    await moved();
  });

  it("the result choice changed", async () => {
    await setResultMetrics(owner(team), catalogue.google_ads!.id, [catalogue.google_ads!.metrics.clicks!]);
    await moved();
  });

  it("the day changing", async () => {
    today = "2026-12-16";
    await moved();
  });

  it("another organization's writes and cache rows change nothing", async () => {
    await record(other, "google_ads", "spend", "2026-12-02", 99_999);
    await setBudget(owner(other), { channelId: catalogue.google_ads!.id, month: "2026-12-01", amount: 1 });
    expect(await agreed()).toEqual(last);
    expect((await agreed(other)).channels[0]!.windows.thisMonth.spend).toBe(99_999);
  });

  it("goes with the organization", async () => {
    const rowsOf = async (orgId: string) => (await getDb().select().from(economicsCache).where(eq(economicsCache.orgId, orgId))).length;
    expect(await rowsOf(team.org.id)).toBe(1);
    await deleteOrganization(owner(team), team.org.name);
    expect(await rowsOf(team.org.id)).toBe(0);
    expect(await rowsOf(other.org.id)).toBe(1);
  });
});
