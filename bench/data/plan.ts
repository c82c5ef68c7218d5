/**
 * The shape of a benchmark dataset, planned in memory before anything is
 * written (bench/data/generate.ts turns it into a few bulk INSERTs).
 *
 * Every dataset holds the SAME organization "bench" (the one whose pages are
 * measured): 5 people, 12 goals (8 active, 2 achieved, 1 missed, 1 draft) on
 * 8 series of 8 channels, each series measured daily for 3 years (8 × 1 095
 * = 8 760 snapshots), 24 closed monthly review meetings and one scheduled.
 * The rest of the snapshots belong to other tenants: at least 9 of them, one
 * per ~1 375 snapshots (10 000 → 9 others, 1 000 000 → 721 others), each with
 * 2–8 series, 5–15 goals, 1–3 people and 0–12 meetings. So going from one size
 * to the other measures the growth of the other tenants' data alone.
 */
import { CHANNEL_CATALOG } from "@/lib/domain/catalog";
import { mulberry32 } from "@/lib/domain/random";

export const SIZES = { "10k": 10_000, "1m": 1_000_000 } as const;
export type SizeName = keyof typeof SIZES;

export const BENCH_SLUG = "bench";
export const BENCH_EMAIL = "eier@bench.maalbar.test";
export const BENCH_PASSWORD = "benk-bryllupskake-2026";
/** Days of daily history on each of the bench organization's series. */
export const BENCH_DAYS = 1095;
const BENCH_SERIES = 8;
/** Snapshots per other tenant, on average. */
const ROWS_PER_TENANT = 1375;
const MIN_TENANTS = 9;

export type SeriesPlan = { channel: string; metric: string; days: number; endOffset: number; base: number; growth: number; unit: string };
export type GoalPlan = {
  title: string;
  channel: string;
  metric: string;
  status: "active" | "achieved" | "missed" | "draft";
  /** Days before today. */
  startOffset: number;
  /** Days after today (negative: in the past). */
  deadlineOffset: number;
  baseline: number;
  target: number;
  direction: "increase" | "decrease";
  unit: string;
  /** Index into the organization's people; null: no owner. */
  owner: number | null;
};
export type OrgPlan = {
  slug: string;
  name: string;
  people: number;
  series: SeriesPlan[];
  goals: GoalPlan[];
  closedMeetings: number;
  scheduledMeeting: boolean;
};
export type DatasetPlan = { snapshots: number; orgs: OrgPlan[] };

/** A deterministic PRNG: the same size always gives the same dataset. */
const prng = mulberry32;

/** Splits `total` into integer parts proportional to `weights` (largest remainder): the parts sum to `total` exactly. */
export function apportion(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((a, b) => b[0] - a[0]);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) parts[order[k]![1]]! += 1;
  return parts;
}

type Series = { channel: string; metric: string; unit: string; direction: "increase" | "decrease" };
const ALL_SERIES: Series[] = CHANNEL_CATALOG.flatMap((c) =>
  c.metrics.map((m) => ({ channel: c.key, metric: m.key, unit: m.unit, direction: m.direction ?? "increase" })),
);

/** A plausible level for a metric of this unit. */
function baseFor(unit: string, rand: () => number): number {
  if (unit === "percent") return 2 + rand() * 30;
  if (unit === "ratio") return 3 + rand() * 1.8;
  if (unit === "nok") return 5 + rand() * 40;
  return Math.round(200 + rand() * 5000);
}

function valueAt(s: SeriesPlan, daysBeforeToday: number): number {
  // generate.ts writes base × (1 + growth × t / 365) with t days since the series began, plus a little weekly noise.
  const t = s.days - 1 - (daysBeforeToday - s.endOffset);
  return Math.round(s.base * (1 + (s.growth * t) / 365) * 100) / 100;
}

function goalOn(
  s: SeriesPlan,
  dir: "increase" | "decrease",
  title: string,
  status: GoalPlan["status"],
  startOffset: number,
  deadlineOffset: number,
  owner: number | null,
): GoalPlan {
  const baseline = valueAt(s, startOffset);
  const uplift = status === "missed" ? 0.6 : 0.2;
  const target = Math.round(baseline * (dir === "increase" ? 1 + uplift : 1 - uplift / 2) * 100) / 100;
  return {
    title,
    channel: s.channel,
    metric: s.metric,
    status,
    startOffset,
    deadlineOffset,
    baseline,
    target,
    direction: dir,
    unit: s.unit,
    owner,
  };
}

