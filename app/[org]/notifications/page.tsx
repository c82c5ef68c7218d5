import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { SectionCard } from "@/components/ui/section-card";
import { pageTenant } from "@/lib/auth/page";
import { lastRemindersRun, listNotifications, unreadCount } from "@/lib/data/notifications";
import { reminderPath, reminderSentence, type Translate } from "@/lib/data/notifications";
import { runIsLate } from "@/lib/domain/job-schedule";
import { can } from "@/lib/domain/permissions";
import { formatDateTime, formatDay } from "@/lib/format";
import { EmailRemindersSwitch, MarkAllReadButton, MarkReadButton } from "./notification-controls";
import { withMessages } from "@/lib/i18n/page-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("nav");
  return { title: t("notifications") };
}

async function NotificationsPage({ params }: { params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  const { ctx, org, user } = await pageTenant(slug);
  const showJob = can(ctx.role, "reminders.status");
  const [items, unread, t, locale, lastRun] = await Promise.all([
    listNotifications(ctx),
    unreadCount(ctx),
    getTranslations("notifications"),
    getLocale(),
    // Owners see whether the hourly job runs; nobody else's request reads it.
    showJob ? lastRemindersRun() : null,
  ]);
  const say = t as unknown as Translate;
  return (
    <>
      <PageHeader title={t("title")} description={t("subtitle")} actions={unread > 0 ? <MarkAllReadButton org={org.slug} /> : undefined} />
      <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
        <section aria-labelledby="notifications-heading">
          <div className="mb-3 flex items-baseline justify-between gap-3">
            <h2 id="notifications-heading" className="text-lg font-semibold">
              {t("listHeading")}
            </h2>
            <p className="text-sm text-slate-600 dark:text-slate-400">{t("unreadCount", { count: unread })}</p>
          </div>
          {items.length ? (
            <Card>
              <ul className="divide-y divide-slate-200 dark:divide-slate-800">
                {items.map((n) => {
                  const sentence = reminderSentence(say, locale, n.reminder);
                  const isUnread = !n.readAt;
                  return (
                    <li
                      key={n.id}
                      className={cn(
                        "flex flex-col gap-2 border-l-4 px-4 py-3 sm:flex-row sm:items-center sm:justify-between",
                        isUnread ? "border-brand-600 bg-brand-50/60 dark:border-brand-400 dark:bg-brand-900/30" : "border-transparent",
                      )}
                    >
                      <div className="min-w-0">
                        <p className={cn("text-sm", isUnread ? "font-semibold" : "text-slate-700 dark:text-slate-300")}>
                          {isUnread ? (
                            <span className="mr-2 align-middle">
                              <Badge tone="brand">{t("unread")}</Badge>
                            </span>
                          ) : (
                            <span className="sr-only">{t("read")}: </span>
                          )}
                          <Link href={reminderPath(org.slug, n.reminder)} className="underline-offset-2 hover:underline">
                            {sentence}
                          </Link>
                        </p>
                        <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
                          {t("sentOn", { date: formatDay(locale, n.createdAt, org.timeZone) })}
                        </p>
                      </div>
                      {isUnread ? <MarkReadButton org={org.slug} id={n.id} label={sentence} /> : null}
                    </li>
                  );
                })}
              </ul>
            </Card>
          ) : (
            <EmptyState icon="notifications" title={t("emptyTitle")} body={t("emptyBody")} />
          )}
        </section>
        <aside>
          <SectionCard id="email-reminders-heading" title={t("emailHeading")}>
            <EmailRemindersSwitch org={org.slug} on={user.emailReminders} />
          </SectionCard>
          {showJob ? (
            <div className="mt-6">
              <SectionCard id="reminders-job-heading" title={t("job.heading")}>
                <p className="text-sm text-slate-700 dark:text-slate-300">{t("job.schedule")}</p>
                <p className="mt-2 text-sm font-medium">
                  {lastRun ? t("job.lastRun", { when: formatDateTime(locale, lastRun, org.timeZone) }) : t("job.never")}
                </p>
                {runIsLate(lastRun, new Date()) ? <p className="mt-2 text-sm text-amber-800 dark:text-amber-300">{t("job.late")}</p> : null}
              </SectionCard>
            </div>
          ) : null}
        </aside>
      </div>
    </>
  );
}

export default withMessages(["errors", "notifications", "validation"], NotificationsPage);
