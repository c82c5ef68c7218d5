"use server";

import { revalidatePath } from "next/cache";
import { orgAction } from "@/lib/auth/action";
import { addChartNote, chartNoteFromReview, deleteChartNote, updateChartNote } from "@/lib/data/check-ins";
import { can } from "@/lib/domain/permissions";
import { addChartNoteSchema, chartNoteFromReviewSchema, chartNoteRefSchema, updateChartNoteSchema } from "./schema";

/** Campaign notes show on every chart of the channel, the agenda and the minutes: refresh the organization's pages. */
const refresh = (slug: string) => revalidatePath(`/${slug}`, "layout");

/** Anyone in the team adds a campaign note to a channel. */
export const addChartNoteAction = orgAction(addChartNoteSchema, "chartNote.write", async ({ ctx, org }, input) => {
  const id = await addChartNote(ctx, input.channelId, input);
  refresh(org.slug);
  return { id };
});

/** The author edits their note; anyone holding `chartNote.editAny` (managers) any note. */
export const updateChartNoteAction = orgAction(updateChartNoteSchema, "chartNote.write", async ({ ctx, org }, input) => {
  await updateChartNote(ctx, input.id, input, { anyNote: can(ctx.role, "chartNote.editAny") });
  refresh(org.slug);
  return { id: input.id };
});

export const deleteChartNoteAction = orgAction(chartNoteRefSchema, "chartNote.write", async ({ ctx, org }, input) => {
  await deleteChartNote(ctx, input.id, { anyNote: can(ctx.role, "chartNote.editAny") });
  refresh(org.slug);
});

/** A note from a review meeting made into a chart note on the goal's channel, dated the meeting's day. */
export const chartNoteFromReviewAction = orgAction(chartNoteFromReviewSchema, "chartNote.write", async ({ ctx, org }, input) => {
  const id = await chartNoteFromReview(ctx, input.reviewNoteId, input.channelId);
  refresh(org.slug);
  return { id };
});
