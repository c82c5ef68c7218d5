"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { publicAction } from "@/lib/auth/action";
import { verifyEmailWithToken } from "@/lib/data/accounts";
import { ValidationError } from "@/lib/errors";

const verifySchema = z.object({ token: z.string().min(1).max(200), invite: z.string().max(200).optional() });

/**
 * Uses the link from the verification mail (the token is the credential). The
 * person then logs in; an invitation that waited for the address comes next.
 */
export const verifyEmail = publicAction(verifySchema, async (input) => {
  const verified = await verifyEmailWithToken(input.token);
  if (!verified) throw new ValidationError({}, "verifyEmail.invalid");
  const next = input.invite ? `&callbackUrl=${encodeURIComponent(`/invite/${encodeURIComponent(input.invite)}`)}` : "";
  redirect(`/login?verified=1${next}`);
});
