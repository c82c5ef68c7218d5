import { randomUUID } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { channels, goals, kpiSnapshots, memberships, metrics, type Role } from "@/db/schema/index";
import { channelCatalog } from "@/lib/data/benchmarks";
import { recordMeasurements } from "@/lib/data/measurements";
import { createObjective } from "@/lib/data/goals";
import { registerAccount } from "@/lib/data/accounts";
import { insertUser } from "@/lib/data/accounts";

/** A unique suffix, so test files sharing one PostgreSQL database never collide. */
export function unique(prefix: string): string {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}

export const TEST_PASSWORD = "bryllupskake-2026";

/** An organization with an owner, a manager and a member, made through the real sign-up path. */
export async function makeTeam(name = unique("Testbakeriet")) {
  const ownerEmail = `${unique("eier")}@test.no`;
  const { userId: ownerId, slug } = await registerAccount({
    name: "Eier Test",
    email: ownerEmail,
    password: TEST_PASSWORD,
    locale: "nb",
    organizationName: name,
    emailVerified: true,
  });
  const [org] = await getDb().query.organizations.findMany({ where: (o, { eq }) => eq(o.slug, slug) });
  const add = async (role: Role) => {
    const user = await insertUser(getDb(), {
      email: `${unique(role)}@test.no`,
      name: `${role} test`,
      passwordHash: null,
      emailVerified: true,
    });
    await getDb().insert(memberships).values({ orgId: org!.id, userId: user.id, role });
    return user;
  };
  const manager = await add("manager");
  const member = await add("member");
  return { org: org!, slug, ownerId, ownerEmail, managerId: manager.id, memberId: member.id };
}

/** FormData from a plain object, as a browser form would post it. */
export function form(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) data.append(k, v);
  return data;
}

/**
 * `n` active, SMART goals of the team on different catalogue metrics (linked
 * to one objective, half owned by the manager, half by the member), each
 * series with three monthly measurements (100, 105, 110; shares 50, 55, 60).
 */
/** Shares stay within 0–100 %: their series start at 50, every other at 100. */
const baseOf = (unit: string) => (unit === "percent" ? 50 : 100);

export async function addActiveGoals(team: Awaited<ReturnType<typeof makeTeam>>, n: number, today = "2026-11-26") {
  const ctx = { orgId: team.org.id, userId: team.ownerId, role: "owner" as const };
  const objective = await createObjective(ctx, { title: unique("Flere kunder"), description: "" });
  const series = (await channelCatalog(ctx)).flatMap((c) =>
    c.metrics.filter((m) => !m.custom).map((m) => ({ channelId: c.id, metricId: m.id, unit: m.unit, direction: m.direction })),
  );
  const chosen = Array.from({ length: n }, (_, i) => series[i % series.length]!);
  const rows = await getDb()
    .insert(goals)
    .values(
      chosen.map((s, i) => ({
        orgId: team.org.id,
        title: `Flere kunder, mål ${i + 1}`,
        channelId: s.channelId,
        metricId: s.metricId,
        unit: s.unit,
        direction: s.direction,
        baselineValue: baseOf(s.unit),
        baselineDate: "2026-08-26",
        targetValue: baseOf(s.unit) * (s.direction === "increase" ? 1.3 : 0.7),
        startDate: "2026-08-26",
        deadline: "2027-02-26",
        objectiveId: objective.id,
        ownerId: i % 2 ? team.memberId : team.managerId,
        status: "active" as const,
      })),
    )
    .returning({ id: goals.id, metricId: goals.metricId, direction: goals.direction, unit: goals.unit });
  const dates = ["2026-09-01", "2026-10-01", "2026-11-01"];
  await recordMeasurements(
    ctx,
    [...new Map(chosen.map((s) => [s.metricId, s])).values()].flatMap((s) =>
      dates.map((date, j) => ({ ...s, date, value: baseOf(s.unit) + j * 5 })),
    ),
    { source: "manual", today },
  );
  return rows;
}

/**
 * A goal of the team's member on one of Google Ads' metrics: by default its
 * cost per result, a derived figure and so money (docs/DOMAIN-RULES.md, "Who
 * sees money"). Returns its id.
 */
export async function addGoogleAdsGoal(
  team: Awaited<ReturnType<typeof makeTeam>>,
  { metricKey = "cost_per_result", title = "Billigere leads fra Google" }: { metricKey?: string; title?: string } = {},
) {
  const [metric] = await getDb()
    .select({ id: metrics.id, channelId: metrics.channelId })
    .from(metrics)
    .innerJoin(channels, eq(channels.id, metrics.channelId))
    .where(and(eq(channels.key, "google_ads"), eq(metrics.key, metricKey), isNull(metrics.orgId)));
  const cost = metricKey === "cost_per_result";
  const [row] = await getDb()
    .insert(goals)
    .values({
      orgId: team.org.id,
      title,
      channelId: metric!.channelId,
      metricId: metric!.id,
      unit: cost ? "nok" : "count",
      direction: cost ? "decrease" : "increase",
      baselineValue: 180,
      baselineDate: "2026-10-01",
      targetValue: 120,
      startDate: "2026-10-01",
      deadline: "2027-06-30",
      ownerId: team.memberId,
      status: "active",
    })
    .returning({ id: goals.id });
  return row!.id;
}

/** The tenant context of one of the team's three people. */
export function ctxOf(team: Awaited<ReturnType<typeof makeTeam>>, who: "owner" | "manager" | "member") {
  return { orgId: team.org.id, userId: who === "owner" ? team.ownerId : who === "manager" ? team.managerId : team.memberId, role: who };
}

/** What the confidence action passes when owners and managers see money (the default): the roles told of a drop. */
export const CONFIDENCE_AS_OWNER = { anyGoal: false, notifyRoles: ["owner", "manager"], moneyRoles: ["owner", "manager"] } as const;

/** The catalogue's channels by key, each with its metrics' ids by key. */
export type CatalogueIds = Record<string, { id: string; metrics: Record<string, string> }>;

export async function catalogueIds(): Promise<CatalogueIds> {
  const rows = await getDb()
    .select({ channelId: channels.id, channel: channels.key, metricId: metrics.id, metric: metrics.key })
    .from(channels)
    .innerJoin(metrics, and(eq(metrics.channelId, channels.id), isNull(metrics.orgId)))
    .where(isNull(channels.orgId));
  const out: CatalogueIds = {};
  for (const r of rows) {
    out[r.channel] ??= { id: r.channelId, metrics: {} };
    out[r.channel]!.metrics[r.metric] = r.metricId;
  }
  return out;
}

/** One stored value written straight into kpi_snapshots (the series-version triggers still run). */
export async function storeValue(
  orgId: string,
  catalogue: CatalogueIds,
  [channel, metric]: [string, string],
  date: string,
  value: number,
  covers: "day" | "week" | "month" = "day",
): Promise<void> {
  const c = catalogue[channel]!;
  await getDb().insert(kpiSnapshots).values({ orgId, channelId: c.id, metricId: c.metrics[metric]!, date, value, covers });
}
