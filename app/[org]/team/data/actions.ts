"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { orgAction } from "@/lib/auth/action";
import { deleteOrganization, type DeletedOrganization } from "@/lib/data/privacy";
import { log } from "@/lib/log";
import { organizationDeletedMail } from "@/lib/mail/account-mails";
import { sendMail } from "@/lib/mail/send";

const deleteSchema = z.object({
  org: z.string().max(100),
  confirmName: z.string().max(300, "validation.tooLong"),
});

/** Tells each former member; the organization is already gone, so a mail that fails is logged, not undone. */
async function tellFormerMembers(gone: DeletedOrganization, by: string): Promise<void> {
  for (const member of gone.members) {
    try {
      await sendMail(organizationDeletedMail(member, gone.name, by));
    } catch (error) {
      log.error({ err: error, event: "organization.deleted.mail_failed" }, "could not tell a former member");
    }
  }
}

/**
 * An owner deletes the organization, having typed its name. Everything in it
 * goes in one transaction (lib/data/privacy); the members are told by e-mail;
 * the owner lands where their other organizations are, or can make a new one.
 */
export const deleteOrganizationAction = orgAction(deleteSchema, "org.delete", async ({ ctx, user }, input) => {
  const gone = await deleteOrganization(ctx, input.confirmName);
  log.info({ event: "organization.deleted", orgId: ctx.orgId, userId: ctx.userId, members: gone.members.length }, "organization deleted");
  await tellFormerMembers(gone, user.name);
  redirect("/");
});
