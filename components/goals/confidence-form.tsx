"use client";

import { useTranslations } from "next-intl";
import { useActionState, useRef } from "react";
import { toast } from "@/components/toast";
import { useFormState } from "@/components/forms/form-state";
import { useOnSuccess } from "@/components/forms/use-on-success";
import type { ServerAction } from "@/components/forms/server-actions";
import { Alert } from "@/components/ui/alert";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { CONFIDENCE_COMMENT_MAX, CONFIDENCE_LEVELS, type ConfidenceLevel } from "@/lib/domain/confidence";

/** app/[org]/goals/[id]/actions.ts#recordConfidenceAction. */
export type RecordConfidence = ServerAction<{ id: string; dropped: boolean }>;

/**
 * "How confident are you that the goal will be reached?" high / medium / low
 * with an optional comment: on the goal page and on a goal in a meeting.
 */
export function ConfidenceForm({
  org,
  goalId,
  meetingId = null,
  current,
  goalTitle,
  recordConfidence,
}: {
  org: string;
  goalId: string;
  meetingId?: string | null;
  current: ConfidenceLevel | null;
  goalTitle: string;
  recordConfidence: RecordConfidence;
}) {
  const t = useTranslations("confidence");
  const [state, action] = useActionState(recordConfidence, undefined);
  const form = useFormState(state);
  const ref = useRef<HTMLFormElement>(null);
  useOnSuccess(state, () => {
    toast.success(t("saved"));
    ref.current?.reset();
  });
  const id = `confidence-${meetingId ?? "goal"}-${goalId}`;
  const levelErrors = form.errors("level");
  return (
    <form ref={ref} action={action} className="space-y-3" noValidate>
      {form.formError && !levelErrors ? <Alert>{form.formError}</Alert> : null}
      <input type="hidden" name="org" value={org} />
      <input type="hidden" name="goalId" value={goalId} />
      {meetingId ? <input type="hidden" name="meetingId" value={meetingId} /> : null}
      <fieldset aria-describedby={levelErrors ? `${id}-error` : undefined}>
        <legend className="text-sm font-medium text-slate-800 dark:text-slate-200">{t("question", { goal: goalTitle })}</legend>
        <div className="mt-2 flex flex-wrap gap-2">
          {CONFIDENCE_LEVELS.map((level) => (
            <label
              key={level}
              className="flex min-h-10 cursor-pointer items-center gap-2 rounded-lg border border-slate-300 px-3 py-1.5 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50 dark:border-slate-700 dark:has-[:checked]:border-brand-300 dark:has-[:checked]:bg-brand-900/40"
            >
              <input type="radio" name="level" value={level} defaultChecked={(form.value("level") ?? current) === level} />
              {t(`levels.${level}`)}
            </label>
          ))}
        </div>
        {levelErrors ? (
          <p id={`${id}-error`} role="alert" className="mt-1 field-error">
            {levelErrors.join(" ")}
          </p>
        ) : null}
      </fieldset>
      <TextField
        id={`${id}-comment`}
        name="comment"
        label={t("comment")}
        hint={t("commentHint")}
        maxLength={CONFIDENCE_COMMENT_MAX}
        defaultValue={form.value("comment")}
        errors={form.errors("comment")}
      />
      <SubmitButton variant="secondary" pendingLabel={t("saving")}>
        {t("save")}
      </SubmitButton>
    </form>
  );
}
