"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useActionState, useTransition } from "react";
import { toast } from "@/components/toast";
import type { ServerAction } from "@/components/forms/server-actions";
import { useFormState } from "@/components/forms/form-state";
import { useOnSuccess } from "@/components/forms/use-on-success";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";

type Correct = ServerAction<{ created: number; corrected: number; unchanged: number }>;
type Delete = ServerAction<{ id: number }, Record<string, unknown>>;

/** The correction form (value and note, shown in the person's locale) and the delete button, which asks first. */
export function CorrectionForm({
  org,
  id,
  value,
  note,
  listHref,
  deleteBody,
  correctMeasurement,
  deleteMeasurement,
}: {
  org: string;
  id: number;
  /** The current value as the person writes numbers ("10,5"). */
  value: string;
  note: string;
  listHref: string;
  deleteBody: string;
  correctMeasurement: Correct;
  deleteMeasurement: Delete;
}) {
  const t = useTranslations("measurements.history.detail");
  // client messages: measurements, action answers
  const tAll = useTranslations();
  const router = useRouter();
  const [state, action] = useActionState(correctMeasurement, undefined);
  const form = useFormState(state);
  const [deleting, startDelete] = useTransition();
  useOnSuccess(state, () => {
    toast.success(t("saved"));
    router.refresh();
  });
  const remove = () =>
    startDelete(async () => {
      const result = await deleteMeasurement(undefined, { org, id });
      if (result?.ok) {
        toast.success(t("deleted"));
        router.push(listHref);
      } else if (result) toast.error(tAll(result.error, result.errorValues));
    });
  return (
    <div className="space-y-6">
      <form action={action} className="space-y-3" noValidate>
        <input type="hidden" name="org" value={org} />
        <input type="hidden" name="id" value={id} />
        <TextField
          label={t("newValue")}
          name="value"
          inputMode="decimal"
          autoComplete="off"
          required
          defaultValue={form.value("value") ?? value}
          errors={form.errors("value")}
        />
        <TextField label={t("newNote")} name="note" defaultValue={form.value("note") ?? note} errors={form.errors("note")} />
        {form.formError && !Object.keys(state && !state.ok ? state.fieldErrors : {}).length ? (
          <p className="field-error" role="alert">
            {form.formError}
          </p>
        ) : null}
        <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
      </form>
      <div className="border-t border-slate-200 pt-4 dark:border-slate-800">
        <ConfirmDialog
          trigger={
            <Button variant="danger" disabled={deleting}>
              {t("delete")}
            </Button>
          }
          title={t("deleteTitle")}
          description={deleteBody}
          confirmLabel={t("deleteConfirm")}
          cancelLabel={t("cancel")}
          onConfirm={remove}
        />
      </div>
    </div>
  );
}
