import { createTranslator } from "next-intl";
import { formatDate } from "@/lib/format";
import { MAIL_TEXT_MAX, mailSafeText, singleLine } from "@/lib/domain/mail-text";
import { type ConfidenceLevel, isConfidenceLevel } from "@/lib/domain/confidence";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import en from "@/messages/en.json";
import nb from "@/messages/nb.json";

/**
 * What a reminder says, shared by the notification list and the e-mail so
 * both tell the same thing. The words come from the message catalogs
 * (notifications.*), dates through lib/format.
 */
export type Reminder =
  | { kind: "review_due"; nextReviewOn: string; days: number }
  | { kind: "review_overdue"; nextReviewOn: string; days: number }
  | { kind: "stale_goal"; goalId: string; title: string; lastMeasuredOn: string | null; days: number }
  | { kind: "action_overdue"; itemId: string; title: string; dueOn: string }
  | { kind: "action_assigned"; itemId: string; title: string; dueOn: string | null }
  | { kind: "confidence_drop"; goalId: string; title: string; from: ConfidenceLevel; to: ConfidenceLevel; by: string };

export type ReminderKind = Reminder["kind"];

/** The stored row's `kind` and `data` back as a Reminder; null for a kind this version doesn't know. */
export function reminderOf(kind: string, data: Record<string, unknown> | null): Reminder | null {
  const d = data ?? {};
  const str = (k: string) => (typeof d[k] === "string" ? d[k] : null);
  const num = (k: string) => (typeof d[k] === "number" ? d[k] : null);
  switch (kind) {
    case "review_due":
    case "review_overdue": {
      const nextReviewOn = str("nextReviewOn");
      const days = num("days");
      return nextReviewOn && days !== null ? { kind, nextReviewOn, days } : null;
    }
    case "stale_goal": {
      const [goalId, title, days] = [str("goalId"), str("title"), num("days")];
      return goalId && title !== null && days !== null ? { kind, goalId, title, lastMeasuredOn: str("lastMeasuredOn"), days } : null;
    }
    case "action_overdue": {
      const [itemId, title, dueOn] = [str("itemId"), str("title"), str("dueOn")];
      return itemId && title !== null && dueOn ? { kind, itemId, title, dueOn } : null;
    }
    case "action_assigned": {
      const [itemId, title] = [str("itemId"), str("title")];
      return itemId && title !== null ? { kind, itemId, title, dueOn: str("dueOn") } : null;
    }
    case "confidence_drop": {
      const [goalId, title, from, to, by] = [str("goalId"), str("title"), str("from"), str("to"), str("by")];
      return goalId && title !== null && isConfidenceLevel(from) && isConfidenceLevel(to)
        ? { kind, goalId, title, from, to, by: by ?? "" }
        : null;
    }
    default:
      return null;
  }
}

/** The row's `data`: the reminder without its kind, which has its own column. */
export function reminderData(reminder: Reminder): Record<string, unknown> {
  const { kind: _kind, ...data } = reminder;
  return data;
}

/** Where in the app the reminder's subject lives. */
export function reminderPath(orgSlug: string, reminder: Reminder): string {
  return reminder.kind === "stale_goal" || reminder.kind === "confidence_drop"
    ? `/${orgSlug}/goals/${reminder.goalId}`
    : `/${orgSlug}/reviews`;
}

/** A translator of the `notifications` namespace, with keys known only at run time. */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

/** The human sentence of a reminder, e.g. "Oppgaven «Y» skulle vært ferdig 20. nov. 2026". */
export function reminderSentence(t: Translate, locale: string, reminder: Reminder): string {
  switch (reminder.kind) {
    case "review_due":
      return t("kinds.reviewDue", { days: Math.max(0, reminder.days), date: formatDate(locale, reminder.nextReviewOn) });
    case "review_overdue":
      return t("kinds.reviewOverdue", { date: formatDate(locale, reminder.nextReviewOn) });
    case "stale_goal":
      return t(reminder.lastMeasuredOn ? "kinds.staleGoal" : "kinds.staleGoalNever", { title: reminder.title, days: reminder.days });
    case "action_overdue":
      return t("kinds.actionOverdue", { title: reminder.title, date: formatDate(locale, reminder.dueOn) });
    case "action_assigned":
      return reminder.dueOn
        ? t("kinds.actionAssigned", { title: reminder.title, date: formatDate(locale, reminder.dueOn) })
        : t("kinds.actionAssignedUndated", { title: reminder.title });
    case "confidence_drop":
      return t(reminder.by ? "kinds.confidenceDrop" : "kinds.confidenceDropNoName", {
        title: reminder.title,
        from: t(`confidence.${reminder.from}`),
        to: t(`confidence.${reminder.to}`),
        name: reminder.by,
      });
  }
}

const SUBJECT_KEY: Record<ReminderKind, string> = {
  review_due: "email.subjectReviewDue",
  review_overdue: "email.subjectReviewOverdue",
  stale_goal: "email.subjectStaleGoal",
  action_overdue: "email.subjectActionOverdue",
  action_assigned: "email.subjectActionAssigned",
  confidence_drop: "email.subjectConfidenceDrop",
};

/** The language of a person's mail: their own choice, else the organization's, else bokmål. */
export function mailLocale(userLocale: string | null, orgLocale: string | null): Locale {
  if (isLocale(userLocale)) return userLocale;
  if (isLocale(orgLocale)) return orgLocale;
  return "nb";
}

function notificationsTranslator(locale: Locale): Translate {
  const t = createTranslator({ locale, messages: locale === "en" ? en : nb, namespace: "notifications" });
  return t as unknown as Translate;
}

/** The reminder as a plain-text e-mail in the person's language, with links to the item and to the setting. */
export function reminderEmail(
  reminder: Reminder,
  to: { name: string; locale: Locale },
  org: { slug: string; name: string },
  appUrl: string,
): { subject: string; text: string } {
  const t = notificationsTranslator(to.locale);
  // Every user-written piece goes in as one short line that no mail program
  // turns into a link (lib/domain/mail-text.ts); the app's own URLs stay as they are.
  const safe: Reminder = "title" in reminder ? { ...reminder, title: mailSafeText(reminder.title, MAIL_TEXT_MAX.title) } : reminder;
  const orgName = mailSafeText(org.name, MAIL_TEXT_MAX.name);
  const title = "title" in safe ? safe.title : "";
  const subject = singleLine(t(SUBJECT_KEY[reminder.kind], { org: orgName, title }));
  const text = [
    t("email.greeting", { name: mailSafeText(to.name, MAIL_TEXT_MAX.name) }),
    "",
    `${reminderSentence(t, to.locale, safe)}.`,
    "",
    t("email.open", { url: `${appUrl}${reminderPath(org.slug, reminder)}` }),
    "",
    "-- ",
    t("email.footer", { org: orgName, url: `${appUrl}/${org.slug}/notifications` }),
    "",
  ].join("\n");
  return { subject, text };
}
