import { and, asc, eq, isNull, or } from "drizzle-orm";
import { getDb, type Queryable } from "@/db/client";
import { benchmarks, channels, metrics } from "@/db/schema/index";
import {
  cleanName,
  nameTaken,
  OWN_METRIC_TYPES,
  ownChannelKey,
  ownMetricKey,
  ownMetricsProblems,
  ownNameProblem,
  type OwnMetricInput,
} from "@/lib/domain/own-channels";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { recordAudit } from "@/lib/data/audit";
import { isUniqueViolation } from "../db-errors";
import type { TenantContext } from "../context";

export type NewOwnChannel = {
  name: string;
  metrics: OwnMetricInput[];
  /** The source written on the benchmarks the team gives ("Vårt eget anslag"), in the creator's language. */
  benchmarkSource: string;
};

export type OwnChannelRow = {
  id: string;
  key: string;
  name: string;
  archived: boolean;
  metrics: { id: string; name: string; unit: string; kind: string; direction: string }[];
};

const NAME_TAKEN = () => new ValidationError({ name: ["ownChannels.errors.nameTaken"] }, "errors.validation");

function requireName(name: string): string {
  const problem = ownNameProblem(name);
  if (problem) throw new ValidationError({ name: [problem] }, "errors.validation");
  return cleanName(name);
}

/** Every channel the organization sees (the catalogue and its own, archived ones too), for the name check and the keys. */
function visibleChannels(db: Queryable, ctx: TenantContext) {
  return db
    .select({ id: channels.id, key: channels.key, nameNb: channels.nameNb, nameEn: channels.nameEn })
    .from(channels)
    .where(or(isNull(channels.orgId), eq(channels.orgId, ctx.orgId)));
}

/**
 * Two people adding "TikTok" at once: the unique indexes let one in (the
 * name's, or the key's made from it, whichever PostgreSQL checks first); the
 * other hears the name is taken, read again after the failed transaction.
 */
async function withNameIndex<T>(ctx: TenantContext, name: string, exceptId: string | undefined, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    if (isUniqueViolation(error, "channels_org_name_unique") || nameTaken(name, await visibleChannels(getDb(), ctx), exceptId))
      throw NAME_TAKEN();
    throw new ConflictError("ownChannels.errors.tryAgain");
  }
}

/**
 * Adds an organization's own channel with its metrics and the benchmarks the
 * team gave, in one transaction. Its one name is stored in both languages'
 * columns: it reads as typed whatever the reader's language.
 */
export async function createOwnChannel(ctx: TenantContext, input: NewOwnChannel): Promise<{ id: string; key: string }> {
  const name = requireName(input.name);
  const problems = ownMetricsProblems(input.metrics);
  if (Object.keys(problems).length) throw new ValidationError(problems, "errors.validation");
  return withNameIndex(ctx, name, undefined, () =>
    getDb().transaction(async (tx) => {
      const seen = await visibleChannels(tx, ctx);
      if (nameTaken(name, seen)) throw NAME_TAKEN();
      const key = ownChannelKey(name, new Set(seen.map((c) => c.key)));
      const [channel] = await tx
        .insert(channels)
        .values({ orgId: ctx.orgId, key, nameNb: name, nameEn: name, sortOrder: 200 })
        .returning({ id: channels.id, key: channels.key });
      const created = await tx
        .insert(metrics)
        .values(
          input.metrics.map((m, i) => ({
            orgId: ctx.orgId,
            channelId: channel!.id,
            key: ownMetricKey(m.name),
            nameNb: cleanName(m.name),
            nameEn: cleanName(m.name),
            ...OWN_METRIC_TYPES[m.type],
            direction: m.direction,
            isMain: i === 0,
            sortOrder: i,
          })),
        )
        .returning({ id: metrics.id, key: metrics.key, name: metrics.nameNb });
      const withBenchmark = input.metrics.flatMap((m) => {
        const metric = created.find((c) => c.key === ownMetricKey(m.name));
        return m.benchmarkPct === null || !metric ? [] : [{ metric, upliftPct: m.benchmarkPct }];
      });
      if (withBenchmark.length)
        await tx.insert(benchmarks).values(
          withBenchmark.map(({ metric, upliftPct }) => ({
            orgId: ctx.orgId,
            channelId: channel!.id,
            metricId: metric.id,
            upliftPct,
            typicalGoalNb: metric.name,
            typicalGoalEn: metric.name,
            source: input.benchmarkSource,
            updatedBy: ctx.userId,
          })),
        );
      await recordAudit(tx, ctx, "channel.created", { type: "channel", id: channel!.id }, { title: name, metrics: created.length });
      return channel!;
    }),
  );
}

