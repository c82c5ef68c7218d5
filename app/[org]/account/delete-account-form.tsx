"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { useFormState } from "@/components/forms/form-state";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { deleteAccountAction } from "./actions";

/** Deleting one's account asks for a ticked box; the last owner of an organization is told why not. */
export function DeleteAccountForm() {
  const t = useTranslations("privacy.deleteAccount");
  const [state, action] = useActionState(deleteAccountAction, undefined);
  const form = useFormState(state);
  const confirmError = form.errors("confirm");
  return (
    <form action={action} className="max-w-xl space-y-4" noValidate>
      {form.formError && !confirmError ? <Alert>{form.formError}</Alert> : null}
      <div className="space-y-1.5">
        <label className="flex items-start gap-2 text-sm text-slate-800 dark:text-slate-200">
          <input
            type="checkbox"
            name="confirm"
            value="yes"
            required
            aria-invalid={confirmError ? true : undefined}
            aria-describedby={confirmError ? "confirm-error" : undefined}
            className="mt-0.5 size-4 rounded border-slate-400"
          />
          {t("confirm")}
        </label>
        {confirmError ? (
          <p id="confirm-error" role="alert" className="field-error">
            {confirmError.join(" ")}
          </p>
        ) : null}
      </div>
      <SubmitButton variant="danger" pendingLabel={t("deleting")}>
        {t("button")}
      </SubmitButton>
    </form>
  );
}
