"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { orgAction } from "@/lib/auth/action";
import {
  addActionItem,
  addNote,
  cancelMeeting,
  closeMeeting,
  decideGoal,
  moveBudget,
  scheduleMeeting,
  setReviewCadence,
  startMeeting,
} from "@/lib/data/reviews";
import { todayIn } from "@/lib/format";
import { orgSlug } from "@/lib/form-fields";
import { actionItemSchema, budgetMoveSchema, cadenceSchema, decisionSchema, meetingSchema, noteSchema } from "./schema";

const meetingRef = z.object({ org: orgSlug, id: z.uuid("validation.invalid") });

/** Owners and managers schedule, start, cancel and close meetings and set the cadence. */
export const scheduleMeetingAction = orgAction(meetingSchema, "review.run", async ({ ctx, org }, input) => {
  const id = await scheduleMeeting(ctx, input, todayIn(org.timeZone));
  revalidatePath(`/${org.slug}`, "layout");
  redirect(`/${org.slug}/reviews/${id}`);
});

export const startMeetingAction = orgAction(meetingRef, "review.run", async ({ ctx, org }, input) => {
  await startMeeting(ctx, input.id);
  revalidatePath(`/${org.slug}/reviews`, "layout");
});

export const cancelMeetingAction = orgAction(meetingRef, "review.run", async ({ ctx, org }, input) => {
  await cancelMeeting(ctx, input.id);
  revalidatePath(`/${org.slug}`, "layout");
  redirect(`/${org.slug}/reviews`);
});

export const closeMeetingAction = orgAction(meetingRef, "review.run", async ({ ctx, org }, input) => {
  await closeMeeting(ctx, input.id, todayIn(org.timeZone));
  revalidatePath(`/${org.slug}`, "layout");
  redirect(`/${org.slug}/reviews/${input.id}/minutes`);
});

export const setCadenceAction = orgAction(cadenceSchema, "review.run", async ({ ctx, org }, input) => {
  await setReviewCadence(ctx, input.cadence, input.nextReviewOn);
  revalidatePath(`/${org.slug}`, "layout");
});

/** Everyone in the team adds notes and action items while the meeting is open. */
export const addNoteAction = orgAction(noteSchema, "review.contribute", async ({ ctx }, input) => {
  return { id: await addNote(ctx, input.meetingId, input.goalId, input.body) };
});

export const addActionItemAction = orgAction(actionItemSchema, "review.contribute", async ({ ctx }, input) => {
  const { org: _org, ...item } = input;
  return { id: await addActionItem(ctx, item) };
});

export const decideGoalAction = orgAction(decisionSchema, "review.run", async ({ ctx, org }, input) => {
  const { org: _org, meetingId, ...decision } = input;
  await decideGoal(ctx, meetingId, decision, todayIn(org.timeZone));
  revalidatePath(`/${org.slug}`, "layout");
});

/** Owners and managers who see money: move part of a month's budget from one channel to another, with a reason. */
export const moveBudgetAction = orgAction(budgetMoveSchema, "money.manage", async ({ ctx, org }, input) => {
  const { org: _org, meetingId, ...move } = input;
  const id = await moveBudget(ctx, meetingId, move, todayIn(org.timeZone));
  revalidatePath(`/${org.slug}`, "layout");
  return { id };
});
