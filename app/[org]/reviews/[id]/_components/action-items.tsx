"use client";

import { useLocale, useTranslations } from "next-intl";
import { useOptimistic, useTransition } from "react";
import { toast } from "@/components/toast";
import { Badge } from "@/components/ui/badge";
import { SelectField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { MeetingActionItem } from "@/lib/data/reviews";
import { compareDates } from "@/lib/domain/dates";
import { formatDate, todayIn } from "@/lib/format";
import { addActionItemAction } from "../../actions";
import { setActionItemDoneAction } from "../../action-item-actions";
import { onThis, useMeeting } from "./meeting-live";
import { useMeetingForm } from "./use-meeting-form";

function ItemRow({ item }: { item: MeetingActionItem }) {
  // client messages: action answers
  const t = useTranslations();
  const locale = useLocale();
  const meeting = useMeeting();
  const [pending, start] = useTransition();
  // Ticked at once; if the server refuses, React puts the box back as it was and the toast says why.
  const [done, setDone] = useOptimistic(Boolean(item.doneAt));
  const mayTick = meeting.canRun || item.ownerId === meeting.userId || item.createdBy === meeting.userId;
  const toggle = () =>
    start(async () => {
      setDone(!done);
      const result = await setActionItemDoneAction(undefined, { org: meeting.org, id: item.id, done: String(!done) });
      if (result?.ok) await meeting.refresh();
      else if (result) toast.error(t(result.error));
    });
  const overdue = !done && item.dueOn && compareDates(item.dueOn, todayIn(meeting.timeZone)) < 0;
  return (
    <li className="flex items-start gap-2 text-sm">
      <input
        type="checkbox"
        checked={done}
        disabled={!mayTick || pending}
        onChange={toggle}
        aria-label={t("reviews.actions.done", { title: item.title })}
        className="mt-0.5 size-4 shrink-0 rounded border-slate-400 accent-brand-700"
      />
      <span className="min-w-0">
        <span className={done ? "text-slate-500 line-through dark:text-slate-400" : "font-medium"}>{item.title}</span>
        <span className="block text-xs text-slate-600 dark:text-slate-400">
          {item.ownerName ?? t("reviews.actions.noOwner")}
          {item.dueOn ? ` · ${t("reviews.actions.due", { date: formatDate(locale, item.dueOn) })}` : ""}
        </span>
        <span className="mt-0.5 flex flex-wrap gap-1">
          {item.meetingId !== meeting.meetingId ? <Badge>{t("reviews.actions.carriedOver")}</Badge> : null}
          {overdue ? <Badge tone="red">{t("reviews.actions.overdue")}</Badge> : null}
        </span>
      </span>
    </li>
  );
}

/** The goal's action items (this meeting's and the unfinished ones from before) and a form to add one. */
export function ActionItems({ goalId, label, agenda }: { goalId: string | null; label: string; agenda?: string[] }) {
  const t = useTranslations("reviews.actions");
  const meeting = useMeeting();
  const items = meeting.activity.actionItems.filter((i) => onThis(i.goalId, goalId, agenda));
  const { run: action, form, ref } = useMeetingForm(addActionItemAction);
  const prefix = `action-${goalId ?? "meeting"}`;
  return (
    <div>
      <h4 className="text-sm font-semibold">{t("heading", { count: items.length })}</h4>
      {items.length ? (
        <ul aria-label={label} className="mt-2 space-y-2">
          {items.map((i) => (
            <ItemRow key={i.id} item={i} />
          ))}
        </ul>
      ) : (
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{t("none")}</p>
      )}
      {meeting.closed ? null : (
        <details className="mt-3 rounded-lg border border-slate-200 p-3 dark:border-slate-800">
          <summary className="cursor-pointer text-sm font-medium text-brand-800 dark:text-brand-200">{label}</summary>
          <form ref={ref} action={action} className="mt-3 grid gap-3 sm:grid-cols-2" noValidate>
            <input type="hidden" name="org" value={meeting.org} />
            <input type="hidden" name="meetingId" value={meeting.meetingId} />
            {goalId ? <input type="hidden" name="goalId" value={goalId} /> : null}
            <div className="sm:col-span-2">
              <TextField
                id={`${prefix}-title`}
                label={t("title")}
                name="title"
                maxLength={300}
                errors={form.errors("title") ?? (form.formError ? [form.formError] : undefined)}
              />
            </div>
            <SelectField
              id={`${prefix}-owner`}
              label={t("owner")}
              name="ownerId"
              defaultValue={meeting.userId}
              errors={form.errors("ownerId")}
              options={[{ value: "", label: t("noOwner") }, ...meeting.members.map((m) => ({ value: m.userId, label: m.name }))]}
            />
            <TextField id={`${prefix}-due`} label={t("dueOn")} name="dueOn" type="date" errors={form.errors("dueOn")} />
            <div className="sm:col-span-2">
              <SubmitButton variant="secondary" pendingLabel={t("saving")}>
                {t("add")}
              </SubmitButton>
            </div>
          </form>
        </details>
      )}
    </div>
  );
}
