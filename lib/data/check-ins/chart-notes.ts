import { and, asc, eq, gte, inArray, isNull, lte, or, sql } from "drizzle-orm";
import { getDb, type Queryable } from "@/db/client";
import { channels, chartNotes, reviewMeetings, reviewNotes, users } from "@/db/schema/index";
import { type ChartNoteInput, chartNoteFromReviewNote, chartNoteProblems, mayEditChartNote } from "@/lib/domain/chart-notes";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { recordAudit } from "@/lib/data/audit";
import type { TenantContext } from "../context";

export type ChartNoteRow = {
  id: string;
  channelId: string;
  body: string;
  startsOn: string;
  endsOn: string | null;
  authorId: string | null;
  authorName: string | null;
};

/** At most this many notes on one chart or agenda: a bound on what one read returns. */
const CHART_NOTES_LIMIT = 200;

const columns = {
  id: chartNotes.id,
  channelId: chartNotes.channelId,
  body: chartNotes.body,
  startsOn: chartNotes.startsOn,
  endsOn: chartNotes.endsOn,
  authorId: chartNotes.authorId,
  authorName: users.name,
};

function check(input: ChartNoteInput): ChartNoteInput {
  const problems = chartNoteProblems(input);
  if (Object.keys(problems).length) throw new ValidationError(problems);
  return { body: input.body.trim(), startsOn: input.startsOn, endsOn: input.endsOn || null };
}

/** A channel the organization sees: the shared catalogue's or its own; another organization's is not found. */
async function visibleChannel(db: Queryable, ctx: TenantContext, channelId: string): Promise<void> {
  const [row] = await db
    .select({ id: channels.id })
    .from(channels)
    .where(and(eq(channels.id, channelId), or(isNull(channels.orgId), eq(channels.orgId, ctx.orgId))));
  if (!row) throw new NotFoundError();
}

/** What the audit log keeps of a note: its words and channel, so the entry still reads once the note is deleted. */
const auditData = (note: { body: string; channelId: string; startsOn: string }) => ({
  body: note.body,
  channelId: note.channelId,
  startsOn: note.startsOn,
});

export async function addChartNote(ctx: TenantContext, channelId: string, input: ChartNoteInput): Promise<string> {
  const note = check(input);
  return getDb().transaction(async (tx) => {
    await visibleChannel(tx, ctx, channelId);
    const [row] = await tx
      .insert(chartNotes)
      .values({ orgId: ctx.orgId, channelId, ...note, authorId: ctx.userId })
      .returning({ id: chartNotes.id });
    await recordAudit(tx, ctx, "chart_note.created", { type: "chart_note", id: row!.id }, auditData({ ...note, channelId }));
    return row!.id;
  });
}

/** The note, locked, once the caller may change it: its author, or anyone holding `chartNote.editAny`. */
async function editableNote(tx: Queryable, ctx: TenantContext, id: string, anyNote: boolean) {
  const [row] = await tx
    .select({ authorId: chartNotes.authorId, channelId: chartNotes.channelId, body: chartNotes.body, startsOn: chartNotes.startsOn })
    .from(chartNotes)
    .where(and(eq(chartNotes.orgId, ctx.orgId), eq(chartNotes.id, id)))
    .for("update");
  if (!row) throw new NotFoundError();
  if (!mayEditChartNote(ctx.userId, row.authorId, anyNote)) throw new ForbiddenError();
  return row;
}

export async function updateChartNote(ctx: TenantContext, id: string, input: ChartNoteInput, opts: { anyNote: boolean }): Promise<void> {
  const note = check(input);
  await getDb().transaction(async (tx) => {
    const before = await editableNote(tx, ctx, id, opts.anyNote);
    await tx
      .update(chartNotes)
      .set({ ...note, updatedAt: sql`now()` })
      .where(and(eq(chartNotes.orgId, ctx.orgId), eq(chartNotes.id, id)));
    await recordAudit(
      tx,
      ctx,
      "chart_note.updated",
      { type: "chart_note", id },
      { ...auditData({ ...note, channelId: before.channelId }), from: before.body },
    );
  });
}

export async function deleteChartNote(ctx: TenantContext, id: string, opts: { anyNote: boolean }): Promise<void> {
  await getDb().transaction(async (tx) => {
    const before = await editableNote(tx, ctx, id, opts.anyNote);
    await tx.delete(chartNotes).where(and(eq(chartNotes.orgId, ctx.orgId), eq(chartNotes.id, id)));
    await recordAudit(tx, ctx, "chart_note.deleted", { type: "chart_note", id }, auditData(before));
  });
}

/**
 * A review note made into a chart note on a channel, dated the meeting's day:
 * the note's first line is its text. The review note must be the organization's.
 */
export async function chartNoteFromReview(ctx: TenantContext, reviewNoteId: string, channelId: string): Promise<string> {
  return getDb().transaction(async (tx) => {
    const [source] = await tx
      .select({ body: reviewNotes.body, on: reviewMeetings.scheduledFor })
      .from(reviewNotes)
      .innerJoin(reviewMeetings, and(eq(reviewMeetings.id, reviewNotes.meetingId), eq(reviewMeetings.orgId, reviewNotes.orgId)))
      .where(and(eq(reviewNotes.orgId, ctx.orgId), eq(reviewNotes.id, reviewNoteId)));
    if (!source) throw new NotFoundError();
    const note = check({ body: chartNoteFromReviewNote(source.body), startsOn: source.on, endsOn: null });
    await visibleChannel(tx, ctx, channelId);
    const [row] = await tx
      .insert(chartNotes)
      .values({ orgId: ctx.orgId, channelId, ...note, authorId: ctx.userId, reviewNoteId })
      .returning({ id: chartNotes.id });
    await recordAudit(
      tx,
      ctx,
      "chart_note.created",
      { type: "chart_note", id: row!.id },
      { ...auditData({ ...note, channelId }), reviewNoteId },
    );
    return row!.id;
  });
}

/**
 * The organization's notes touching `from`–`to` (both included), oldest
 * first; on the given channels only, when they are named. One query.
 */
export async function chartNotesBetween(
  ctx: TenantContext,
  range: { from: string; to: string },
  channelIds?: string[],
): Promise<ChartNoteRow[]> {
  if (channelIds && !channelIds.length) return [];
  return getDb()
    .select(columns)
    .from(chartNotes)
    .leftJoin(users, eq(users.id, chartNotes.authorId))
    .where(
      and(
        eq(chartNotes.orgId, ctx.orgId),
        channelIds ? inArray(chartNotes.channelId, channelIds) : undefined,
        lte(chartNotes.startsOn, range.to),
        gte(sql`coalesce(${chartNotes.endsOn}, ${chartNotes.startsOn})`, range.from),
      ),
    )
    .orderBy(asc(chartNotes.startsOn), asc(chartNotes.createdAt))
    .limit(CHART_NOTES_LIMIT);
}
