import { createTranslator } from "next-intl";
import { MAIL_TEXT_MAX, mailSafeText } from "@/lib/domain/mail-text";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import en from "@/messages/en.json";
import nb from "@/messages/nb.json";
import type { MailMessage } from "./mailer";

/**
 * The account mails (confirm your address; someone tried to sign up with it),
 * in the person's language. The words live in the catalogs (accountMail.*).
 */
function translator(locale: string | null | undefined) {
  const chosen: Locale = isLocale(locale) ? locale : "nb";
  return createTranslator({ locale: chosen, messages: chosen === "en" ? en : nb, namespace: "accountMail" });
}

export function verificationMail(to: { email: string; name: string; locale: string | null }, link: string, hours: number): MailMessage {
  const t = translator(to.locale);
  return { to: to.email, subject: t("verify.subject"), text: t("verify.text", { name: to.name, link, hours }) };
}

export function alreadyRegisteredMail(to: { email: string; name: string; locale: string | null }, loginLink: string): MailMessage {
  const t = translator(to.locale);
  return { to: to.email, subject: t("alreadyRegistered.subject"), text: t("alreadyRegistered.text", { name: to.name, link: loginLink }) };
}

export function passwordResetMail(to: { email: string; name: string; locale: string | null }, link: string, minutes: number): MailMessage {
  const t = translator(to.locale);
  return {
    to: to.email,
    subject: t("resetPassword.subject"),
    text: t("resetPassword.text", { name: mailSafeText(to.name, MAIL_TEXT_MAX.name), link, minutes }),
  };
}

/** After a reset: the person learns their password changed, and what to do if it wasn't them. */
export function passwordChangedMail(to: { email: string; name: string; locale: string | null }, forgotLink: string): MailMessage {
  const t = translator(to.locale);
  return {
    to: to.email,
    subject: t("passwordChanged.subject"),
    text: t("passwordChanged.text", { name: mailSafeText(to.name, MAIL_TEXT_MAX.name), link: forgotLink }),
  };
}

/** To every member of an organization an owner deleted: it is gone, who did it, and that their own account stays. */
export function organizationDeletedMail(to: { email: string; name: string; locale: string | null }, org: string, by: string): MailMessage {
  const t = translator(to.locale);
  return {
    to: to.email,
    subject: t("organizationDeleted.subject", { org: mailSafeText(org, MAIL_TEXT_MAX.name) }),
    text: t("organizationDeleted.text", {
      name: mailSafeText(to.name, MAIL_TEXT_MAX.name),
      org: mailSafeText(org, MAIL_TEXT_MAX.name),
      by: mailSafeText(by, MAIL_TEXT_MAX.name),
    }),
  };
}
