import { and, asc, eq, isNull, or } from "drizzle-orm";
import { getDb, type Queryable } from "@/db/client";
import { channels, type Direction, metrics, type Unit } from "@/db/schema/index";
import type { MetricKind } from "@/lib/domain/series";
import { type Derivation, isMoneyMetric } from "@/lib/domain/money";
import { ownMetricKey } from "@/lib/domain/own-channels";
import type { TenantContext } from "../context";
import { metricSeen } from "../hidden-money";

export type CatalogMetric = {
  id: string;
  key: string;
  nameNb: string;
  nameEn: string;
  unit: Unit;
  direction: Direction;
  kind: MetricKind;
  custom: boolean;
  /** A figure computed from the channel's money (lib/domain/money.ts): a goal can target it, nobody records it. */
  derivation: Derivation | null;
};

/**
 * Which metrics a reader gets: `derived` adds the computed ones (cost per
 * result, ROAS, ROI) for choosing a goal's metric; `money: false` leaves out
 * every metric in kroner and every derived one, for a person who does not see money.
 */
export type CatalogOptions = { derived?: boolean; money?: boolean };
export type CatalogChannel = {
  id: string;
  key: string;
  nameNb: string;
  nameEn: string;
  /** The organization's own channel, not the catalogue's. */
  own: boolean;
  /** An own channel the team archived: its data reads as before, the pickers leave it out (`activeChannels`). */
  archived: boolean;
  metrics: CatalogMetric[];
};

/** The channels a person may pick for something new: a goal, a value typed in, a benchmark. */
export function activeChannels(catalog: CatalogChannel[], keep?: string | null): CatalogChannel[] {
  return catalog.filter((c) => !c.archived || c.id === keep);
}

/** The channels and metrics this organization sees: the shared catalogue plus its own additions. */
export async function channelCatalog(
  ctx: TenantContext,
  db: Queryable = getDb(),
  { derived = false, money = true }: CatalogOptions = {},
): Promise<CatalogChannel[]> {
  const [channelRows, metricRows] = await Promise.all([
    db
      .select()
      .from(channels)
      .where(or(isNull(channels.orgId), eq(channels.orgId, ctx.orgId)))
      .orderBy(asc(channels.sortOrder), asc(channels.nameNb)),
    db
      .select()
      .from(metrics)
      .where(or(isNull(metrics.orgId), eq(metrics.orgId, ctx.orgId)))
      .orderBy(asc(metrics.sortOrder), asc(metrics.nameNb)),
  ]);
  return channelRows.map((c) => ({
    id: c.id,
    key: c.key,
    nameNb: c.nameNb,
    nameEn: c.nameEn,
    own: c.orgId !== null,
    archived: c.archivedAt !== null,
    metrics: metricRows
      .filter((m) => m.channelId === c.id && (derived || !m.derivation) && (money || !isMoneyMetric(m)))
      .map((m) => ({
        id: m.id,
        key: m.key,
        nameNb: m.nameNb,
        nameEn: m.nameEn,
        unit: m.unit,
        direction: m.direction,
        kind: m.kind,
        custom: m.orgId !== null,
        derivation: m.derivation,
      })),
  }));
}

/** The metric if it belongs to this channel and is visible to the organization. */
export async function findVisibleMetric(db: Queryable, ctx: TenantContext, channelId: string, metricId: string) {
  const [row] = await db
    .select()
    .from(metrics)
    .where(
      and(
        eq(metrics.id, metricId),
        eq(metrics.channelId, channelId),
        or(isNull(metrics.orgId), eq(metrics.orgId, ctx.orgId)),
        metricSeen(ctx),
      ),
    )
    .limit(1);
  return row;
}

/** Adds an organization's own metric to a channel (a custom KPI); reuses one of the same name. */
export async function addCustomMetric(
  db: Queryable,
  ctx: TenantContext,
  input: { channelId: string; name: string; unit: Unit; direction: Direction; kind?: MetricKind },
): Promise<string> {
  const key = ownMetricKey(input.name);
  const [row] = await db
    .insert(metrics)
    .values({
      orgId: ctx.orgId,
      channelId: input.channelId,
      key,
      nameNb: input.name,
      nameEn: input.name,
      unit: input.unit,
      direction: input.direction,
      kind: input.kind ?? "level",
    })
    .onConflictDoUpdate({
      target: [metrics.orgId, metrics.channelId, metrics.key],
      set: { unit: input.unit, direction: input.direction, kind: input.kind ?? "level" },
    })
    .returning({ id: metrics.id });
  return row!.id;
}
