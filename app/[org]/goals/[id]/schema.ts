import { z } from "zod";
import { CONFIDENCE_COMMENT_MAX, CONFIDENCE_LEVELS } from "@/lib/domain/confidence";
import { optionalId, orgSlug } from "@/lib/form-fields";

export const confidenceSchema = z.object({
  org: orgSlug,
  goalId: z.uuid("validation.invalid"),
  level: z.enum(CONFIDENCE_LEVELS, "confidence.errors.levelRequired"),
  comment: z.string().trim().max(CONFIDENCE_COMMENT_MAX, "validation.tooLong").default(""),
  /** Set when recorded during a review meeting. */
  meetingId: optionalId.default(null),
});
