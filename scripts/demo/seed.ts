import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import {
  benchmarks,
  channels,
  goals,
  kpiSnapshots,
  memberships,
  metrics,
  objectives,
  organizations,
  type Priority,
  users,
} from "@/db/schema/index";
import { hashPassword } from "@/lib/auth/password";
import { addMonths, type DemoRole, demoSeries, firstWeekdayOfNextMonth, type GoalShape, isoDate, todayUtc } from "./series";
import { seedDemoMoney } from "./money";
import { seedDemoReview } from "./review";
import { seedDemoPaths, WEDDING_SEASON } from "./paths";
import { seedDemoCheckIns } from "./check-ins";

export const DEMO_ORG_SLUG = "bakeriet";
export const DEMO_PASSWORD = "maalbar-demo";
export const DEMO_USERS = [
  { role: "owner", email: "eier@bakeriet.no", name: "Kari Nordmann" },
  { role: "manager", email: "leder@bakeriet.no", name: "Ola Hansen" },
  { role: "member", email: "ansatt@bakeriet.no", name: "Ingrid Berg" },
] as const satisfies readonly { role: DemoRole; email: string; name: string }[];

const ORG_NAME = "Bakeriet i Oslo";
// Objectives and goals have no unique key to conflict on, so two seeds at once
// (two instances starting) queue on this lock instead of both inserting.
const DEMO_SEED_LOCK = 4_242_002;

/** An org-specific addition to the catalogue's `sales` channel. */
// Orders are counted over a period: a total (lib/domain/series.ts), recorded here as one number per week.
const WEDDING_CAKE_METRIC = {
  key: "wedding_cake_orders",
  nameNb: "Bryllupskakebestillinger",
  nameEn: "Wedding-cake orders",
  kind: "total" as const,
};

const OBJECTIVES = [
  {
    title: "Øke omsetningen av bryllupskaker",
    description: "Bryllupskaker har best margin. Vi vil bli det bakeriet brudepar i Oslo finner først, på sosiale medier og på nett.",
  },
  {
    title: "Flere faste kunder i butikken",
    description: "Flere som kommer igjen hver uke: gjennom aktive kanaler, gode anmeldelser og en hyggelig opplevelse i butikken.",
  },
] as const;

type GoalDef = {
  title: string;
  description: string;
  channel: string;
  metric: string;
  baseline: number;
  target: number;
  startMonthsAgo: number;
  months: number;
  owner: DemoRole;
  objective: 0 | 1;
  priority: Priority;
  /** How the demo history tracks the goal: on track, ahead, or ahead today but with a trend that falls short (jump). */
  pace: number;
  noise: number;
} & Pick<GoalShape, "season" | "historyWeeks" | "jump">;

const GOALS: GoalDef[] = [
  {
    title: "30 % flere bryllupskakebestillinger via sosiale medier",
    description: "Vise fram bryllupskakene på Instagram og Facebook hver uke, med bilder fra ekte bryllup og en enkel bestillingslenke.",
    channel: "sales",
    metric: WEDDING_CAKE_METRIC.key,
    baseline: 20,
    target: 26,
    startMonthsAgo: 3,
    months: 6,
    owner: "manager",
    objective: 0,
    priority: "high",
    pace: 1,
    noise: 1.5,
    // Orders peak in spring: more than a year of history, so the goal can follow last year's season.
    season: WEDDING_SEASON,
    historyWeeks: 60,
  },
  {
    title: "25 % mer engasjement på Facebook-innlegg",
    description: "Tre innlegg i uka med spørsmål til følgerne, bilder fra bakeriet og svar på alle kommentarer samme dag.",
    channel: "facebook",
    metric: "engagement",
    baseline: 400,
    target: 500,
    startMonthsAgo: 1,
    months: 3,
    owner: "member",
    objective: 1,
    priority: "medium",
    // At risk because of its forecast: three posts a week lifted engagement at once (ahead of the path
    // today), but it has hardly grown since, so the trend reaches about 450 of 500 by the deadline.
    jump: 0.5,
    pace: 0.05,
    noise: 3,
  },
  {
    title: "30 % flere organiske besøk på nettsiden",
    description: "To blogginnlegg i måneden om kaker og bryllup, og bedre tekster på produktsidene, så flere finner oss i Google.",
    channel: "website",
    metric: "organic_visits",
    baseline: 1200,
    target: 1560,
    startMonthsAgo: 2,
    months: 6,
    owner: "owner",
    objective: 0,
    priority: "medium",
    pace: 1.25,
    noise: 30,
  },
];

/**
 * Creates the demo bakery (three users, objectives, goals and 9 months of
 * weekly KPIs) in one transaction, then its last monthly review meeting.
 * Idempotent: every row is looked up by its natural key first, so a second
 * run adds nothing, and a later run only adds the Mondays that have passed
 * since.
 */
