"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { orgAction } from "@/lib/auth/action";
import { changeRole, createInvitation, removeMember, resendInvitation, revokeInvitation } from "@/lib/data/team";
import { INVITATION_DAYS } from "@/lib/domain/invitations";
import { ROLES } from "@/lib/domain/permissions";
import { LOCALES } from "@/lib/i18n/locales";
import { orgSlug, wholeNumber } from "@/lib/form-fields";

const org = orgSlug;
const role = z.enum(ROLES, "validation.invalid");
const id = z.uuid("validation.invalid");

const inviteSchema = z.object({
  org,
  role,
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(320, "validation.tooLong")
    .pipe(z.union([z.literal(""), z.email("validation.email")]))
    .optional(),
  days: wholeNumber(
    z
      .number("validation.number")
      .int("validation.wholeNumber")
      .min(INVITATION_DAYS.min, "team.invite.daysRange")
      .max(INVITATION_DAYS.max, "team.invite.daysRange"),
  ),
  /** The language of the invitation mail; the organization's when not chosen. */
  locale: z.enum(LOCALES, "validation.invalid").optional(),
});

/** Owner only: a link that lets one person join with the chosen role until it expires; mailed to the address when one is given. */
export const inviteMember = orgAction(inviteSchema, "team.manage", async ({ ctx, org: o }, input) => {
  const { token, expiresAt, mailed } = await createInvitation(ctx, {
    role: input.role,
    email: input.email || undefined,
    days: input.days,
    locale: input.locale,
  });
  revalidatePath(`/${o.slug}/team`);
  return { path: `/invite/${token}`, expiresAt: expiresAt.toISOString(), mailedTo: mailed ? input.email : null };
});

/** Owner only: the invitation mailed again with a new link (the old one stops working), at a limited pace. */
export const resendInvite = orgAction(z.object({ org, id }), "team.manage", async ({ ctx, org: o }, { id: invitationId }) => {
  const { email } = await resendInvitation(ctx, invitationId);
  revalidatePath(`/${o.slug}/team`);
  return { email };
});

export const revokeInvite = orgAction(z.object({ org, id }), "team.manage", async ({ ctx, org: o }, { id: invitationId }) => {
  await revokeInvitation(ctx, invitationId);
  revalidatePath(`/${o.slug}/team`);
});

export const changeMemberRole = orgAction(z.object({ org, userId: id, role }), "team.manage", async ({ ctx, org: o }, input) => {
  await changeRole(ctx, input.userId, input.role);
  revalidatePath(`/${o.slug}`, "layout");
});

export const removeTeamMember = orgAction(z.object({ org, userId: id }), "team.manage", async ({ ctx, org: o }, input) => {
  await removeMember(ctx, input.userId);
  revalidatePath(`/${o.slug}`, "layout");
});
