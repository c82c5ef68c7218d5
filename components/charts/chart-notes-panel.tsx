"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState, useRef, useState } from "react";
import { toast } from "@/components/toast";
import { ConfirmActionButton } from "@/components/forms/confirm-action-button";
import { useFormState } from "@/components/forms/form-state";
import { useOnSuccess } from "@/components/forms/use-on-success";
import type { ServerAction } from "@/components/forms/server-actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionState } from "@/lib/auth/action";
import type { ChartNoteRow } from "@/lib/data/check-ins";
import { CHART_NOTE_MAX, mayEditChartNote } from "@/lib/domain/chart-notes";
import { noteWhen } from "./note-when";

/** app/[org]/channels/[key]/actions.ts: add, update and delete a campaign note. */
export type ChartNoteActions = {
  addNote: ServerAction<{ id: string }>;
  updateNote: ServerAction<{ id: string }>;
  deleteNote: (prev: ActionState<void>, input: Record<string, unknown>) => Promise<ActionState<void>>;
};

/** The add or edit form of a campaign note: text, the day, and an optional end date. */
function NoteForm({
  org,
  channelId,
  note,
  today,
  action: serverAction,
  onDone,
}: {
  org: string;
  channelId: string;
  note?: ChartNoteRow;
  today: string;
  action: ServerAction<{ id: string }>;
  onDone?: () => void;
}) {
  const t = useTranslations("chartNotes");
  const [state, action] = useActionState(serverAction, undefined);
  const form = useFormState(state);
  const ref = useRef<HTMLFormElement>(null);
  useOnSuccess(state, () => {
    toast.success(t(note ? "saved" : "added"));
    if (!note) ref.current?.reset();
    onDone?.();
  });
  const id = `chart-note-${note?.id ?? channelId}`;
  return (
    <form ref={ref} action={action} className="space-y-3" noValidate>
      {form.formError ? <Alert>{form.formError}</Alert> : null}
      <input type="hidden" name="org" value={org} />
      {note ? <input type="hidden" name="id" value={note.id} /> : <input type="hidden" name="channelId" value={channelId} />}
      <TextField
        id={`${id}-body`}
        name="body"
        label={t("body")}
        hint={t("bodyHint")}
        maxLength={CHART_NOTE_MAX}
        defaultValue={form.value("body") ?? note?.body}
        errors={form.errors("body")}
      />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          id={`${id}-starts`}
          name="startsOn"
          type="date"
          label={t("startsOn")}
          defaultValue={form.value("startsOn") ?? note?.startsOn ?? today}
          errors={form.errors("startsOn")}
        />
        <TextField
          id={`${id}-ends`}
          name="endsOn"
          type="date"
          label={t("endsOn")}
          hint={t("endsOnHint")}
          defaultValue={form.value("endsOn") ?? note?.endsOn ?? ""}
          errors={form.errors("endsOn")}
        />
      </div>
      <div className="flex flex-wrap gap-2">
        <SubmitButton variant="secondary" pendingLabel={t("saving")}>
          {note ? t("save") : t("add")}
        </SubmitButton>
        {onDone ? (
          <Button variant="ghost" onClick={onDone}>
            {t("cancel")}
          </Button>
        ) : null}
      </div>
    </form>
  );
}

/**
 * The campaign notes on a channel's charts, numbered like their markers: who
 * wrote each, edit and delete for its author and managers, and a form to add
 * one. Anyone in the team may add.
 */
export function ChartNotesPanel({
  org,
  channelId,
  notes,
  today,
  userId,
  anyNote,
  canWrite,
  actions,
}: {
  org: string;
  channelId: string;
  notes: ChartNoteRow[];
  today: string;
  userId: string;
  anyNote: boolean;
  canWrite: boolean;
  actions: ChartNoteActions;
}) {
  const t = useTranslations("chartNotes");
  const locale = useLocale();
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <div className="space-y-3">
      <h3 className="text-sm font-semibold">{t("heading", { count: notes.length })}</h3>
      {notes.length ? (
        <ol className="space-y-2 text-sm">
          {notes.map((n, i) => (
            <li key={n.id} className="flex gap-2">
              <span
                aria-hidden
                className="mt-0.5 flex h-5 w-5 shrink-0 items-center justify-center rounded-full bg-amber-600 text-[0.65rem] font-semibold text-white dark:bg-amber-400 dark:text-slate-950"
              >
                {i + 1}
              </span>
              <div className="min-w-0 flex-1">
                {editing === n.id ? (
                  <NoteForm
                    org={org}
                    channelId={channelId}
                    note={n}
                    today={today}
                    action={actions.updateNote}
                    onDone={() => setEditing(null)}
                  />
                ) : (
                  <>
                    <p className="break-words">
                      <span className="sr-only">{t("number", { number: i + 1 })} </span>
                      <span className="font-medium">{noteWhen(locale, n)}:</span> {n.body}
                    </p>
                    <p className="text-xs text-slate-600 dark:text-slate-400">{n.authorName ?? t("formerMember")}</p>
                    {canWrite && mayEditChartNote(userId, n.authorId, anyNote) ? (
                      <div className="flex gap-1">
                        <Button variant="ghost" className="min-h-9 px-2" onClick={() => setEditing(n.id)}>
                          {t("edit")}
                          <span className="sr-only"> {n.body}</span>
                        </Button>
                        <ConfirmActionButton
                          action={actions.deleteNote}
                          input={{ org, id: n.id }}
                          doneKey="chartNotes.deleted"
                          title={t("deleteTitle")}
                          description={t("deleteBody", { body: n.body })}
                          confirmLabel={t("delete")}
                          cancelLabel={t("cancel")}
                        >
                          {t("delete")}
                          <span className="sr-only"> {n.body}</span>
                        </ConfirmActionButton>
                      </div>
                    ) : null}
                  </>
                )}
              </div>
            </li>
          ))}
        </ol>
      ) : (
        <p className="text-sm text-slate-600 dark:text-slate-400">{t("none")}</p>
      )}
      {canWrite ? (
        <details className="group">
          <summary className="cursor-pointer text-sm font-medium text-brand-700 underline-offset-2 hover:underline dark:text-brand-300">
            {t("addHeading")}
          </summary>
          <div className="mt-3">
            <NoteForm org={org} channelId={channelId} today={today} action={actions.addNote} />
          </div>
        </details>
      ) : null}
    </div>
  );
}
