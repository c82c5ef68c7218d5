import { useLocale, useTranslations } from "next-intl";
import { noteWhen } from "@/components/charts/note-when";
import type { AgendaGoal } from "@/lib/data/reviews";

/** The goal's confidence flag for the meeting, and its channel's campaign notes since the last meeting. */
export function AgendaCheckIns({ goal }: { goal: AgendaGoal }) {
  const t = useTranslations();
  const locale = useLocale();
  const listId = `campaign-notes-${goal.id}`;
  return (
    <div className="mt-3 space-y-3">
      {goal.confidenceFlag ? (
        <p className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950/50 dark:text-amber-100">
          {t(`confidence.flag.${goal.confidenceFlag}`)}
          {goal.confidence?.comment ? <span className="mt-1 block italic">«{goal.confidence.comment}»</span> : null}
        </p>
      ) : null}
      <div>
        <h4 id={listId} className="text-sm font-semibold">
          {t("chartNotes.agendaHeading")}
        </h4>
        {goal.campaignNotes.length ? (
          <ul aria-labelledby={listId} className="mt-1 space-y-1 text-sm">
            {goal.campaignNotes.map((n) => (
              <li key={n.id}>
                <span className="font-medium">{noteWhen(locale, n)}:</span> {n.body}
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{t("chartNotes.agendaNone")}</p>
        )}
      </div>
    </div>
  );
}
