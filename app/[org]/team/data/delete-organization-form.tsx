"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { useFormState } from "@/components/forms/form-state";
import { Alert } from "@/components/ui/alert";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { deleteOrganizationAction } from "./actions";

/** The organization's name, typed, is the confirmation: a slip of the mouse cannot delete a business. */
export function DeleteOrganizationForm({ org, name }: { org: string; name: string }) {
  const t = useTranslations("privacy.data");
  const [state, action] = useActionState(deleteOrganizationAction, undefined);
  const form = useFormState(state);
  return (
    <form action={action} className="max-w-md space-y-4" noValidate>
      {form.formError && !form.errors("confirmName") ? <Alert>{form.formError}</Alert> : null}
      <input type="hidden" name="org" value={org} />
      <p className="text-sm text-slate-700 dark:text-slate-300">
        {t.rich("confirmHint", { org: name, strong: (chunks) => <strong className="font-semibold">{chunks}</strong> })}
      </p>
      <TextField
        label={t("confirmLabel")}
        name="confirmName"
        autoComplete="off"
        spellCheck={false}
        defaultValue={form.value("confirmName")}
        required
        errors={form.errors("confirmName")}
      />
      <SubmitButton variant="danger" pendingLabel={t("deleting")}>
        {t("deleteButton")}
      </SubmitButton>
    </form>
  );
}
