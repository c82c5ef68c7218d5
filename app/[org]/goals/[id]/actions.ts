"use server";

import { revalidatePath } from "next/cache";
import { orgAction } from "@/lib/auth/action";
import { recordConfidence } from "@/lib/data/check-ins";
import { can, ROLES } from "@/lib/domain/permissions";
import { confidenceSchema } from "./schema";

/**
 * A goal's owner records how confident they are (from the goal page or in a
 * meeting); anyone holding `confidence.recordAny` (managers) may for any goal.
 * A drop tells the people who hold it.
 */
export const recordConfidenceAction = orgAction(confidenceSchema, "confidence.record", async ({ ctx, org }, input) => {
  const result = await recordConfidence(ctx, input, {
    anyGoal: can(ctx.role, "confidence.recordAny"),
    notifyRoles: ROLES.filter((role) => can(role, "confidence.recordAny")),
    moneyRoles: ROLES.filter((role) => can(role, "money.view", org)),
  });
  revalidatePath(`/${org.slug}`, "layout");
  return result;
});
