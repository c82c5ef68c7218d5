import { and, eq, isNull } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { channelBudgets, channels, kpiSnapshots, metrics } from "@/db/schema";
import { channelCatalog } from "@/lib/data/benchmarks";
import { measurementsCsv } from "@/lib/data/csv";
import { form, makeTeam } from "@/test/fixtures";

// Which person is calling is the only double: membership, role and the organization's money setting are read from the database.
const session = vi.hoisted(() => ({ claims: null as { uid: string; sv: number } | null }));
vi.mock("@/lib/auth/session", async () => (await import("@/test/session-rows")).claimsDouble(() => session.claims));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const { addOneOffCostAction, setBudgetAction, setMoneyVisibilityAction, setVatModeAction } = await import("./actions");

type Team = Awaited<ReturnType<typeof makeTeam>>;
let team: Team;
let googleAds: string;
const as = (userId: string) => {
  session.claims = { uid: userId, sv: 1 };
};
const budget = (amount: string) => setBudgetAction(undefined, form({ org: team.slug, channelId: googleAds, month: "2026-11", amount }));
const errorOf = (r: Awaited<ReturnType<typeof budget>>) => (r && !r.ok ? r.error : null);
const budgets = () => getDb().select({ amount: channelBudgets.amount }).from(channelBudgets).where(eq(channelBudgets.orgId, team.org.id));

beforeAll(async () => {
  team = await makeTeam();
  const [row] = await getDb()
    .select({ id: channels.id })
    .from(channels)
    .where(and(eq(channels.key, "google_ads"), isNull(channels.orgId)));
  googleAds = row!.id;
});
beforeEach(() => {
  session.claims = null;
});

describe("who sees and sets money, per the owners' choice", () => {
  it("by default: owners and managers set budgets, a member is answered as if there were no money", async () => {
    as(team.memberId);
    expect(errorOf(await budget("1000"))).toBe("errors.notFound");
    as(team.managerId);
    expect(await budget("4 000")).toEqual({ ok: true, data: undefined });
    expect(await budgets()).toEqual([{ amount: 4_000 }]);
    // Only owners choose who sees money; a manager who sees it is forbidden, not kept in the dark.
    expect(errorOf(await setMoneyVisibilityAction(undefined, form({ org: team.slug, moneyVisibility: "everyone" })))).toBe(
      "errors.forbidden",
    );
  });

  it("owners only: a manager no longer sees nor sets money", async () => {
    as(team.ownerId);
    expect((await setMoneyVisibilityAction(undefined, form({ org: team.slug, moneyVisibility: "owners" })))?.ok).toBe(true);
    as(team.managerId);
    expect(errorOf(await budget("9 999"))).toBe("errors.notFound");
    expect(errorOf(await setVatModeAction(undefined, form({ org: team.slug, vatMode: "including" })))).toBe("errors.notFound");
    expect(await budgets()).toEqual([{ amount: 4_000 }]);
  });

  it("everyone: a member sees money but may not set it", async () => {
    as(team.ownerId);
    expect((await setMoneyVisibilityAction(undefined, form({ org: team.slug, moneyVisibility: "everyone" })))?.ok).toBe(true);
    as(team.memberId);
    expect(errorOf(await budget("1000"))).toBe("errors.forbidden");
    as(team.ownerId);
    await setMoneyVisibilityAction(undefined, form({ org: team.slug, moneyVisibility: "managers" }));
  });
});

describe("bad input", () => {
  it.each([
    ["0", "money.errors.amountPositive"],
    ["-5", "money.errors.amountPositive"],
    ["tolv", "validation.number"],
    ["2000000000", "money.errors.amountTooLarge"],
  ])("a budget of %s is refused next to the field: %s", async (amount, key) => {
    as(team.ownerId);
    const r = await budget(amount);
    expect(r?.ok).toBe(false);
    expect(r && !r.ok && r.fieldErrors.amount).toEqual([key]);
  });

  it("refuses a one-off cost dated after today, and writes nothing", async () => {
    as(team.ownerId);
    const r = await addOneOffCostAction(
      undefined,
      form({ org: team.slug, channelId: googleAds, date: "2099-01-01", amount: "100", note: "" }),
    );
    expect(r && !r.ok && r.fieldErrors.date).toEqual(["money.errors.futureDate"]);
  });
});

describe("without money, the same pages have no money in them", () => {
  it("leaves spend, revenue and derived figures out of the catalogue and the CSV export", async () => {
    const ctx = { orgId: team.org.id, userId: team.memberId, role: "member" as const };
    const [spend] = await getDb()
      .select({ id: metrics.id })
      .from(metrics)
      .where(and(eq(metrics.channelId, googleAds), eq(metrics.key, "spend"), isNull(metrics.orgId)));
    await getDb()
      .insert(kpiSnapshots)
      .values({ orgId: team.org.id, channelId: googleAds, metricId: spend!.id, date: "2026-11-02", value: 250 });
    const keys = async (money: boolean) =>
      (await channelCatalog(ctx, undefined, { money })).find((c) => c.id === googleAds)!.metrics.map((m) => m.key);
    expect(await keys(true)).toEqual(expect.arrayContaining(["spend", "revenue", "cost_per_click"]));
    expect(await keys(false)).toEqual(["clicks", "conversions"]);
    const text = async (money: boolean) => {
      const stream = await measurementsCsv(ctx, { channel: "google_ads" }, undefined, undefined, money);
      return new Response(stream).text();
    };
    expect(await text(true)).toContain("spend");
    expect(await text(false)).not.toContain("spend");
    await expect(measurementsCsv(ctx, { channel: "google_ads", metric: "spend" }, undefined, undefined, false)).rejects.toThrow(
      /unknownMetric/,
    );
  });
});
