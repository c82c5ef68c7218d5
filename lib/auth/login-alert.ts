import { createTranslator } from "next-intl";
import type { User } from "@/db/schema";
import { attackAlertToken, UNBLOCK_LINK_HOURS } from "@/lib/data/accounts";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { log } from "@/lib/log";
import { appLink, sendMail } from "@/lib/mail/send";
import en from "@/messages/en.json";
import nb from "@/messages/nb.json";

/** Where the e-mail's link leads: a page that makes the browser opening it a recognised device. */
const unblockPath = (token: string) => `/login/unblock?token=${encodeURIComponent(token)}`;

/** The warning in the owner's language (their own setting, else bokmål). */
function attackAlertEmail(user: Pick<User, "name" | "email" | "locale">, token: string): { to: string; subject: string; text: string } {
  const locale: Locale = isLocale(user.locale) ? user.locale : "nb";
  // Typed loosely, as lib/data/reminder-text does: the catalogs' full key union is too deep for tsc here.
  const t = createTranslator({ locale, messages: locale === "en" ? en : nb, namespace: "loginAlert" }) as unknown as (
    key: string,
    values?: Record<string, string | number>,
  ) => string;
  return {
    to: user.email,
    subject: t("subject"),
    text: t("body", { name: user.name, link: appLink(unblockPath(token)), hours: UNBLOCK_LINK_HOURS }),
  };
}

/**
 * After a failed password on an existing account from an unrecognised
 * browser: e-mails the owner once per alert window when the account is being
 * attacked (lib/data/login-alerts). The token is issued before the answer;
 * the mail is sent in the background so a slow mail server neither delays the
 * login answer nor tells the attacker that the account exists. Resolves when
 * the mail has been handed over (or failed, which is logged).
 */
export async function alertOwnerIfAttacked(user: User): Promise<{ sent: Promise<void> } | null> {
  const token = await attackAlertToken(user.id, user.email);
  if (!token) return null;
  log.warn({ event: "login.attack_alert", userId: user.id }, "account under attack; owner alerted");
  const sent = sendMail(attackAlertEmail(user, token)).catch((err: unknown) =>
    log.error({ err, userId: user.id }, "attack alert e-mail failed"),
  );
  return { sent };
}