/**
 * The organization's own channel, locked for the change. Another
 * organization's channel answers like a missing one; the catalogue's is the
 * same for every team and cannot be changed by one.
 */
async function requireOwnChannel(db: Queryable, ctx: TenantContext, channelId: string) {
  const [row] = isUuid(channelId)
    ? await db
        .select()
        .from(channels)
        .where(and(eq(channels.id, channelId), or(isNull(channels.orgId), eq(channels.orgId, ctx.orgId))))
        .for("update")
        .limit(1)
    : [];
  if (!row) throw new NotFoundError();
  if (row.orgId === null) throw new ConflictError("ownChannels.errors.catalogueChannel");
  return row;
}

/** Renames an own channel; the name is checked like a new one's, against every channel but itself. */
export async function renameOwnChannel(ctx: TenantContext, channelId: string, newName: string): Promise<void> {
  const name = requireName(newName);
  await withNameIndex(ctx, name, channelId, () =>
    getDb().transaction(async (tx) => {
      const row = await requireOwnChannel(tx, ctx, channelId);
      if (nameTaken(name, await visibleChannels(tx, ctx), row.id)) throw NAME_TAKEN();
      if (row.nameNb === name) return;
      await tx.update(channels).set({ nameNb: name, nameEn: name }).where(eq(channels.id, row.id));
      await recordAudit(tx, ctx, "channel.renamed", { type: "channel", id: row.id }, { title: name, from: row.nameNb });
    }),
  );
}

/**
 * Archives an own channel (out of the goal form, quick entry and the grid;
 * its measurements, goals and money stay and read as before), or brings it back.
 */
export async function setOwnChannelArchived(ctx: TenantContext, channelId: string, archived: boolean): Promise<void> {
  await getDb().transaction(async (tx) => {
    const row = await requireOwnChannel(tx, ctx, channelId);
    if ((row.archivedAt !== null) === archived) return;
    await tx
      .update(channels)
      .set({ archivedAt: archived ? new Date() : null })
      .where(eq(channels.id, row.id));
    await recordAudit(tx, ctx, archived ? "channel.archived" : "channel.restored", { type: "channel", id: row.id }, { title: row.nameNb });
  });
}

/** The organization's own channels with their metrics, the archived ones last. */
export async function listOwnChannels(ctx: TenantContext): Promise<OwnChannelRow[]> {
  const db = getDb();
  const [channelRows, metricRows] = await Promise.all([
    db.select().from(channels).where(eq(channels.orgId, ctx.orgId)).orderBy(asc(channels.nameNb)),
    db
      .select()
      .from(metrics)
      .innerJoin(channels, eq(channels.id, metrics.channelId))
      .where(and(eq(channels.orgId, ctx.orgId), eq(metrics.orgId, ctx.orgId), isNull(metrics.derivation)))
      .orderBy(asc(metrics.sortOrder), asc(metrics.nameNb)),
  ]);
  return channelRows
    .map((c) => ({
      id: c.id,
      key: c.key,
      name: c.nameNb,
      archived: c.archivedAt !== null,
      metrics: metricRows
        .filter((m) => m.metrics.channelId === c.id)
        .map(({ metrics: m }) => ({ id: m.id, name: m.nameNb, unit: m.unit, kind: m.kind, direction: m.direction })),
    }))
    .sort((a, b) => Number(a.archived) - Number(b.archived));
}
