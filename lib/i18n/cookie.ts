import { cookies } from "next/headers";
import { LOCALE_COOKIE, type Locale } from "./locales";

export async function setLocaleCookie(locale: Locale): Promise<void> {
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 365 * 86_400, sameSite: "lax" });
}
