"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { orgSlug } from "@/lib/form-fields";
import { orgAction } from "@/lib/auth/action";
import { markRead, setEmailReminders } from "@/lib/data/notifications";

const org = orgSlug;

/** One of the caller's own notifications, or "all" of them in this organization. */
export const markNotificationsRead = orgAction(
  z.object({ org, id: z.union([z.literal("all"), z.uuid("validation.invalid")], "validation.invalid") }),
  "notification.manageOwn",
  async ({ ctx, org: o }, { id }) => {
    const marked = await markRead(ctx, id);
    revalidatePath(`/${o.slug}/notifications`);
    return { marked };
  },
);

/** The caller's own e-mail setting; it applies to all their organizations. */
export const setReminderEmails = orgAction(
  z.object({ org, on: z.union([z.boolean(), z.stringbool()], "validation.invalid") }),
  "notification.manageOwn",
  async ({ ctx, org: o }, { on }) => {
    await setEmailReminders(ctx.userId, on);
    revalidatePath(`/${o.slug}/notifications`);
    return { on };
  },
);
