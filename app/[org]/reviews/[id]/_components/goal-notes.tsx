"use client";

import { useLocale, useTranslations } from "next-intl";
import { TextAreaField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { formatTime } from "@/lib/format";
import { addNoteAction } from "../../actions";
import { onThis, useMeeting } from "./meeting-live";
import { useMeetingForm } from "./use-meeting-form";
import { ToChartButton } from "./to-chart-button";

/** Everyone's notes on a goal (or on the meeting as a whole), oldest first, and a box to add one. */
export function GoalNotes({
  goalId,
  channelId = null,
  label,
  agenda,
}: {
  goalId: string | null;
  /** The goal's channel: its notes can be turned into campaign notes on the channel's charts. */
  channelId?: string | null;
  label: string;
  agenda?: string[];
}) {
  const t = useTranslations("reviews.notes");
  const locale = useLocale();
  const meeting = useMeeting();
  const notes = meeting.activity.notes.filter((n) => onThis(n.goalId, goalId, agenda));
  const { run: action, form, ref } = useMeetingForm(addNoteAction);
  const fieldId = `note-${goalId ?? "meeting"}`;
  return (
    <div>
      <h4 className="text-sm font-semibold">{t("heading", { count: notes.length })}</h4>
      {notes.length ? (
        <ul aria-label={label} className="mt-2 space-y-2">
          {notes.map((n) => (
            <li key={n.id} className="rounded-lg bg-slate-50 px-3 py-2 text-sm dark:bg-slate-800/60">
              <p className="text-xs text-slate-600 dark:text-slate-400">
                <span className="font-medium text-slate-800 dark:text-slate-200">{n.authorName ?? t("formerMember")}</span> ·{" "}
                {formatTime(locale, n.createdAt, meeting.timeZone)}
              </p>
              <p className="mt-0.5 whitespace-pre-wrap break-words">{n.body}</p>
              {channelId ? <ToChartButton org={meeting.org} reviewNoteId={n.id} channelId={channelId} body={n.body} /> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{t("none")}</p>
      )}
      {meeting.closed ? null : (
        <form ref={ref} action={action} className="mt-3 space-y-2" noValidate>
          <input type="hidden" name="org" value={meeting.org} />
          <input type="hidden" name="meetingId" value={meeting.meetingId} />
          {goalId ? <input type="hidden" name="goalId" value={goalId} /> : null}
          <TextAreaField
            id={fieldId}
            label={label}
            name="body"
            rows={2}
            maxLength={4000}
            errors={form.errors("body") ?? (form.formError ? [form.formError] : undefined)}
          />
          <SubmitButton variant="secondary" pendingLabel={t("saving")}>
            {t("add")}
          </SubmitButton>
        </form>
      )}
    </div>
  );
}
