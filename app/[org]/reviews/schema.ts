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
