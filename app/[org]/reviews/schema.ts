import { z } from "zod";
import { ASSESSMENTS, DECISIONS } from "@/lib/domain/review-decisions";
import { REVIEW_CADENCES } from "@/lib/domain/review-cadence";
import { decimal, isoDate, optionalId, orgSlug, requiredIsoDate } from "@/lib/form-fields";

const required = (max: number) => z.string().trim().min(1, "validation.required").max(max, "validation.tooLong");
const ids = z.preprocess(
  (v: unknown): unknown[] => (v === undefined ? [] : Array.isArray(v) ? (v as unknown[]) : [v]),
  z.array(z.uuid("validation.invalid")).max(200),
);

export const meetingSchema = z.object({
  org: orgSlug,
  title: required(200),
  scheduledFor: requiredIsoDate,
  attendeeIds: ids,
});

export const cadenceSchema = z.object({
  org: orgSlug,
  cadence: z.enum(REVIEW_CADENCES, "validation.invalid"),
  nextReviewOn: isoDate.default(null),
});

export const noteSchema = z.object({
  org: orgSlug,
  meetingId: z.uuid("validation.invalid"),
  goalId: optionalId.default(null),
  body: required(4000),
});

export const actionItemSchema = z.object({
  org: orgSlug,
  meetingId: z.uuid("validation.invalid"),
  goalId: optionalId.default(null),
  title: required(300),
  ownerId: optionalId.default(null),
  dueOn: isoDate.default(null),
});

export const decisionSchema = z.object({
  org: orgSlug,
  meetingId: z.uuid("validation.invalid"),
  goalId: z.uuid("validation.invalid"),
  assessment: z.enum(ASSESSMENTS, "reviews.errors.chooseAssessment"),
  decision: z.enum(DECISIONS, "reviews.errors.chooseDecision"),
  targetValue: decimal.default(null),
  deadline: isoDate.default(null),
  reason: z.string().trim().max(500, "validation.tooLong").default(""),
});

/** Moving part of a month's budget between channels (its limits are checked against the budget: lib/domain/review-decisions.ts). */
export const budgetMoveSchema = z.object({
  org: orgSlug,
  meetingId: z.uuid("validation.invalid"),
  fromChannelId: z.uuid("reviews.errors.chooseChannel"),
  toChannelId: z.uuid("reviews.errors.chooseChannel"),
  /** The month as the month picker sends it ("2026-12"), or any day of it. */
  month: z.preprocess((v) => (typeof v === "string" && /^\d{4}-\d{2}$/.test(v) ? `${v}-01` : v), requiredIsoDate),
  amount: decimal.pipe(z.number("validation.required").max(1_000_000_000, "money.errors.amountTooLarge")),
  reason: z.string().trim().min(1, "reviews.errors.moveReasonRequired").max(500, "validation.tooLong"),
});
