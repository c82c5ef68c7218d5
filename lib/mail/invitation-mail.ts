import { createTranslator } from "next-intl";
import { MAIL_TEXT_MAX, mailSafeText } from "@/lib/domain/mail-text";
import type { Role } from "@/lib/domain/permissions";
import { formatDate } from "@/lib/format";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import en from "@/messages/en.json";
import nb from "@/messages/nb.json";
import type { MailMessage } from "./mailer";

export type InvitationMailInput = {
  to: string;
  locale: string | null | undefined;
  /** The person who invited; null when their account is gone. */
  inviter: string | null;
  org: string;
  role: Role;
  link: string;
  /** The last day the link works, YYYY-MM-DD in the organization's time zone. */
  lastDay: string;
};

/**
 * The invitation mail, in the language the inviter chose (invitationMail.* in
 * the catalogs). The names come from users: each is one line, short, and no link.
 */
export function invitationMail(input: InvitationMailInput): MailMessage {
  const locale: Locale = isLocale(input.locale) ? input.locale : "nb";
  const t = createTranslator({ locale, messages: locale === "en" ? en : nb });
  const org = mailSafeText(input.org, MAIL_TEXT_MAX.name);
  const values = {
    org,
    role: t(`roles.${input.role}`),
    link: input.link,
    date: formatDate(locale, input.lastDay),
  };
  if (input.inviter) {
    const inviter = mailSafeText(input.inviter, MAIL_TEXT_MAX.name);
    return {
      to: input.to,
      subject: t("invitationMail.subject", { inviter, org }),
      text: t("invitationMail.text", { inviter, ...values }),
    };
  }
  return { to: input.to, subject: t("invitationMail.subjectNoInviter", { org }), text: t("invitationMail.textNoInviter", values) };
}
