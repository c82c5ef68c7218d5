import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { pageRecord, pageTenant } from "@/lib/auth/page";
import { meetingMinutes } from "@/lib/data/reviews";
import { closedLine } from "@/lib/domain/minutes-markdown";
import type { Unit } from "@/lib/domain/goal-types";
import { minutesFormat, todayIn } from "@/lib/format";
import { type StoredReason, verdictSentence } from "@/lib/verdict-sentence";
import { ActionItemList, GoalMinutes, NoteList } from "./minutes-parts";
import { PrintButton } from "./print-button";
import { BudgetMoveList } from "../_components/budget-moves";
import { withMessages } from "@/lib/i18n/page-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reviews.minutes");
  return { title: t("title") };
}

/**
 * A meeting's minutes as a document to read, print on A4 (the print
 * stylesheet in app/globals.css drops the app around it) or download as
 * Markdown. A closed meeting's minutes are fixed; an open one's are a draft.
 */
async function MinutesPage({ params }: { params: Promise<{ org: string; id: string }> }) {
  const { org: slug, id } = await params;
  const { ctx, org } = await pageTenant(slug);
  const minutes = await pageRecord(id, (meetingId) => meetingMinutes(ctx, meetingId, todayIn(org.timeZone)));
  const [t, locale] = await Promise.all([getTranslations("reviews.minutes"), getLocale()]);
  const f = { ...minutesFormat(locale, org.timeZone), reason: (unit: string, r: StoredReason) => verdictSentence(locale, unit as Unit, r) };
  const { meeting } = minutes;
  const closed = closedLine(meeting, (key, values) => t(key, values), f);
  const muted = "text-sm text-slate-600 dark:text-slate-400";
  return (
    <article data-print="document" className="mx-auto max-w-3xl print:max-w-none">
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3 print:hidden">
        {/* A closed meeting is read here; an open one is still worked on in the meeting view. */}
        <Link
          href={minutes.draft ? `/${slug}/reviews/${meeting.id}` : `/${slug}/reviews`}
          className="text-sm text-brand-700 underline-offset-2 hover:underline dark:text-brand-300"
        >
          ← {minutes.draft ? t("back") : t("backToReviews")}
        </Link>
        <div role="group" aria-label={t("actions")} className="flex flex-wrap gap-2">
          <PrintButton label={t("print")} />
          <a href={`/api/orgs/${slug}/reviews/${meeting.id}/minutes`} download className={buttonClass("secondary")}>
            {t("download")}
          </a>
        </div>
      </div>

      <div className="rounded-xl border border-slate-200 bg-white px-5 py-6 shadow-sm sm:px-8 sm:py-8 dark:border-slate-800 dark:bg-slate-900 print:rounded-none print:border-0 print:p-0 print:shadow-none">
        <header className="border-b border-slate-200 pb-5 dark:border-slate-800">
          <p className="text-xs font-semibold tracking-wide text-brand-700 uppercase dark:text-brand-300">
            {t("title")} · {org.name}
          </p>
          <h1 className="mt-1 text-2xl font-semibold tracking-tight break-words">{meeting.title}</h1>
          <dl className="mt-3 grid gap-x-8 gap-y-2 text-sm sm:flex">
            <div>
              <dt className="inline text-slate-600 dark:text-slate-400">{t("meetingDate")}: </dt>
              <dd className="inline font-medium">{f.date(meeting.scheduledFor)}</dd>
            </div>
            <div>
              <dt className="inline text-slate-600 dark:text-slate-400">{t("status")}: </dt>
              <dd className="inline font-medium">{closed ?? <Badge tone="amber">{t("draftLabel")}</Badge>}</dd>
            </div>
          </dl>
          {minutes.draft ? (
            <p
              role="status"
              className="mt-4 rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100 print:border-black"
            >
              <strong>{t("draftLabel")}:</strong> {t("draftBody")}
            </p>
          ) : null}
        </header>

        <section aria-labelledby="minutes-attendees" className="border-b border-slate-200 py-5 dark:border-slate-800">
          <h2 id="minutes-attendees" className="text-lg font-semibold">
            {t("attendees")}
          </h2>
          {meeting.attendees.length ? (
            <ul className="mt-2 flex flex-wrap gap-x-5 gap-y-1 text-sm">
              {meeting.attendees.map((a) => (
                <li key={a.userId}>{a.name}</li>
              ))}
            </ul>
          ) : (
            <p className={`mt-2 ${muted}`}>{t("noAttendees")}</p>
          )}
        </section>

        <section aria-labelledby="minutes-goals" className="border-b border-slate-200 py-5 dark:border-slate-800">
          <h2 id="minutes-goals" className="text-lg font-semibold">
            {t("goals")}
          </h2>
          {minutes.goals.length ? (
            <div className="mt-4 space-y-5">
              {minutes.goals.map((g, i) => (
                <GoalMinutes key={g.goalId} goal={g} index={i} f={f} />
              ))}
            </div>
          ) : (
            <p className={`mt-2 ${muted}`}>{t("noGoals")}</p>
          )}
        </section>

        {minutes.budgetMoves.length ? (
          <section aria-labelledby="minutes-budget" className="border-b border-slate-200 py-5 dark:border-slate-800">
            <h2 id="minutes-budget" className="text-lg font-semibold">
              {t("budgetMoves")}
            </h2>
            <div className="mt-3">
              <BudgetMoveList moves={minutes.budgetMoves} f={f} />
            </div>
          </section>
        ) : null}

        <section aria-labelledby="minutes-other" className="pt-5">
          <h2 id="minutes-other" className="text-lg font-semibold">
            {t("other")}
          </h2>
          <div className="mt-3 grid gap-6 sm:grid-cols-2 print:grid-cols-2">
            <div>
              <h3 className="mb-2 text-sm font-semibold">{t("otherNotes")}</h3>
              {minutes.generalNotes.length ? (
                <NoteList notes={minutes.generalNotes} f={f} label={t("otherNotes")} />
              ) : (
                <p className={muted}>{t("noOtherNotes")}</p>
              )}
            </div>
            <div>
              <h3 className="mb-2 text-sm font-semibold">{t("otherActionItems")}</h3>
              {minutes.generalActionItems.length ? (
                <ActionItemList items={minutes.generalActionItems} f={f} label={t("otherActionItems")} />
              ) : (
                <p className={muted}>{t("noOtherActionItems")}</p>
              )}
            </div>
          </div>
        </section>
      </div>
    </article>
  );
}

export default withMessages(["errors", "money.errors", "reviews.budgetMove", "reviews.errors", "validation"], MinutesPage);