export async function seedDemo(db: Db): Promise<{ created: boolean }> {
  // Hash outside the transaction, and only for people not there yet: argon2 is slow on purpose.
  const emails = DEMO_USERS.map((u) => u.email);
  const existing = new Set((await db.select({ email: users.email }).from(users).where(inArray(users.email, emails))).map((u) => u.email));
  const newUsers = await Promise.all(
    DEMO_USERS.filter((u) => !existing.has(u.email)).map(async (u) => ({
      email: u.email,
      name: u.name,
      locale: "nb",
      passwordHash: await hashPassword(DEMO_PASSWORD),
      // The demo people log in with their password at once.
      emailVerifiedAt: new Date(),
    })),
  );

  const seeded = await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${DEMO_SEED_LOCK})`);
    const today = todayUtc();
    if (newUsers.length > 0) await tx.insert(users).values(newUsers).onConflictDoNothing({ target: users.email });
    const userRows = await tx.select({ id: users.id, email: users.email }).from(users).where(inArray(users.email, emails));
    const userIdOf = (role: DemoRole): string => {
      const email = DEMO_USERS.find((u) => u.role === role)!.email;
      return userRows.find((u) => u.email === email)!.id;
    };

    const inserted = await tx
      .insert(organizations)
      .values({
        name: ORG_NAME,
        slug: DEMO_ORG_SLUG,
        locale: "nb",
        currency: "NOK",
        timeZone: "Europe/Oslo",
        reviewCadence: "monthly",
        nextReviewOn: firstWeekdayOfNextMonth(today),
      })
      .onConflictDoNothing({ target: organizations.slug })
      .returning({ id: organizations.id });
    const [org] = await tx.select().from(organizations).where(eq(organizations.slug, DEMO_ORG_SLUG)).limit(1);
    const orgId = org!.id;
    // Dates hang off the day the demo was first seeded, so later runs extend the same story.
    const createdOn = isoDate(org!.createdAt);
    const anchor = inserted.length > 0 || createdOn > today ? today : createdOn;

    await tx
      .insert(memberships)
      .values(DEMO_USERS.map((u) => ({ orgId, userId: userIdOf(u.role), role: u.role })))
      .onConflictDoNothing({ target: [memberships.orgId, memberships.userId] });

    const { lookup: metricIds, kindOf } = await catalogueMetricIds(tx, orgId);
    // The bakery's own benchmark for wedding-cake orders, which the article's table lacks:
    // shows a team's own benchmark on a metric beside the defaults.
    await tx
      .insert(benchmarks)
      .values({
        orgId,
        ...metricIds("sales", "wedding_cake_orders"),
        upliftPct: 25,
        typicalGoalNb: "Flere bestillinger gjennom synlighet i sosiale medier",
        typicalGoalEn: "More orders through visibility on social media",
        source: "Bakeriet i Oslo: egen erfaring fra bryllupssesongene 2024–2025",
        updatedBy: userIdOf("owner"),
      })
      .onConflictDoNothing({ target: [benchmarks.orgId, benchmarks.metricId] });
    const objectiveIds = await ensureObjectives(tx, orgId, userIdOf("owner"));
    const shapes: GoalShape[] = [];
    const goalIds: string[] = [];
    const goalRows: (typeof goals.$inferSelect)[] = [];
    for (const def of GOALS) {
      const ids = metricIds(def.channel, def.metric);
      const goal = await ensureGoal(tx, orgId, def, anchor, {
        ...ids,
        objectiveId: objectiveIds[def.objective]!,
        ownerId: userIdOf(def.owner),
        createdBy: userIdOf("owner"),
      });
      goalIds.push(goal.id);
      goalRows.push(goal);
      // The history follows the goal as stored, in case someone edited it in the demo.
      const start = goal.startDate ?? addMonths(anchor, -def.startMonthsAgo);
      shapes.push({
        channel: def.channel,
        metric: def.metric,
        recorder: def.owner,
        baseline: goal.baselineValue ?? def.baseline,
        target: goal.targetValue ?? def.target,
        start,
        deadline: goal.deadline ?? addMonths(start, def.months),
        pace: def.pace,
        jump: def.jump,
        noise: def.noise,
        season: def.season,
        historyWeeks: def.historyWeeks,
      });
    }

    const rows = demoSeries(anchor, today, shapes).flatMap((s) => {
      const ids = metricIds(s.channel, s.metric);
      const recordedBy = userIdOf(s.recorder);
      // The demo records on Mondays: a total's number is the week's, a level's the day's.
      const covers = kindOf(ids.metricId) === "total" ? ("week" as const) : ("day" as const);
      return s.points.map((p) => ({ orgId, ...ids, date: p.date, value: p.value, covers, source: "manual" as const, recordedBy }));
    });
    await tx
      .insert(kpiSnapshots)
      .values(rows)
      .onConflictDoNothing({
        target: [kpiSnapshots.orgId, kpiSnapshots.channelId, kpiSnapshots.metricId, kpiSnapshots.date],
      });
    await seedDemoPaths(tx, orgId, { weddingCakes: goalRows[0]!, website: goalRows[2]! });
    await seedDemoCheckIns(
      tx,
      {
        orgId,
        users: { owner: userIdOf("owner"), manager: userIdOf("manager"), member: userIdOf("member") },
        goals: { weddingCakes: goalIds[0]!, facebook: goalIds[1]!, website: goalIds[2]! },
        channelIdOf: (channel) => metricIds(channel, GOALS.find((g) => g.channel === channel)!.metric).channelId,
      },
      anchor,
    );
    await seedDemoMoney(tx, { orgId, ownerId: userIdOf("owner"), managerId: userIdOf("manager"), anchor, today }, metricIds);

    return {
      created: inserted.length > 0,
      review: {
        orgId,
        users: { owner: userIdOf("owner"), manager: userIdOf("manager"), member: userIdOf("member") },
        goals: { weddingCakes: goalIds[0]!, facebook: goalIds[1]!, website: goalIds[2]! },
      },
    };
  });
  // Through lib/data's own transactions, so after the one above: PGlite has a single connection.
  await seedDemoReview(seeded.review, todayUtc());
  return { created: seeded.created };
}

/**
 * Resolves (channel key, metric key) to ids: the shared catalogue (org_id
 * NULL), plus the bakery's own wedding-cake metric, added here if missing.
 */
async function catalogueMetricIds(tx: Tx, orgId: string) {
  const channelRows = await tx.select({ id: channels.id, key: channels.key }).from(channels).where(isNull(channels.orgId));
  const sales = channelRows.find((c) => c.key === "sales");
  if (!sales) throw new Error("The channel catalogue is missing; run the migrations (which seed it) first.");
  await tx
    .insert(metrics)
    .values({ orgId, channelId: sales.id, ...WEDDING_CAKE_METRIC, unit: "count", direction: "increase" })
    .onConflictDoNothing({ target: [metrics.orgId, metrics.channelId, metrics.key] });
  const metricRows = await tx
    .select({ id: metrics.id, key: metrics.key, channelId: metrics.channelId, orgId: metrics.orgId, kind: metrics.kind })
    .from(metrics)
    .where(
      inArray(
        metrics.channelId,
        channelRows.map((c) => c.id),
      ),
    );
  const lookup = (channelKey: string, metricKey: string): { channelId: string; metricId: string } => {
    const channel = channelRows.find((c) => c.key === channelKey);
    const metric = metricRows.find((m) => m.channelId === channel?.id && m.key === metricKey && (m.orgId === null || m.orgId === orgId));
    if (!channel || !metric) throw new Error(`Demo seed: unknown catalogue metric ${channelKey}/${metricKey}`);
    return { channelId: channel.id, metricId: metric.id };
  };
  const kindOf = (metricId: string) => metricRows.find((m) => m.id === metricId)?.kind ?? "level";
  return { lookup, kindOf };
}

async function ensureObjectives(tx: Tx, orgId: string, createdBy: string): Promise<string[]> {
  const ids: string[] = [];
  for (const o of OBJECTIVES) {
    const [found] = await tx
      .select({ id: objectives.id })
      .from(objectives)
      .where(and(eq(objectives.orgId, orgId), eq(objectives.title, o.title)))
      .limit(1);
    const row =
      found ??
      (
        await tx
          .insert(objectives)
          .values({ orgId, ...o, createdBy })
          .returning({ id: objectives.id })
      )[0];
    ids.push(row!.id);
  }
  return ids;
}

async function ensureGoal(
  tx: Tx,
  orgId: string,
  def: GoalDef,
  anchor: string,
  refs: { channelId: string; metricId: string; objectiveId: string; ownerId: string; createdBy: string },
) {
  const [found] = await tx
    .select()
    .from(goals)
    .where(and(eq(goals.orgId, orgId), eq(goals.title, def.title)))
    .limit(1);
  if (found) return found;
  const start = addMonths(anchor, -def.startMonthsAgo);
  const deadline = addMonths(start, def.months);
  const [created] = await tx
    .insert(goals)
    .values({
      orgId,
      title: def.title,
      description: def.description,
      ...refs,
      unit: "count",
      direction: "increase",
      baselineValue: def.baseline,
      baselineDate: start,
      targetValue: def.target,
      startDate: start,
      deadline,
      priority: def.priority,
      status: "active",
    })
    .returning();
  return created!;
}
