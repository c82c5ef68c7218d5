"use server";

/**
 * Ticking an action item off, in its own file: the dashboard's task list calls
 * it, and a page sends the browser the message namespaces of every key its
 * actions' files name (lib/i18n/client-messages.test.ts). Beside the meeting's
 * actions it would carry the whole reviews catalog into the dashboard's HTML;
 * it answers only with the generic errors.
 */
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { orgAction } from "@/lib/auth/action";
import { setActionItemDone } from "@/lib/data/reviews";
import { can } from "@/lib/domain/permissions";
import { orgSlug } from "@/lib/form-fields";

const doneSchema = z.object({
  org: orgSlug,
  id: z.uuid("validation.invalid"),
  done: z.enum(["true", "false"]).transform((v) => v === "true"),
});

export const setActionItemDoneAction = orgAction(doneSchema, "review.contribute", async ({ ctx, org }, input) => {
  await setActionItemDone(ctx, input.id, input.done, { anyItem: can(ctx.role, "actionItem.completeAny") });
  revalidatePath(`/${org.slug}`, "layout");
});
