"use server";

import { headers } from "next/headers";
import { getLocale } from "next-intl/server";
import { z } from "zod";
import { publicAction } from "@/lib/auth/action";
import { clientIp } from "@/lib/auth/credentials";
import { mailThrottledError } from "@/lib/auth/throttled";
import { requestPasswordReset } from "@/lib/data/accounts";
import { isLocale } from "@/lib/i18n/locales";

const requestSchema = z.object({
  email: z.string().trim().toLowerCase().min(1, "validation.required").max(320, "validation.tooLong").pipe(z.email("validation.email")),
});

/**
 * "Forgot password?": answers "check your e-mail" for any address; only an
 * account gets a link (lib/data/accounts/password-reset). The mail is sent
 * after the answer, so the answer takes as long for an unknown address.
 */
export const requestPasswordResetLink = publicAction(requestSchema, async (input) => {
  const locale = await getLocale();
  const { outcome } = await requestPasswordReset(input.email, clientIp(await headers()), isLocale(locale) ? locale : "nb");
  if (outcome.status === "throttled") throw mailThrottledError("login", outcome.retryAfterSeconds);
  return { checkMail: input.email };
});