/** The measured organization: identical in every size. */
export function benchOrg(): OrgPlan {
  const rand = prng(42);
  // One series on each of 8 channels (their main metric), growing 5–25 % a year.
  const picked = CHANNEL_CATALOG.slice(0, BENCH_SERIES).map((c) => {
    const m = c.metrics.find((x) => x.main) ?? c.metrics[0]!;
    return { channel: c.key, metric: m.key, unit: m.unit, direction: m.direction ?? ("increase" as const) };
  });
  const series = picked.map((p): SeriesPlan => ({
    ...p,
    days: BENCH_DAYS,
    endOffset: 1,
    base: baseFor(p.unit, rand),
    growth: p.direction === "increase" ? 0.05 + rand() * 0.2 : -0.1,
  }));
  const dirOf = (i: number) => picked[i]!.direction;
  const goals: GoalPlan[] = [
    ...series.map((s, i) => goalOn(s, dirOf(i), `Benkemål ${i + 1}: ${s.channel}`, "active", 60 + i * 20, 30 + i * 15, i % 5)),
    goalOn(series[0]!, dirOf(0), "Benkemål 9: forrige halvår", "achieved", 540, -360, 1),
    goalOn(series[1]!, dirOf(1), "Benkemål 10: i fjor", "achieved", 400, -200, 2),
    goalOn(series[2]!, dirOf(2), "Benkemål 11: for optimistisk", "missed", 300, -100, 3),
    goalOn(series[3]!, dirOf(3), "Benkemål 12: utkast", "draft", 0, 180, null),
  ];
  return { slug: BENCH_SLUG, name: "Benkebakeriet", people: 5, series, goals, closedMeetings: 24, scheduledMeeting: true };
}

function tenant(index: number, rows: number, rand: () => number): OrgPlan {
  const nSeries = Math.max(1, Math.min(2 + Math.floor(rand() * 7), rows));
  const start = Math.floor(rand() * ALL_SERIES.length);
  const chosen = Array.from({ length: nSeries }, (_, k) => ALL_SERIES[(start + k * 3) % ALL_SERIES.length]!);
  const days = apportion(
    rows,
    chosen.map(() => 1),
  );
  const series = chosen.map((c, k): SeriesPlan => ({
    channel: c.channel,
    metric: c.metric,
    unit: c.unit,
    days: days[k]!,
    endOffset: Math.floor(rand() * 30),
    base: baseFor(c.unit, rand),
    growth: c.direction === "increase" ? rand() * 0.3 : -rand() * 0.1,
  }));
  const people = 1 + Math.floor(rand() * 3);
  const nGoals = 5 + Math.floor(rand() * 11);
  const statuses: GoalPlan["status"][] = ["active", "active", "active", "achieved", "missed", "draft"];
  const goals = Array.from({ length: nGoals }, (_, g) => {
    const k = g % series.length;
    const s = series[k]!;
    const status = g < series.length ? "active" : statuses[Math.floor(rand() * statuses.length)]!;
    const startOffset = Math.min(s.days + s.endOffset - 1, 30 + Math.floor(rand() * 300));
    return goalOn(
      s,
      chosen[k]!.direction,
      `Mål ${g + 1}`,
      status,
      startOffset,
      status === "active" || status === "draft" ? 30 + Math.floor(rand() * 200) : -Math.floor(rand() * 100),
      g % people,
    );
  });
  const slug = `tenant-${String(index).padStart(5, "0")}`;
  return { slug, name: `Bedrift ${index}`, people, series, goals, closedMeetings: Math.floor(rand() * 13), scheduledMeeting: rand() < 0.5 };
}

/** The whole dataset: the bench organization and enough other tenants to reach exactly `snapshots` rows. */
export function planDataset(snapshots: number): DatasetPlan {
  const bench = benchOrg();
  const benchRows = bench.series.reduce((a, s) => a + s.days, 0);
  const others = snapshots - benchRows;
  if (others < MIN_TENANTS * 2)
    throw new Error(`at least ${benchRows + MIN_TENANTS * 2} snapshots: the bench organization alone has ${benchRows}`);
  const count = Math.max(MIN_TENANTS, Math.round(others / ROWS_PER_TENANT));
  const rand = prng(snapshots);
  // Tenants differ in size: weights from 0.2 to 1.8 around the mean.
  const rows = apportion(
    others,
    Array.from({ length: count }, () => 0.2 + rand() * 1.6),
  );
  if (rows.some((r) => r < 1)) throw new Error(`${snapshots} snapshots are too few for ${count} tenants`);
  return { snapshots, orgs: [bench, ...rows.map((r, i) => tenant(i + 1, r, rand))] };
}

export function countSnapshots(plan: DatasetPlan): number {
  return plan.orgs.reduce((a, o) => a + o.series.reduce((b, s) => b + s.days, 0), 0);
}
