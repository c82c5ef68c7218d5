"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { useFormState } from "@/components/forms/form-state";
import { Alert } from "@/components/ui/alert";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { scheduleMeetingAction } from "../actions";

type Member = { userId: string; name: string };

/** Owners and managers plan the next meeting: a title, a date and who takes part (everyone, by default). */
export function ScheduleForm({
  org,
  members,
  defaultTitle,
  defaultDate,
}: {
  org: string;
  members: Member[];
  defaultTitle: string;
  defaultDate: string;
}) {
  const t = useTranslations("reviews.schedule");
  const [state, action] = useActionState(scheduleMeetingAction, undefined);
  const form = useFormState(state);
  const attendeeErrors = form.errors("attendeeIds");
  return (
    <form action={action} className="space-y-4" noValidate>
      {form.formError ? <Alert>{form.formError}</Alert> : null}
      <input type="hidden" name="org" value={org} />
      <TextField
        label={t("title")}
        name="title"
        defaultValue={form.value("title") ?? defaultTitle}
        errors={form.errors("title")}
        required
        maxLength={200}
      />
      <TextField
        label={t("date")}
        name="scheduledFor"
        type="date"
        defaultValue={form.value("scheduledFor") ?? defaultDate}
        errors={form.errors("scheduledFor")}
        required
      />
      <fieldset aria-describedby={attendeeErrors ? "attendees-error" : undefined}>
        <legend className="text-sm font-medium text-slate-800 dark:text-slate-200">{t("attendees")}</legend>
        <ul className="mt-2 space-y-1.5">
          {members.map((m) => (
            <li key={m.userId}>
              <label className="flex min-h-9 items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  name="attendeeIds"
                  value={m.userId}
                  defaultChecked
                  className="size-4 rounded border-slate-400 accent-brand-700"
                />
                {m.name}
              </label>
            </li>
          ))}
        </ul>
        {attendeeErrors ? (
          <p id="attendees-error" role="alert" className="mt-1 field-error">
            {attendeeErrors.join(" ")}
          </p>
        ) : null}
      </fieldset>
      <SubmitButton pendingLabel={t("saving")} className="w-full">
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
