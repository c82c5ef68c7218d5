"use server";

import { z } from "zod";
import { publicAction } from "@/lib/auth/action";
import { currentUser } from "@/lib/auth/current";
import { setUserLocale } from "@/lib/data/accounts";
import { setLocaleCookie } from "@/lib/i18n/cookie";
import { LOCALES } from "@/lib/i18n/locales";

/** Switches the language: a cookie for everyone, and the person's setting when signed in. */
export const setLanguage = publicAction(z.object({ locale: z.enum(LOCALES, "validation.invalid") }), async ({ locale }) => {
  await setLocaleCookie(locale);
  const user = await currentUser();
  if (user) await setUserLocale(user.id, locale);
  return { locale };
});
