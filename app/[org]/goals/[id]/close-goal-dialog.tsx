"use client";

import { useTranslations } from "next-intl";
import { Dialog } from "radix-ui";
import { type ReactElement, useActionState, useState } from "react";
import { useFormState } from "@/components/forms/form-state";
import { useOnSuccess } from "@/components/forms/use-on-success";
import { toast } from "@/components/toast";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { changeGoalStatusAction } from "../actions";

export type CloseGoalProps = { org: string; id: string; version: number; title: string; outcome: "achieved" | "missed" };

/**
 * Marking a goal achieved or missed (Radix's Dialog, fetched when the button is
 * first used, see close-goal.tsx): asks why, and the reason becomes the
 * revision's reason. The server refuses an empty one too (lib/domain/goal-status needsReason).
 */
export function CloseGoalDialog({
  trigger,
  defaultOpen = false,
  ...goal
}: CloseGoalProps & { trigger: ReactElement; defaultOpen?: boolean }) {
  const t = useTranslations("goals.close");
  const [open, setOpen] = useState(defaultOpen);
  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Trigger asChild>{trigger}</Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-50 bg-slate-950/40" />
        <Dialog.Content className="fixed left-1/2 top-1/2 z-50 max-h-[calc(100dvh-2rem)] w-[calc(100vw-2rem)] max-w-lg -translate-x-1/2 -translate-y-1/2 overflow-y-auto rounded-xl bg-white p-6 shadow-xl dark:bg-slate-900">
          <Dialog.Title className="text-lg font-semibold">
            {t(goal.outcome === "achieved" ? "achievedTitle" : "missedTitle", { title: goal.title })}
          </Dialog.Title>
          <Dialog.Description className="mt-2 text-sm text-slate-600 dark:text-slate-400">{t("body")}</Dialog.Description>
          {/* Mounted only while open, so each opening starts empty. */}
          <ReasonForm {...goal} onDone={() => setOpen(false)} />
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

function ReasonForm({ org, id, version, outcome, onDone }: CloseGoalProps & { onDone: () => void }) {
  // client messages: action answers
  const t = useTranslations();
  // The toast is raised when the answer arrives, not in an effect: the answer re-renders the page without
  // this goal's close buttons, so this form is gone before an effect of its own could run.
  const [state, action] = useActionState(async (previous: Awaited<ReturnType<typeof changeGoalStatusAction>>, data: FormData) => {
    const result = await changeGoalStatusAction(previous, data);
    if (result?.ok) toast.success(t("goals.done.closed"));
    return result;
  }, undefined);
  const form = useFormState(state);
  useOnSuccess(state, onDone);
  const reasonErrors = form.errors("reason");
  return (
    <form action={action} className="mt-5 space-y-4" noValidate>
      {form.formError && !reasonErrors ? <Alert>{form.formError}</Alert> : null}
      <input type="hidden" name="org" value={org} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="status" value={outcome} />
      <TextAreaField
        id={`close-${id}-reason`}
        label={t("goals.close.reason")}
        name="reason"
        rows={3}
        required
        maxLength={500}
        hint={t(outcome === "achieved" ? "goals.close.reasonHintAchieved" : "goals.close.reasonHintMissed")}
        defaultValue={form.value("reason")}
        errors={reasonErrors}
      />
      <div className="flex flex-col-reverse gap-2 pt-2 sm:flex-row sm:justify-end">
        <Dialog.Close className={buttonClass("secondary")}>{t("goals.close.cancel")}</Dialog.Close>
        <SubmitButton pendingLabel={t("goals.close.saving")}>
          {t(outcome === "achieved" ? "goals.close.confirmAchieved" : "goals.close.confirmMissed")}
        </SubmitButton>
      </div>
    </form>
  );
}
